package cn.minsheng.rollup.ledger;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Read-only views of the ledger and the job history for the {@code status} command.
 */
@Repository
public class LedgerStatus {

	private final JdbcClient jdbc;

	public LedgerStatus(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest runs, newest first. */
	public List<RunRecord> lastRuns(int limit) {
		return this.jdbc.sql("""
				SELECT e.JOB_INSTANCE_ID, e.JOB_EXECUTION_ID, e.START_TIME, e.END_TIME, e.STATUS,
				  (SELECT COUNT(*) FROM submission s WHERE s.run_id = e.JOB_INSTANCE_ID) AS files,
				  (SELECT COUNT(*) FROM submission s WHERE s.run_id = e.JOB_INSTANCE_ID AND s.outcome = 'ACCEPTED') AS ok,
				  (SELECT COUNT(*) FROM submission s WHERE s.run_id = e.JOB_INSTANCE_ID AND s.outcome <> 'ACCEPTED') AS bad
				FROM BATCH_JOB_EXECUTION e ORDER BY e.JOB_EXECUTION_ID DESC LIMIT :limit""")
			.param("limit", limit)
			.query((rs, n) -> new RunRecord(rs.getLong(1), rs.getLong(2), toLocal(rs.getTimestamp(3)),
					toLocal(rs.getTimestamp(4)), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)))
			.list();
	}

	/** Units with an accepted form in force for the month. */
	public List<String> unitsReported(YearMonth period) {
		return this.jdbc.sql("SELECT DISTINCT unit FROM submission WHERE period = :period AND outcome = 'ACCEPTED' "
				+ "AND current_version ORDER BY unit")
			.param("period", period.toString())
			.query(String.class)
			.list();
	}

	/** Units whose forms for the month were all rejected: they have sent something, but nothing counts yet. */
	public List<String> unitsOnlyRejected(YearMonth period) {
		return this.jdbc.sql("""
				SELECT DISTINCT unit FROM submission r
				WHERE period = :period AND outcome = 'REJECTED' AND unit IS NOT NULL
				  AND NOT EXISTS (SELECT 1 FROM submission a WHERE a.period = r.period AND a.unit = r.unit
				    AND a.outcome = 'ACCEPTED' AND a.current_version)
				ORDER BY unit""")
			.param("period", period.toString())
			.query(String.class)
			.list();
	}

	/** The latest month any accepted form was for; empty on a new ledger. */
	public Optional<YearMonth> latestPeriod() {
		return this.jdbc.sql("SELECT MAX(period) FROM submission WHERE outcome = 'ACCEPTED'")
			.query(String.class)
			.optional()
			.map(YearMonth::parse);
	}

	private static LocalDateTime toLocal(java.sql.Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime();
	}

	/** One run of the nightly job as {@code status} lists it. */
	public record RunRecord(long runId, long executionId, LocalDateTime started, LocalDateTime ended, String status,
			int files, int accepted, int notAccepted) {
	}

}
