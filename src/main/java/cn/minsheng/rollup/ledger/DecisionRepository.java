package cn.minsheng.rollup.ledger;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.minsheng.rollup.validation.ReportedRow;
import cn.minsheng.rollup.validation.Violation;

/**
 * Stores an intake decision with its rows and violations; an accepted file becomes the version in force for its unit
 * and month, the earlier one is kept and marked superseded.
 */
@Repository
public class DecisionRepository {

	private final JdbcClient jdbc;

	public DecisionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void store(long submissionId, Decision decision) {
		Integer version = null;
		if (decision.outcome() == Outcome.ACCEPTED && decision.period() != null) {
			version = supersede(submissionId, decision.unit(), decision.period());
			decision.rows().forEach((row) -> insertRow(submissionId, row));
		}
		else {
			this.jdbc.sql("DELETE FROM distribution_block WHERE submission_id = :id").param("id", submissionId).update();
		}
		decision.violations().forEach((v) -> insertViolation(submissionId, v));
		long errors = decision.violations().stream().filter(Violation::isError).count();
		this.jdbc.sql("""
				UPDATE submission SET state = 'DECIDED', outcome = :outcome, rejection_kind = :kind, reason = :reason,
				  unit = :unit, period = :period, template_version = :template, version = :version,
				  current_version = :current, late = :late, warning_count = :warnings, error_count = :errors,
				  stored_path = :stored, feedback_path = :feedback
				WHERE id = :id""")
			.param("outcome", decision.outcome().name())
			.param("kind", decision.rejectionKind())
			.param("reason", truncate(decision.reason(), 4000))
			.param("unit", decision.unit())
			.param("period", decision.period() == null ? null : decision.period().toString())
			.param("template", decision.templateVersion())
			.param("version", version)
			.param("current", version != null)
			.param("late", decision.late())
			.param("warnings", decision.violations().size() - errors)
			.param("errors", errors)
			.param("stored", decision.storedPath())
			.param("feedback", decision.feedbackPath())
			.param("id", submissionId)
			.update();
	}

	private int supersede(long submissionId, String unit, YearMonth period) {
		Integer last = this.jdbc.sql("SELECT MAX(version) FROM submission WHERE unit = :unit AND period = :period "
				+ "AND outcome = 'ACCEPTED'")
			.param("unit", unit)
			.param("period", period.toString())
			.query(Integer.class)
			.optional()
			.orElse(null);
		this.jdbc.sql("UPDATE submission SET current_version = FALSE, superseded_by = :id "
				+ "WHERE unit = :unit AND period = :period AND outcome = 'ACCEPTED' AND current_version")
			.param("id", submissionId)
			.param("unit", unit)
			.param("period", period.toString())
			.update();
		return last == null ? 1 : last + 1;
	}

	private void insertRow(long submissionId, ReportedRow row) {
		this.jdbc.sql("""
				MERGE INTO reported_row (submission_id, code, row_number, month_done, cumulative_done, completion_rate,
				  status, funds_in_place, investment_done, online_accepted, offline_accepted, start_date, finish_date,
				  problems, next_steps, remarks)
				KEY (submission_id, code)
				VALUES (:id, :code, :row, :month, :cum, :rate, :status, :funds, :invest, :online, :offline, :start,
				  :finish, :problems, :next, :remarks)""")
			.param("id", submissionId)
			.param("code", row.code())
			.param("row", row.rowNumber())
			.param("month", row.monthDone())
			.param("cum", row.cumulativeDone())
			.param("rate", row.completionRate())
			.param("status", row.status())
			.param("funds", row.fundsInPlace())
			.param("invest", row.investmentDone())
			.param("online", row.onlineAccepted())
			.param("offline", row.offlineAccepted())
			.param("start", row.startDate() == null ? null : Date.valueOf(row.startDate()))
			.param("finish", row.finishDate() == null ? null : Date.valueOf(row.finishDate()))
			.param("problems", truncate(row.problems(), 4000))
			.param("next", truncate(row.nextSteps(), 4000))
			.param("remarks", truncate(row.remarks(), 4000))
			.update();
	}

	private void insertViolation(long submissionId, Violation v) {
		this.jdbc.sql("INSERT INTO violation (submission_id, rule_code, severity, sheet, cell_ref, message) "
				+ "VALUES (:id, :rule, :severity, :sheet, :cell, :message)")
			.param("id", submissionId)
			.param("rule", v.ruleCode())
			.param("severity", v.severity().name())
			.param("sheet", truncate(v.sheet(), 64))
			.param("cell", truncate(v.cellRef(), 32))
			.param("message", truncate(v.message(), 4000))
			.update();
	}

	static String truncate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	/** Violations of one submission, for the run report and feedback. */
	public List<Violation> violationsOf(long submissionId) {
		return this.jdbc.sql("SELECT rule_code, severity, sheet, cell_ref, message FROM violation "
				+ "WHERE submission_id = :id ORDER BY id")
			.param("id", submissionId)
			.query((rs, n) -> new Violation(rs.getString(1),
					cn.minsheng.rollup.validation.Severity.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

}
