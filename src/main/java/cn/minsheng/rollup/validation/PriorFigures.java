package cn.minsheng.rollup.validation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * What the ledger holds from earlier months, for the rules that compare across periods.
 */
public interface PriorFigures {

	/**
	 * The 累计完成 of the latest accepted submission of this unit for a month of the same year before {@code period},
	 * with that month.
	 */
	Optional<Prior> latestBefore(String unit, String code, YearMonth period);

	/** The 累计完成 of the latest earlier accepted month of the year, whichever month that is (V210). */
	default Optional<BigDecimal> cumulativeBefore(String unit, String code, YearMonth period) {
		return latestBefore(unit, code, period).map(Prior::cumulative);
	}

	/**
	 * The 累计完成 accepted for the month immediately before {@code period} (V301): empty in January and when that month
	 * has no accepted figure, since 本月完成 is the change over one month, not over several.
	 */
	default Optional<BigDecimal> cumulativeOfPreviousMonth(String unit, String code, YearMonth period) {
		YearMonth previous = period.minusMonths(1);
		return latestBefore(unit, code, period).filter((p) -> p.month().equals(previous)).map(Prior::cumulative);
	}

	/**
	 * The 累计完成 of the earliest accepted month of the same year after {@code period}, with that month: a correction of
	 * an earlier month is checked against the months already accepted after it. None by default (a test, a new ledger).
	 */
	default Optional<Prior> earliestAfter(String unit, String code, YearMonth period) {
		return Optional.empty();
	}

	/** No history: the first month of the year, or a test. */
	static PriorFigures none() {
		return (unit, code, period) -> Optional.empty();
	}

	/**
	 * An accepted 累计完成 of an earlier month.
	 *
	 * @param month the month it was accepted for
	 */
	record Prior(YearMonth month, BigDecimal cumulative) {

		public Prior {
			Objects.requireNonNull(month, "month");
			Objects.requireNonNull(cumulative, "cumulative");
		}

	}

}
