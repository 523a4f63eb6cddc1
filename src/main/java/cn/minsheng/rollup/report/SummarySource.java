package cn.minsheng.rollup.report;

import java.time.YearMonth;

/**
 * What the summary reads from the ledger: the accepted data in force for a period and the months before it.
 */
public interface SummarySource {

	/**
	 * Everything the summary of {@code period} needs: the units' submission status for the period, the rows of the
	 * accepted submissions in force for every month from January to {@code period}, and the period's accepted
	 * warnings.
	 */
	PeriodData load(YearMonth period);

}
