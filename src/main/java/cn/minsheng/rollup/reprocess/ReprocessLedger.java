package cn.minsheng.rollup.reprocess;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The ledger queries of re-validation: which stored forms of a month to check again, a new record for a changed
 * result (copied from the form's first record, so arrival time and file stay), and withdrawing a form that no longer
 * passes.
 */
@Repository
class ReprocessLedger {

	private final JdbcClient jdbc;

	ReprocessLedger(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Per unit, oldest first: the accepted form in force, then the latest form rejected for its content
	 * ({@code INVALID}) received after it, which may pass now that the catalog was corrected.
	 */
	List<Long> candidates(YearMonth period) {
		List<Long> ids = new ArrayList<>(this.jdbc.sql("""
				SELECT id FROM submission WHERE period = :period AND outcome = 'ACCEPTED' AND current_version""")
			.param("period", period.toString())
			.query(Long.class)
			.list());
		ids.addAll(this.jdbc.sql("""
				SELECT MAX(r.id) FROM submission r
				WHERE r.period = :period AND r.outcome = 'REJECTED' AND r.rejection_kind = 'INVALID'
				  AND r.id > COALESCE((SELECT MAX(a.id) FROM submission a WHERE a.period = r.period AND a.unit = r.unit
				    AND a.outcome = 'ACCEPTED' AND a.current_version), 0)
				GROUP BY r.unit""")
			.param("period", period.toString())
			.query(Long.class)
			.list());
		return ids.stream().sorted().toList();
	}

	/** A new pending record for the same file as {@code id}: same name, content, arrival; no nightly run. */
	long copyForRecheck(long id) {
		KeyHolder keys = new GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO submission (file_name, source_path, sha256, size_bytes, received_at, picked_up_at, run_id,
				  period_hint, state)
				SELECT file_name, source_path, sha256, size_bytes, received_at, :now, NULL, period_hint, 'PENDING'
				FROM submission WHERE id = :id""")
			.param("now", Timestamp.valueOf(LocalDateTime.now()))
			.param("id", id)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** The accepted form {@code id} no longer counts; {@code by} is the rejection that says why. */
	void withdraw(long id, long by) {
		this.jdbc.sql("UPDATE submission SET current_version = FALSE, superseded_by = :by WHERE id = :id")
			.param("by", by)
			.param("id", id)
			.update();
	}

	/** The version in force from {@code id}, {@code null} when it is not in force. */
	Integer versionInForce(long id) {
		return this.jdbc.sql("SELECT version FROM submission WHERE id = :id AND current_version")
			.param("id", id)
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

}
