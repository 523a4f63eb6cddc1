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
	 * @param juneReported whether the ledger has any accepted June figure; when not, the figures are {@code null}:
	 * there is nothing to judge, and 0% would read as a June with no progress
	 * @param investmentRate {@code null} also when the catalog plans no money
	 */
	public record DoubleHalf(boolean due, boolean juneReported, BigDecimal progress, BigDecimal investmentRate) {

		private static final BigDecimal HALF = new BigDecimal("0.5");

		/** Whether the figures can be judged: the month is June or later and June has accepted data. */
		public boolean judged() {
			return due && juneReported;
		}

		public boolean reached() {
			return judged() && progress != null && investmentRate != null && progress.compareTo(HALF) >= 0
					&& investmentRate.compareTo(HALF) >= 0;
		}

		/** 是 / 否, or why it cannot be said: 未到6月, 6月数据未报送. */
		public String verdict() {
			if (!due) {
				return "未到6月";
			}
			if (!juneReported) {
				return "6月数据未报送";
			}
			return reached() ? "是" : "否";
		}

	}

}
