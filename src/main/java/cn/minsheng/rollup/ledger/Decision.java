package cn.minsheng.rollup.ledger;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import cn.minsheng.rollup.validation.ReportedRow;
import cn.minsheng.rollup.validation.Violation;

/**
 * What intake decided about one file, stored in one transaction with its rows and violations.
 *
 * @param rejectionKind the {@code RejectionKind} name for a rejected file, else {@code null}
 * @param reason a Chinese one-paragraph summary for the run report
 * @param unit the unit, {@code null} when it could not be told
 * @param period the month, {@code null} when it could not be told, or for an accepted return that belongs to a year
 * and not a month (a 评估认定表): such a file has no version and is no month's form in force
 * @param storedPath where the original is to be kept (absolute)
 * @param feedbackPath the feedback written for the unit, {@code null} when none was needed
 */
public record Decision(Outcome outcome, String rejectionKind, String reason, String unit, YearMonth period,
		String templateVersion, boolean late, List<ReportedRow> rows, List<Violation> violations, String storedPath,
		String feedbackPath) {

	public Decision {
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(storedPath, "storedPath");
		rows = List.copyOf(rows);
		violations = List.copyOf(violations);
		if (outcome == Outcome.ACCEPTED && unit == null) {
			throw new IllegalArgumentException("an accepted file needs its unit");
		}
	}

}
