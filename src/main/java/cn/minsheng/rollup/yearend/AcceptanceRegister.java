package cn.minsheng.rollup.yearend;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger's acceptance records (V7): kept for good; a record read again is not stored twice, a changed line is a
 * new record, and the latest one of an indicator and kind is in force.
 */
@Repository
public class AcceptanceRegister {

	private final JdbcClient jdbc;

	public AcceptanceRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores the records not stored before; returns how many were new. */
	@Transactional
	int addNew(List<AcceptanceRecord> records, LocalDateTime at) {
		int added = 0;
		for (AcceptanceRecord record : records) {
			String key = record.contentKey();
			boolean known = this.jdbc
				.sql("SELECT COUNT(*) FROM acceptance_record WHERE record_year = :year AND content_key = :key")
				.param("year", record.year())
				.param("key", key)
				.query(Integer.class)
				.single() > 0;
			if (known) {
				continue;
			}
			this.jdbc.sql("""
					INSERT INTO acceptance_record (record_year, code, kind, accepted, accepted_on, recorded_by, source,
						content_key, recorded_at)
					VALUES (:year, :code, :kind, :accepted, :on, :by, :source, :key, :at)""")
				.param("year", record.year())
				.param("code", record.code())
				.param("kind", record.kind().name())
				.param("accepted", record.accepted())
				.param("on", record.acceptedOn() == null ? null : java.sql.Date.valueOf(record.acceptedOn()))
				.param("by", record.recordedBy())
				.param("source", record.source())
				.param("key", key)
				.param("at", Timestamp.valueOf(at))
				.update();
			added++;
		}
		return added;
	}

	/** Every record of the year, oldest first: the last of an indicator and kind is in force. */
	@Transactional(readOnly = true)
	List<AcceptanceRecord> records(int year) {
		return this.jdbc.sql("SELECT * FROM acceptance_record WHERE record_year = :year ORDER BY recorded_at, id")
			.param("year", year)
			.query((rs, n) -> new AcceptanceRecord(rs.getInt("record_year"), rs.getString("code"),
					AcceptanceKind.valueOf(rs.getString("kind")), rs.getBoolean("accepted"),
					rs.getObject("accepted_on", LocalDate.class), rs.getString("recorded_by"), rs.getString("source"),
					rs.getTimestamp("recorded_at").toLocalDateTime()))
			.list();
	}

}
