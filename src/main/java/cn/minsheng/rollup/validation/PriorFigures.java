package cn.minsheng.rollup.validation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What the ledger holds from earlier months, for the rules that compare across periods.
 */
public interface PriorFigures {

	/**
	 * The 累计完成 of the latest accepted submission of this unit for a month of the same year before {@code period}.
	 */
	Optional<BigDecimal> cumulativeBefore(String unit, String code, YearMonth period);

	/** No history: the first month of the year, or a test. */
	static PriorFigures none() {
		return (unit, code, period) -> Optional.empty();
	}

}
