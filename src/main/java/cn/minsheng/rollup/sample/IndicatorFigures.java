package cn.minsheng.rollup.sample;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.minsheng.rollup.catalog.Indicator;

/**
 * What a unit reports for one indicator in one month, before any deliberate mistake; {@code null} where the unit
 * leaves the cell blank.
 *
 * @param previousCumulative last month's 累计完成 (zero in January), from which {@code monthDone} follows
 * @param online 线上验收, 是 or 否
 * @param offline 线下验收, 是 or 否
 */
record IndicatorFigures(Indicator indicator, int month, BigDecimal monthDone, BigDecimal cumulative,
		BigDecimal previousCumulative, String status, BigDecimal fundsInPlace, BigDecimal investmentDone,
		String online, String offline, LocalDate startDate, LocalDate finishDate, String problems, String nextSteps,
		String remarks) {

	boolean done() {
		return this.cumulative.compareTo(this.indicator.annualTarget()) >= 0;
	}

}
