package cn.minsheng.rollup.ledger;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import org.springframework.jdbc.core.JdbcTemplate;

import cn.minsheng.rollup.validation.DistributionEntry;

/**
 * Streams 项目分布清单 rows of one submission into the ledger in batches, so a million-row sheet never sits in
 * memory; create one per file, {@link #flush()} at the end, and close it.
 * <p>
 * The batches are written on a thread of their own while the file is read on, at most two behind, each committed on
 * its own: also when the caller reads inside a transaction, whose commit would otherwise carry a million-row undo log
 * and whose thread would otherwise do the inserts in turn with the reading. Rows stored for a file that is then not
 * decided (a killed run, a rolled-back decision) are what {@link #clear()} removes before the file is read again; a
 * rejected file's rows are removed when its decision is stored.
 */
public final class DistributionRowStore implements AutoCloseable {

	private static final int BATCH = 2000;

	private static final int BATCHES_IN_FLIGHT = 2;

	private static final String INSERT = "INSERT INTO distribution_row (submission_id, row_number, code, town, site, "
			+ "quantity, done_date, remarks) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final long submissionId;

	private final Semaphore inFlight = new Semaphore(BATCHES_IN_FLIGHT);

	private final List<Future<?>> written = new ArrayList<>();

	private List<DistributionEntry> buffer = new ArrayList<>(BATCH);

	private ExecutorService writer;

	private long stored;

	public DistributionRowStore(JdbcTemplate jdbc, long submissionId) {
		this.jdbc = jdbc;
		this.submissionId = submissionId;
	}

	/**
	 * Removes the rows stored for the submission so far: what a killed run streamed in before deciding it. Done on
	 * the writer's connection, committed before the first new row, so that no open transaction of the caller holds
	 * locks on the keys the new rows take.
	 */
	public void clear() {
		this.buffer.clear();
		this.written.add(writer().submit(() -> {
			this.jdbc.update("DELETE FROM distribution_row WHERE submission_id = ?", this.submissionId);
		}));
		awaitWritten();
		this.stored = 0;
	}

	public void add(DistributionEntry entry) {
		this.buffer.add(entry);
		if (this.buffer.size() >= BATCH) {
			write();
		}
	}

	/** Writes what is buffered; when it returns, every row added is in the ledger. */
	public void flush() {
		write();
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
			if (this.writer != null) {
				this.writer.shutdown();
			}
		}
	}

	private void write() {
		if (this.buffer.isEmpty()) {
			return;
		}
		List<DistributionEntry> batch = this.buffer;
		this.buffer = new ArrayList<>(BATCH);
		this.stored += batch.size();
		this.inFlight.acquireUninterruptibly();
		this.written.add(writer().submit(() -> {
			try {
				insert(batch);
			}
			finally {
				this.inFlight.release();
			}
		}));
		this.written.removeIf((done) -> done.isDone() && !failed(done));
	}

	private void insert(List<DistributionEntry> batch) {
		this.jdbc.batchUpdate(INSERT, batch, batch.size(), this::bind);
	}

	private ExecutorService writer() {
		if (this.writer == null) {
			this.writer = Executors.newSingleThreadExecutor((task) -> {
				Thread thread = new Thread(task, "distribution-rows-" + this.submissionId);
				thread.setDaemon(true);
				return thread;
			});
		}
		return this.writer;
	}

	private void awaitWritten() {
		for (Future<?> batch : this.written) {
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
