package cn.minsheng.rollup.ledger;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.minsheng.rollup.validation.DistributionEntry;

/**
 * Streams 项目分布清单 rows of one submission into the ledger in batches, so a million-row sheet never sits in
 * memory; create one per file, {@link #flush()} at the end.
 */
public final class DistributionRowStore {

	private static final int BATCH = 2000;

	private static final String INSERT = "INSERT INTO distribution_row (submission_id, row_number, code, town, site, "
			+ "quantity, done_date, remarks) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final long submissionId;

	private final List<DistributionEntry> buffer = new ArrayList<>(BATCH);

	private long stored;

	public DistributionRowStore(JdbcTemplate jdbc, long submissionId) {
		this.jdbc = jdbc;
		this.submissionId = submissionId;
	}

	/** Removes the rows stored for the submission so far: what a killed run streamed in before deciding it. */
	public void clear() {
		this.buffer.clear();
		this.jdbc.update("DELETE FROM distribution_row WHERE submission_id = ?", this.submissionId);
		this.stored = 0;
	}

	public void add(DistributionEntry entry) {
		this.buffer.add(entry);
		if (this.buffer.size() >= BATCH) {
			flush();
		}
	}

	public void flush() {
		if (this.buffer.isEmpty()) {
			return;
		}
		this.jdbc.batchUpdate(INSERT, this.buffer, this.buffer.size(), this::bind);
		this.stored += this.buffer.size();
		this.buffer.clear();
	}

	public long stored() {
		return this.stored;
	}

	private void bind(PreparedStatement ps, DistributionEntry e) throws SQLException {
		ps.setLong(1, this.submissionId);
		ps.setInt(2, e.rowNumber());
		ps.setString(3, DecisionRepository.truncate(e.code(), 32));
		ps.setString(4, DecisionRepository.truncate(e.town(), 400));
		ps.setString(5, DecisionRepository.truncate(e.site(), 400));
		ps.setBigDecimal(6, e.quantity());
		if (e.doneDate() == null) {
			ps.setNull(7, Types.DATE);
		}
		else {
			ps.setDate(7, Date.valueOf(e.doneDate()));
		}
		ps.setString(8, DecisionRepository.truncate(e.remarks(), 1000));
	}

}
