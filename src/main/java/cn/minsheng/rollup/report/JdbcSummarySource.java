package cn.minsheng.rollup.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.minsheng.rollup.validation.ReportedRow;

/**
 * Reads the summary's data from the ledger: only accepted submissions in force count, rejected ones give a unit's
 * status and reason.
 * <p>
 * A unit with an accepted submission in force is 逾期 when its first accepted version for the month arrived late: a
 * correction sent after the deadline does not make a unit that reported on time late.
 */
@Repository
public class JdbcSummarySource implements SummarySource {

	private static final String SUBMISSIONS = """
			SELECT unit, outcome, reason, file_name, version, current_version, late
			FROM submission
			WHERE period = :period AND unit IS NOT NULL AND outcome IN ('ACCEPTED', 'REJECTED')
			ORDER BY unit, received_at, id""";

	private static final String ROWS = """
			SELECT s.period, s.unit, r.*
			FROM reported_row r JOIN submission s ON s.id = r.submission_id
			WHERE s.outcome = 'ACCEPTED' AND s.current_version = TRUE AND s.period BETWEEN :first AND :last
			ORDER BY s.period, s.unit, r.row_number, r.code""";

	private static final String WARNINGS = """
			SELECT s.unit, v.rule_code, v.sheet, v.cell_ref, v.message
			FROM violation v JOIN submission s ON s.id = v.submission_id
			WHERE s.period = :period AND s.outcome = 'ACCEPTED' AND s.current_version = TRUE
				AND v.severity = 'WARNING'
			ORDER BY s.unit, v.id""";

	private final JdbcClient jdbc;

	public JdbcSummarySource(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public PeriodData load(YearMonth period) {
		List<UnitRow> rows = this.jdbc.sql(ROWS)
			.param("first", YearMonth.of(period.getYear(), 1).toString())
			.param("last", period.toString())
			.query((rs, n) -> new UnitRow(YearMonth.parse(rs.getString("period").strip()), rs.getString("unit"),
					reportedRow(rs)))
			.list();
		List<QualityWarning> warnings = this.jdbc.sql(WARNINGS)
			.param("period", period.toString())
			.query((rs, n) -> new QualityWarning(rs.getString("unit"), rs.getString("rule_code"), rs.getString("sheet"),
					rs.getString("cell_ref"), rs.getString("message")))
			.list();
		return new PeriodData(period, submissions(period), rows, warnings);
	}

	private List<UnitSubmission> submissions(YearMonth period) {
		Map<String, List<Sent>> byUnit = new LinkedHashMap<>();
		this.jdbc.sql(SUBMISSIONS)
			.param("period", period.toString())
			.query((rs, n) -> new Sent(rs.getString("unit"), "ACCEPTED".equals(rs.getString("outcome")),
					rs.getString("reason"), rs.getString("file_name"), rs.getObject("version", Integer.class),
					rs.getBoolean("current_version"), Boolean.TRUE.equals(rs.getObject("late", Boolean.class))))
			.list()
			.forEach((sent) -> byUnit.computeIfAbsent(sent.unit(), (u) -> new ArrayList<>()).add(sent));
		List<UnitSubmission> submissions = new ArrayList<>();
		byUnit.forEach((unit, sent) -> submissions.add(standing(unit, sent)));
		return submissions;
	}

	/** The unit's standing from everything it sent for the month, oldest first. */
	private static UnitSubmission standing(String unit, List<Sent> sent) {
		Sent inForce = sent.stream().filter((s) -> s.accepted() && s.current()).findFirst().orElse(null);
		if (inForce != null) {
			Sent first = sent.stream()
				.filter(Sent::accepted)
				.min(Comparator.comparing(Sent::version, Comparator.nullsLast(Comparator.naturalOrder())))
				.orElseThrow();
			SubmissionStatus status = first.late() ? SubmissionStatus.LATE : SubmissionStatus.ON_TIME;
			return new UnitSubmission(unit, status, null, inForce.fileName(), inForce.version());
		}
		Sent lastRejected = sent.stream().filter((s) -> !s.accepted()).reduce((a, b) -> b).orElse(null);
		if (lastRejected == null) {
			return UnitSubmission.notSubmitted(unit);
		}
		return new UnitSubmission(unit, SubmissionStatus.REJECTED, lastRejected.reason(), lastRejected.fileName(),
				null);
	}

	private static ReportedRow reportedRow(ResultSet rs) throws SQLException {
		return new ReportedRow(rs.getInt("row_number"), rs.getString("code"), rs.getBigDecimal("month_done"),
				rs.getBigDecimal("cumulative_done"), rs.getBigDecimal("completion_rate"), rs.getString("status"),
				rs.getBigDecimal("funds_in_place"), rs.getBigDecimal("investment_done"),
				rs.getObject("online_accepted", Boolean.class), rs.getObject("offline_accepted", Boolean.class),
				rs.getObject("start_date", LocalDate.class), rs.getObject("finish_date", LocalDate.class),
				rs.getString("problems"), rs.getString("next_steps"), rs.getString("remarks"));
	}

	/** One submission as far as the unit's standing is concerned. */
	private record Sent(String unit, boolean accepted, String reason, String fileName, Integer version,
			boolean current, boolean late) {
	}

}
