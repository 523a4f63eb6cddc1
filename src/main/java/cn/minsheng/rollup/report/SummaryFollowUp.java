package cn.minsheng.rollup.report;

import java.time.YearMonth;

/**
 * Work that follows a month's summary workbook in the nightly run, drawn from the same figures: the dispatch
 * documents. Called after the summary of {@code period} was (re)written; an implementation reports its own failures
 * rather than failing the night.
 */
public interface SummaryFollowUp {

	void summaryWritten(YearMonth period);

	/**
	 * Called by the nightly run with the figures the summary was just written from, so that they need not be computed
	 * from the ledger again; the same as {@link #summaryWritten(YearMonth)} unless an implementation uses them.
	 */
	default void summaryWritten(CountySummary figures) {
		summaryWritten(figures.period());
	}

}
