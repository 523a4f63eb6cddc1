package cn.minsheng.rollup.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import cn.minsheng.rollup.catalog.Catalog;

/**
 * What a form is checked against besides its own content.
 *
 * @param sheet the main sheet's name as the unit sees it
 * @param farAboveTarget the share of the annual target above which a cumulative is suspicious
 */
record FormContext(String unit, YearMonth period, Catalog catalog, PriorFigures prior, LocalDate runDate,
		String sheet, BigDecimal farAboveTarget) {

	Optional<BigDecimal> priorCumulative(String code) {
		return prior.cumulativeBefore(unit, code, period);
	}

	Optional<PriorFigures.Prior> laterCumulative(String code) {
		return prior.earliestAfter(unit, code, period);
	}

	Optional<BigDecimal> previousMonthCumulative(String code) {
		return prior.cumulativeOfPreviousMonth(unit, code, period);
	}

	int year() {
		return period.getYear();
	}

}
