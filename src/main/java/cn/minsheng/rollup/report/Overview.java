package cn.minsheng.rollup.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The 总体情况 figures: the county and each level, the units' submissions, and 双过半 at June.
 */
public record Overview(ScopeFigures county, List<ScopeFigures> levels, UnitCounts units, DoubleHalf doubleHalf) {

	public Overview {
		Objects.requireNonNull(county, "county");
		levels = List.copyOf(levels);
		Objects.requireNonNull(units, "units");
		Objects.requireNonNull(doubleHalf, "doubleHalf");
	}

	/** How the units of the catalog stand for the month; the four counts add up to {@code units}. */
	public record UnitCounts(int units, int onTime, int late, int notSubmitted, int rejected) {

	}

	/**
	 * 双过半 at the end of June: mean capped progress and investment (spent ÷ planned) both at least 50 %.
	 * @param due whether the summarized month is June or later; when not, the figures are {@code null}
	 * @param investmentRate {@code null} also when the catalog plans no money
	 */
	public record DoubleHalf(boolean due, BigDecimal progress, BigDecimal investmentRate) {

		private static final BigDecimal HALF = new BigDecimal("0.5");

		public boolean reached() {
			return due && progress != null && investmentRate != null && progress.compareTo(HALF) >= 0
					&& investmentRate.compareTo(HALF) >= 0;
		}

	}

}
