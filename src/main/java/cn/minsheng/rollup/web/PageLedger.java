package cn.minsheng.rollup.web;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.minsheng.rollup.ledger.LedgerPaths;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * The ledger as the pages read it: the decided submissions of a year, one unit's versions of a month, a submission's
 * problems. Read-only.
 */
@Repository
class PageLedger {

	private static final String COLUMNS = "id, file_name, unit, period, outcome, late, version, current_version, "
			+ "received_at, reason, stored_path, feedback_path, error_count, warning_count";

	private final JdbcClient jdbc;

	private final Path dataDir;

	PageLedger(JdbcClient jdbc, RollupProperties properties) {
		this.jdbc = jdbc;
		// the ledger keeps originals relative to the data folder
		this.dataDir = properties.dataDir();
	}

	/** Every decided submission of the year whose unit and month were recognised, oldest first. */
	List<SubmissionLine> decidedOfYear(int year) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE outcome IS NOT NULL AND unit IS NOT NULL "
				+ "AND period LIKE :year ORDER BY id")
			.param("year", year + "-%")
			.query(this::line)
			.list();
	}

	/** All the unit's decided submissions for the month, oldest first: the versions a submission's page lists. */
	List<SubmissionLine> versions(String unit, String period) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE outcome IS NOT NULL AND unit = :unit "
				+ "AND period = :period ORDER BY id")
			.param("unit", unit)
			.param("period", period)
			.query(this::line)
			.list();
	}

	/** The unit's last forms with an original kept, newest first: where its liaison's name and phone are read. */
	List<SubmissionLine> latestOfUnit(String unit, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE unit = :unit AND stored_path IS NOT NULL "
				+ "AND outcome IS NOT NULL ORDER BY CASE WHEN outcome = 'ACCEPTED' THEN 0 ELSE 1 END, period DESC, "
				+ "id DESC LIMIT :limit")
			.param("unit", unit)
			.param("limit", limit)
			.query(this::line)
			.list();
	}

	List<Problem> problems(long submissionId) {
		return this.jdbc.sql("SELECT rule_code, severity, sheet, cell_ref, message FROM violation "
				+ "WHERE submission_id = :id ORDER BY CASE WHEN severity = 'ERROR' THEN 0 ELSE 1 END, id")
			.param("id", submissionId)
			.query((rs, n) -> new Problem(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.list();
	}

	private SubmissionLine line(ResultSet rs, int row) throws SQLException {
		int version = rs.getInt("version");
		Integer boxed = rs.wasNull() ? null : version;
		return new SubmissionLine(rs.getLong("id"), rs.getString("file_name"), rs.getString("unit"),
				rs.getString("period"), rs.getString("outcome"), rs.getBoolean("late"), boxed,
				rs.getBoolean("current_version"), rs.getTimestamp("received_at").toLocalDateTime(),
				rs.getString("reason"),
				absolute(rs.getString("stored_path")), rs.getString("feedback_path"), rs.getInt("error_count"),
				rs.getInt("warning_count"));
	}

	/** One decided submission as the pages show it. */
	record SubmissionLine(long id, String fileName, String unit, String period, String outcome, boolean late,
			Integer version, boolean current, LocalDateTime receivedAt, String reason, String storedPath,
			String feedbackPath, int errors, int warnings) {

		boolean accepted() {
			return "ACCEPTED".equals(this.outcome);
		}

		boolean rejected() {
			return "REJECTED".equals(this.outcome);
		}

		/** 已接收 / 已退回 / 重复报送. */
		public String outcomeLabel() {
			return switch (this.outcome) {
				case "ACCEPTED" -> "已接收";
				case "REJECTED" -> "已退回";
				case "DUPLICATE" -> "重复报送";
				default -> this.outcome;
			};
		}

	}

	/** One problem of a submission, with the cell it is in. */
	record Problem(String ruleCode, String severity, String sheet, String cellRef, String message) {

		public String severityLabel() {
			return "ERROR".equals(this.severity) ? "错误" : "提醒";
		}

	}

	/** The original's path as a file of this data folder, for the readers of these rows. */
	private String absolute(String stored) {
		Path file = LedgerPaths.file(this.dataDir, stored);
		return file == null ? null : file.toString();
	}

}
