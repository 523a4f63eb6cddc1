package cn.minsheng.rollup.intake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.ledger.SubmissionRepository;
import cn.minsheng.rollup.validation.PriorFigures;

/**
 * Hands out the registered files still to be decided, oldest month first. The ledger is the cursor: whatever an
 * interrupted run left pending is simply read again. Each hand-out counts an attempt in its own transaction, so a file
 * that kills the process is not retried forever.
 * <p>
 * With more than one thread, the next files are read and checked ahead on a small pool while the step decides them one
 * by one in this order, so the ledger ends as a one-thread run leaves it: a check that compared with an earlier month
 * decided in the meantime is made again. A file that an earlier run died on is read alone, so that a file which kills
 * the process does not use up the attempts of the files read beside it.
 */
public class PendingSubmissionReader implements ItemStreamReader<SubmissionToDecide> {

	private static final Logger log = LoggerFactory.getLogger(PendingSubmissionReader.class);

	private final SubmissionRepository submissions;

	private final TransactionTemplate ownTransaction;

	private final FormIntake intake;

	private final PriorFigures ledger;

	private final int threads;

	private final int maxAttempts;

	private final Deque<Ahead> ahead = new ArrayDeque<>();

	private List<Submission> queue;

	private int scheduled;

	private ExecutorService pool;

	/** The file last handed out; the step may still be waiting for its analysis. */
	private Ahead current;

	/**
	 * @param ledger the earlier months as the ledger holds them, to confirm a check made ahead
	 * @param threads files read at once; 1 reads each file when the step asks for its analysis
	 * @param maxAttempts a file handed out more often than this is not read again (intake refuses it)
	 */
	public PendingSubmissionReader(SubmissionRepository submissions, PlatformTransactionManager transactionManager,
			FormIntake intake, PriorFigures ledger, int threads, int maxAttempts) {
		this.submissions = submissions;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.intake = intake;
		this.ledger = ledger;
		this.threads = Math.max(1, threads);
		this.maxAttempts = maxAttempts;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.queue = null;
		this.scheduled = 0;
		this.ahead.clear();
		this.current = null;
	}

	@Override
	public SubmissionToDecide read() {
		if (this.queue == null) {
			this.queue = this.submissions.findPending();
			log.info("intake.pending files={} threads={}", this.queue.size(), this.threads);
		}
		if (this.threads == 1) {
			if (this.scheduled >= this.queue.size()) {
				return null;
			}
			Submission submission = claim(this.queue.get(this.scheduled++));
			return new SubmissionToDecide(submission, () -> this.intake.analyze(submission), () -> {
			});
		}
		scheduleAhead();
		this.current = this.ahead.pollFirst();
		if (this.current == null) {
			shutdown();
			return null;
		}
		if (this.threads > 1) {
			// with one thread nothing is read ahead: a crash then charges an attempt only to the file it died on
			scheduleAhead();
		}
		return new SubmissionToDecide(this.current.submission(), this.current::await, this.current::settle);
	}

	/**
	 * Keeps up to {@code threads} files being read beyond the one being decided. A file an earlier run died on (it
	 * has attempts already) starts only when nothing else is being read, and nothing starts beside it.
	 */
	private void scheduleAhead() {
		while (this.scheduled < this.queue.size() && this.ahead.size() < this.threads) {
			Submission next = this.queue.get(this.scheduled);
			boolean suspect = next.attempts() > 0;
			boolean currentReading = this.current != null && !this.current.done();
			if ((suspect && (!this.ahead.isEmpty() || currentReading)) || this.ahead.stream().anyMatch(Ahead::suspect)
					|| (currentReading && this.current.suspect())) {
				return;
			}
			Submission claimed = claim(next);
			Future<FormAnalysis> analysis = claimed.attempts() > this.maxAttempts ? null
					: pool().submit(() -> this.intake.analyze(claimed));
			this.ahead.addLast(new Ahead(claimed, suspect, analysis));
			this.scheduled++;
		}
	}

	private Submission claim(Submission submission) {
		int attempts = this.ownTransaction.execute((status) -> this.submissions.countAttempt(submission.id()));
		return new Submission(submission.id(), submission.fileName(), submission.sourcePath(), submission.sha256(),
				submission.sizeBytes(), submission.receivedAt(), submission.runId(), submission.state(),
				submission.outcome(), submission.rejectionKind(), submission.reason(), submission.unit(),
				submission.period(), submission.version(), submission.late(), submission.warningCount(),
				submission.errorCount(), submission.storedPath(), submission.feedbackPath(), attempts);
	}

	private ExecutorService pool() {
		if (this.pool == null) {
			AtomicInteger n = new AtomicInteger();
			this.pool = Executors.newFixedThreadPool(this.threads, (task) -> {
				Thread thread = new Thread(task, "intake-" + n.incrementAndGet());
				thread.setDaemon(true);
				return thread;
			});
		}
		return this.pool;
	}

	@Override
	public void close() {
		shutdown();
	}

	private void shutdown() {
		if (this.pool == null) {
			return;
		}
		this.pool.shutdownNow();
		try {
			// a file being read finishes its rows; the next run replaces them
			this.pool.awaitTermination(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.pool = null;
	}

	/** A file handed to the pool, in file order. */
	private final class Ahead {

		private final Submission submission;

		private final boolean suspect;

		private final Future<FormAnalysis> analysis;

		Ahead(Submission submission, boolean suspect, Future<FormAnalysis> analysis) {
			this.submission = submission;
			this.suspect = suspect;
			this.analysis = analysis;
		}

		Submission submission() {
			return this.submission;
		}

		boolean suspect() {
			return this.suspect;
		}

		boolean done() {
			return this.analysis == null || this.analysis.isDone();
		}

		FormAnalysis await() {
			if (this.analysis == null) {
				throw new IllegalStateException("file " + this.submission.id() + " was not read: too many attempts");
			}
			FormAnalysis done = result();
			if (done.stillCurrent(PendingSubmissionReader.this.ledger)) {
				return done;
			}
			log.info("intake.recheck submission={} unit={} (an earlier month of the unit was decided meanwhile)",
					this.submission.id(), done.identity().unit());
			return PendingSubmissionReader.this.intake.analyze(this.submission);
		}

		/** Waits for the reading to end; its failure, if any, is reported by {@link #await()} when the step asks. */
		void settle() {
			if (this.analysis == null) {
				return;
			}
			try {
				this.analysis.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			catch (ExecutionException ex) {
				// not needed for the decision (a duplicate, say): nothing of it is kept
			}
		}

		private FormAnalysis result() {
			try {
				return this.analysis.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted while reading file " + this.submission.id(), ex);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}

	}

}
