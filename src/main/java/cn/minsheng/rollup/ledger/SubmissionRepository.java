package cn.minsheng.rollup.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The submissions table: registering received files and following them from pending to placed.
 */
@Repository
public class SubmissionRepository {

	private static final String COLUMNS = "id, file_name, source_path, sha256, size_bytes, received_at, run_id, state, "
			+ "outcome, rejection_kind, reason, unit, period, version, late, warning_count, error_count, stored_path, "
			+ "feedback_path, attempts";

	/** The query of {@link #findPending()}, for a cursor over the files still to decide. */
	public static final String PENDING_IN_ORDER = "SELECT " + COLUMNS + " FROM submission WHERE state = 'PENDING' "
			+ "ORDER BY period_hint NULLS LAST, received_at, id";

	/** The files decided and not yet placed, in the order they were registered: a cursor for placing originals. */
	public static final String DECIDED_IN_ORDER = "SELECT " + COLUMNS + " FROM submission WHERE state = 'DECIDED' "
			+ "ORDER BY id";

	private static final int REGISTERED_PER_STATEMENT = 100;

	private final JdbcClient jdbc;

	public SubmissionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Registers a night's files in their order (their ids ascend in it), a hundred to a statement: one statement per
	 * file was half of registering a province month's thousand files.
	 */
	public void registerAll(List<ReceivedFile> files, long runId) {
		Timestamp now = Timestamp.valueOf(LocalDateTime.now());
		for (int from = 0; from < files.size(); from += REGISTERED_PER_STATEMENT) {
			List<ReceivedFile> part = files.subList(from, Math.min(files.size(), from + REGISTERED_PER_STATEMENT));
			List<Object> values = new ArrayList<>(part.size() * 8);
			for (ReceivedFile file : part) {
				values.addAll(Arrays.asList(file.fileName(), file.sourcePath(), file.sha256(), file.sizeBytes(),
						Timestamp.valueOf(file.receivedAt()), now, runId, file.periodHint()));
			}
			this.jdbc.sql("INSERT INTO submission (file_name, source_path, sha256, size_bytes, received_at, "
					+ "picked_up_at, run_id, period_hint, state) VALUES "
					+ String.join(", ", Collections.nCopies(part.size(), "(?, ?, ?, ?, ?, ?, ?, ?, 'PENDING')")))
				.params(values)
				.update();
		}
	}

	/** The files an earlier, interrupted run registered whose originals are still in the input folder. */
	public List<Submission> findUnplaced() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE state <> 'PLACED' ORDER BY id")
			.query(SubmissionRepository::map)
			.list();
	}

	/** The next file to decide: oldest month first, so a backlog is checked against its own previous month. */
	public Optional<Submission> nextPending() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE state = 'PENDING' "
				+ "ORDER BY period_hint NULLS LAST, received_at, id LIMIT 1")
			.query(SubmissionRepository::map)
			.optional();
	}

	/** Every file still to decide, in the order {@link #nextPending()} hands them out. */
	public List<Submission> findPending() {
		return this.jdbc.sql(PENDING_IN_ORDER).query(SubmissionRepository::map).list();
	}

	/** Maps a row of {@link #PENDING_IN_ORDER} or {@link #DECIDED_IN_ORDER}. */
	public static RowMapper<Submission> rowMapper() {
		return SubmissionRepository::map;
	}

	/**
	 * Whether a file still to decide may have killed a run: it was charged an attempt, or a run that did not finish
	 * had marked it as read beside others.
	 */
	public boolean anyPendingSuspect() {
		return this.jdbc.sql("SELECT COUNT(*) FROM submission WHERE state = 'PENDING' AND (attempts > 0 OR read_ahead)")
			.query(Integer.class)
			.single() > 0;
	}

	/** The next {@code limit} files still to decide that are not marked as read ahead, in file order. */
	public List<Long> findPendingNotReadAhead(int limit) {
		return this.jdbc.sql("SELECT id FROM submission WHERE state = 'PENDING' AND NOT read_ahead "
				+ "ORDER BY period_hint NULLS LAST, received_at, id LIMIT :limit")
			.param("limit", limit)
			.query(Long.class)
			.list();
	}

	public List<Submission> findByState(SubmissionState state) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE state = :state ORDER BY id")
			.param("state", state.name())
			.query(SubmissionRepository::map)
			.list();
	}

	public List<Submission> findByRun(long runId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE run_id = :run ORDER BY id")
			.param("run", runId)
			.query(SubmissionRepository::map)
			.list();
	}

	public Optional<Submission> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE id = :id")
			.param("id", id)
			.query(SubmissionRepository::map)
			.optional();
	}

	/** An earlier decided file with the same bytes: the same content dropped twice. */
	public Optional<Submission> findEarlierWithSameContent(String sha256, long beforeId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM submission WHERE sha256 = :sha AND id < :id "
				+ "AND outcome IN ('ACCEPTED', 'REJECTED') ORDER BY id LIMIT 1")
			.param("sha", sha256)
			.param("id", beforeId)
			.query(SubmissionRepository::map)
			.optional();
	}

	/** Counted in its own transaction before processing: a file that kills the process again and again is refused. */
	public int countAttempt(long id) {
		this.jdbc.sql("UPDATE submission SET attempts = attempts + 1 WHERE id = :id").param("id", id).update();
		return this.jdbc.sql("SELECT attempts FROM submission WHERE id = :id").param("id", id).query(Integer.class)
			.single();
	}

	/** Marks files whose reading starts beside others: suspects, should the run die before they are decided. */
	public void markReadAhead(Collection<Long> ids) {
		if (!ids.isEmpty()) {
			this.jdbc.sql("UPDATE submission SET read_ahead = TRUE WHERE id IN (:ids)").param("ids", ids).update();
		}
	}

	public boolean isStoredPathTaken(String storedPath) {
		return this.jdbc.sql("SELECT COUNT(*) FROM submission WHERE stored_path = :path")
			.param("path", storedPath)
			.query(Integer.class)
			.single() > 0;
	}

	public void markPlaced(long id) {
		this.jdbc.sql("UPDATE submission SET state = 'PLACED' WHERE id = :id AND state = 'DECIDED'")
			.param("id", id)
			.update();
	}

	static Submission map(ResultSet rs, int row) throws SQLException {
		String outcome = rs.getString("outcome");
		Timestamp received = rs.getTimestamp("received_at");
		int version = rs.getInt("version");
		Integer boxedVersion = rs.wasNull() ? null : version;
		return new Submission(rs.getLong("id"), rs.getString("file_name"), rs.getString("source_path"),
				rs.getString("sha256"), rs.getLong("size_bytes"), received.toLocalDateTime(), rs.getLong("run_id"),
				SubmissionState.valueOf(rs.getString("state")), outcome == null ? null : Outcome.valueOf(outcome),
				rs.getString("rejection_kind"), rs.getString("reason"), rs.getString("unit"), rs.getString("period"),
				boxedVersion, rs.getBoolean("late"), rs.getInt("warning_count"), rs.getInt("error_count"),
				rs.getString("stored_path"), rs.getString("feedback_path"), rs.getInt("attempts"));
	}

}
