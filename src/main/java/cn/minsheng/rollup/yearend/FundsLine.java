package cn.minsheng.rollup.yearend;

import java.time.YearMonth;
import java.util.Objects;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.report.Funds;

/**
 * One indicator's money for the year: planned (catalog), in place and spent as its latest accepted form says.
 *
 * @param month the month the figures come from: December, or the latest accepted month before it (carried
 * forward); {@code null} when the unit reported the indicator in no month
 * @param source the form and cells the figures were read from; {@code null} with {@code month}
 */
record FundsLine(Indicator indicator, Funds funds, YearMonth month, String source) {

	FundsLine {
		Objects.requireNonNull(indicator, "indicator");
		Objects.requireNonNull(funds, "funds");
	}

	boolean carriedForward() {
		return this.month != null && this.month.getMonthValue() != 12;
	}

	/** 「12月报表」, 「沿用11月数据」 or 「全年未报送」: the 数据来源 column. */
	String origin() {
		if (this.month == null) {
			return "全年未报送";
		}
		return carriedForward() ? "沿用" + this.month.getMonthValue() + "月数据" : "12月报表";
	}

}
