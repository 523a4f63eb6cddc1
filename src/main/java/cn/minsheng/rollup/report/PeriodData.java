package cn.minsheng.rollup.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The ledger's accepted data for one summary, as plain values.
 *
 * @param period the month summarized
 * @param submissions the status of each unit that sent anything for {@code period}; a unit of the catalog that is
 * absent here did not submit
 * @param rows the rows of the accepted submission in force for each unit and month, January to {@code period}
 * @param warnings the warnings of the accepted submissions in force for {@code period}
 */
public record PeriodData(YearMonth period, List<UnitSubmission> submissions, List<UnitRow> rows,
		List<QualityWarning> warnings) {

	public PeriodData {
		Objects.requireNonNull(period, "period");
		submissions = List.copyOf(submissions);
		rows = List.copyOf(rows);
		warnings = List.copyOf(warnings);
	}

}
