package cn.minsheng.rollup.form;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;

/**
 * A unit's accepted figures of its latest earlier month, written into its template as read-only reference columns
 * (上月累计完成, 上月累计到位资金, 上月累计完成投资) so that it sees what its new figures are checked against.
 *
 * @param month the month the figures were accepted for
 * @param byCode the figures of each indicator code
 */
public record ReferenceFigures(YearMonth month, Map<String, Figures> byCode) {

	public ReferenceFigures {
		Objects.requireNonNull(month, "month");
		byCode = Map.copyOf(byCode);
	}

	/** Whether the figures are of the month just before {@code period}: then 本月完成 must be 累计 − 上月. */
	public boolean lastMonthOf(YearMonth period) {
		return this.month.equals(period.minusMonths(1));
	}

	/**
	 * One indicator's accepted figures; each {@code null} when it was left blank.
	 *
	 * @param cumulative 累计完成
	 * @param funds 累计到位资金（万元）
	 * @param investment 累计完成投资（万元）
	 */
	public record Figures(BigDecimal cumulative, BigDecimal funds, BigDecimal investment) {
	}

}
