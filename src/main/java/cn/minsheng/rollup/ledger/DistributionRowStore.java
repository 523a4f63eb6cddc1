package cn.minsheng.rollup.ledger;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.minsheng.rollup.validation.DistributionEntry;

/**
 * Streams 项目分布清单 rows of one submission into the ledger in batches, so a million-row sheet never sits in
 * memory; create one per file, {@link #flush()} at the end, and close it.
 * <p>
 * A list of at most one batch (every ordinary form) is written by the caller at {@link #flush()}, on its connection and
 * in its transaction if it has one. A longer list is written on a thread of its own while the file is read on, at
 * most two batches behind, each batch committed on its own: the inserts then run beside the reading, and the caller's
 * decision does not commit a million-row undo log. Rows stored for a file that is then not decided (a killed run, a
 * rolled-back decision) are what {@link #clear()} removes before the file is read again; a rejected file's rows are
 * removed when its decision is stored.
 */
public final class DistributionRowStore implements AutoCloseable {

	private static final int BATCH = 2000;

	private static final int BATCHES_IN_FLIGHT = 2;

	private static final String INSERT = "INSERT INTO distribution_row (submission_id, row_number, code, town, site, "
			+ "quantity, done_date, remarks) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final long submissionId;

	private final Semaphore inFlight = new Semaphore(BATCHES_IN_FLIGHT);

	private final TaskExecutor writers;

	private final List<CompletableFuture<Void>> written = new ArrayList<>();

	/** The batch written last (or being written): the next one is written after it, as one writer would. */
	private CompletableFuture<Void> tail;

	private List<DistributionEntry> buffer = new ArrayList<>(BATCH);

	private long stored;

	private boolean clearPending;

	/** @param writers where long lists are stored while the caller goes on reading; one batch at a time */
	public DistributionRowStore(JdbcTemplate jdbc, long submissionId, TaskExecutor writers) {
		this.jdbc = jdbc;
		this.submissionId = submissionId;
		this.writers = writers;
	}

	/**
	 * Removes the rows stored for the submission so far: what a killed run streamed in before deciding it. The
	 * delete runs where the next rows are written, before them (at the latest at {@link #flush()}), so that no open
	 * transaction of the caller holds locks on keys the writer's connection inserts.
	 */
	public void clear() {
		this.buffer.clear();
		this.clearPending = true;
		this.stored = 0;
	}

	public void add(DistributionEntry entry) {
		this.buffer.add(entry);
		if (this.buffer.size() >= BATCH) {
			writeAhead();
		}
	}

	/** Writes what is buffered; when it returns, every row added is in the ledger. */
	public void flush() {
		if (this.tail == null) {
			writeHere();
		}
		else {
			writeAhead();
		}
		awaitWritten();
	}

	public long stored() {
		return this.stored;
	}

	/** Waits for batches still being written (after a failed read, too: no row may arrive once the file is decided). */
	@Override
	public void close() {
		try {
			awaitWritten();
		}
		catch (RuntimeException ex) {
			// the read already failed; this failure adds nothing the decision needs
		}
		finally {
			this.tail = null;
		}
	}

	/** A short list: written by the caller, in its transaction if it has one. */
	private void writeHere() {
		if (this.clearPending) {
			delete();
			this.clearPending = false;
		}
		if (!this.buffer.isEmpty()) {
			insert(this.buffer);
			this.stored += this.buffer.size();
			this.buffer = new ArrayList<>(BATCH);
		}
	}

	private void writeAhead() {
		if (this.buffer.isEmpty() && !this.clearPending) {
			return;
		}
		List<DistributionEntry> batch = this.buffer;
		this.buffer = new ArrayList<>(BATCH);
		this.stored += batch.size();
		boolean clearFirst = this.clearPending;
		this.clearPending = false;
		this.inFlight.acquireUninterruptibly();
		CompletableFuture<Void> previous = this.tail == null ? CompletableFuture.completedFuture(null) : this.tail;
		// after the previous batch whatever became of it: each batch's failure is its own, found by awaitWritten
		this.tail = previous.handleAsync((done, failure) -> {
			if (clearFirst) {
				delete();
			}
			insert(batch);
			return null;
		}, this.writers);
		this.tail.whenComplete((done, failure) -> this.inFlight.release());
		this.written.add(this.tail);
		this.written.removeIf((done) -> done.isDone() && !failed(done));
	}

	private void delete() {
		this.jdbc.update("DELETE FROM distribution_row WHERE submission_id = ?", this.submissionId);
	}

	/**
	 * Inserts a batch in one transaction: the caller's when it has one, else its own. Left to autocommit, H2 commits
	 * every row of a JDBC batch, and each commit writes to the store file: that was most of the time a unit's form of
	 * 36 rows spent in the ledger, and a million-row list committed a million times.
	 */
	private void insert(List<DistributionEntry> batch) {
		if (batch.isEmpty()) {
			return;
		}
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			boolean ownTransaction = connection.getAutoCommit();
			if (ownTransaction) {
				connection.setAutoCommit(false);
			}
			try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
				for (DistributionEntry entry : batch) {
					bind(ps, entry);
					ps.addBatch();
				}
				ps.executeBatch();
				if (ownTransaction) {
					connection.commit();
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (ownTransaction) {
					connection.rollback();
				}
				throw ex;
			}
			finally {
				if (ownTransaction) {
					connection.setAutoCommit(true);
				}
			}
			return null;
		});
	}

	private void awaitWritten() {
		for (Future<Void> batch : this.written) {
			try {
				batch.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while storing distribution rows", ex);
			}
			catch (ExecutionException ex) {
				throw ex.getCause() instanceof RuntimeException runtime ? runtime
						: new IllegalStateException(ex.getCause());
			}
		}
		this.written.clear();
	}

	private static boolean failed(Future<?> done) {
		try {
			done.get();
			return false;
		}
		catch (InterruptedException | ExecutionException ex) {
			return true;
		}
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
