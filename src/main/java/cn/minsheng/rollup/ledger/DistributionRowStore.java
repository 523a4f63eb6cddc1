package cn.minsheng.rollup.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
 * <p>
 * Each batch is stored as one row of {@code distribution_block} ({@link DistributionBlockCodec}), not as a row per
 * line: H2 spent 16 s inserting a million lines with their keys, and under a second inserting them as 500 blocks.
 */
public final class DistributionRowStore implements AutoCloseable {

	private static final int BATCH = 2000;

	private static final int BATCHES_IN_FLIGHT = 2;

	/** The scale of a stored quantity at most: the ledger's column was {@code DECIMAL(20, 4)}, and rounded so. */
	static final int QUANTITY_SCALE = 4;

	static final String INSERT = "INSERT INTO distribution_block (submission_id, block_no, first_row, "
			+ "last_row, row_count, rows_data) VALUES (?, ?, ?, ?, ?, ?)";

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

	/**
	 * The number of the next block. Only the write in progress reads and moves it: the caller's at {@link #flush()}
	 * when no batch went ahead, else each batch's, one after the other.
	 */
	private int nextBlock;

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
		this.jdbc.update("DELETE FROM distribution_block WHERE submission_id = ?", this.submissionId);
		this.nextBlock = 0;
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
		List<DistributionBlockCodec.Block> blocks = DistributionBlockCodec
			.blocks(batch.stream().map(DistributionRowStore::asStored).toList());
		this.jdbc.execute((ConnectionCallback<Void>) (connection) -> {
			boolean ownTransaction = connection.getAutoCommit();
			if (ownTransaction) {
				connection.setAutoCommit(false);
			}
			try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
				for (int i = 0; i < blocks.size(); i++) {
					bind(ps, this.submissionId, this.nextBlock + i, blocks.get(i));
					ps.addBatch();
				}
				ps.executeBatch();
				if (ownTransaction) {
					connection.commit();
				}
				this.nextBlock += blocks.size();
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

	static void bind(PreparedStatement ps, long submissionId, int blockNo, DistributionBlockCodec.Block block)
			throws SQLException {
		ps.setLong(1, submissionId);
		ps.setInt(2, blockNo);
		ps.setInt(3, block.firstRow());
		ps.setInt(4, block.lastRow());
		ps.setInt(5, block.rows().size());
		ps.setBytes(6, block.data());
	}

	/** The line as the ledger keeps it: texts cut to their columns' old lengths, the quantity to four decimals. */
	static DistributionEntry asStored(DistributionEntry e) {
		BigDecimal quantity = e.quantity();
		if (quantity != null && quantity.scale() > QUANTITY_SCALE) {
			quantity = quantity.setScale(QUANTITY_SCALE, RoundingMode.HALF_UP);
		}
		return new DistributionEntry(e.rowNumber(), DecisionRepository.truncate(e.code(), 32),
				DecisionRepository.truncate(e.town(), 400), DecisionRepository.truncate(e.site(), 400), quantity,
				e.doneDate(), DecisionRepository.truncate(e.remarks(), 1000));
	}

}
