package cn.minsheng.rollup.job;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.minsheng.rollup.intake.FormAnalysis;
import cn.minsheng.rollup.intake.FormIntake;
import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.ledger.SubmissionRepository;
import cn.minsheng.rollup.system.TaskGroup;
import cn.minsheng.rollup.validation.PriorFigures;

/**
 * Hands out the registered files still to be decided, oldest month first. The ledger is the cursor: whatever an
 * interrupted run left pending is simply read again. A file processed alone is charged an attempt, in its own
 * transaction written to disk at once, before its reading starts, so a file that kills the process is not retried
 * forever.
 * <p>
 * With more than one thread, the next files are read and checked ahead on a small pool while the step decides them one
 * by one in this order, so the ledger ends as a one-thread run leaves it: a check that compared with an earlier month
 * decided in the meantime is made again. Files read side by side are only marked, not charged, because a run dying
 * then does not say which of them killed it; the next run reads each marked file alone, charged first. So the file
 * that kills the process uses up its attempts and the files read beside it keep theirs.
 */
public class PendingSubmissionReader implements ItemStreamReader<SubmissionToDecide> {

	private static final Logger log = LoggerFactory.getLogger(PendingSubmissionReader.class);

	/** Files marked as read ahead in one transaction. */
	static final int MARK_WINDOW = 32;

	private final SubmissionRepository submissions;

	private final TransactionTemplate ownTransaction;

	private final LedgerSync ledgerSync;

	private final FormIntake intake;

	private final PriorFigures ledger;

	private final int threads;

	private final int maxAttempts;

	/** Files whose reading has started, after the one handed out last, in file order. */
	private final Deque<ReadAhead> ahead = new ArrayDeque<>();

	private List<Submission> queue;

	/** Pending files that a run which did not finish had read ahead. */
	private Set<Long> readAheadBefore = Set.of();

	/** Index in the queue of the next file to hand out. */
	private int next;

	/** Files of the queue before this index are marked as read ahead. */
	private int markedUpTo;

	private final TaskExecutor executor;

	private TaskGroup reading;

	/**
	 * @param ledger the earlier months as the ledger holds them, to confirm a check made ahead
	 * @param threads files read at once; 1 reads each file when the step asks for its analysis
	 * @param executor where files are read ahead (at least {@code threads} threads)
	 * @param maxAttempts a file handed out more often than this is not read again (intake refuses it)
	 */
	public PendingSubmissionReader(SubmissionRepository submissions, PlatformTransactionManager transactionManager,
			LedgerSync ledgerSync, FormIntake intake, PriorFigures ledger, int threads, TaskExecutor executor,
			int maxAttempts) {
		this.submissions = submissions;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.ledgerSync = ledgerSync;
		this.intake = intake;
		this.ledger = ledger;
		this.threads = Math.max(1, threads);
		this.executor = executor;
		this.maxAttempts = maxAttempts;
	}

	@Override
	public void open(ExecutionContext executionContext) {
		this.queue = null;
		this.next = 0;
		this.markedUpTo = 0;
		this.ahead.clear();
	}

	@Override
	public SubmissionToDecide read() {
		if (this.queue == null) {
			this.queue = this.submissions.findPending();
			this.readAheadBefore = this.submissions.findPendingReadAhead();
			log.info("intake.pending files={} threads={} suspects={}", this.queue.size(), this.threads,
					this.readAheadBefore.size());
		}
		if (this.next >= this.queue.size()) {
			shutdown();
			return null;
		}
		Submission head = this.queue.get(this.next++);
		if (this.threads == 1) {
			boolean suspect = suspect(head);
			Submission claimed = this.ownTransaction.execute((status) -> charge(head));
			this.ledgerSync.writeNow();
			return new SubmissionToDecide(claimed, () -> this.intake.analyze(claimed, suspect), () -> {
			});
		}
		ReadAhead current = handOut(head, this.ahead.pollFirst());
		return new SubmissionToDecide(current.submission(), current::await, current::settle);
	}

	/**
	 * Starts the files to read now, the head first if it was not read ahead. A suspect file (read alone) is charged an
	 * attempt first; the others are marked as read ahead before their reading starts, {@value #MARK_WINDOW} files at a
	 * time, so that most hand-outs need no transaction of their own; charges and marks are on disk before any reading
	 * starts. Marking a file that then is not read before a crash only means the next run reads it alone.
	 */
	private ReadAhead handOut(Submission head, ReadAhead started) {
		int first = started == null ? this.next - 1 : this.next + this.ahead.size();
		List<Submission> plan = plan(head, started);
		List<Boolean> suspects = plan.stream().map(this::suspect).toList();
		boolean charge = suspects.contains(true);
		boolean mark = IntStream.range(0, plan.size()).anyMatch((i) -> !suspects.get(i) && first + i >= this.markedUpTo);
		List<Submission> begun = !charge && !mark ? plan : this.ownTransaction.execute((status) -> {
			if (mark) {
				markWindow(first + plan.size());
			}
			List<Submission> files = new ArrayList<>();
			for (int i = 0; i < plan.size(); i++) {
				files.add(suspects.get(i) ? charge(plan.get(i)) : plan.get(i));
			}
			return files;
		});
		if (charge || mark) {
			this.ledgerSync.writeNow();
		}
		ReadAhead headRead = started;
		for (int i = 0; i < begun.size(); i++) {
			ReadAhead reading = start(begun.get(i), suspects.get(i));
			if (begun.get(i).id() == head.id()) {
				headRead = reading;
			}
			else {
				this.ahead.addLast(reading);
			}
		}
		return headRead;
	}

	/** Marks the queue from where the last window ended to at least {@code end}, a window at a time. */
	private void markWindow(int end) {
		int from = this.markedUpTo;
		int to = from;
		while (to < end) {
			to = Math.min(this.queue.size(), to + MARK_WINDOW);
		}
		this.submissions.markReadAhead(this.queue.subList(from, to).stream().map(Submission::id).toList());
		this.markedUpTo = to;
	}

	/**
	 * The files to start reading now: the head itself if it was not read ahead, then up to {@code threads} files after
	 * it. A suspect file (attempts, or read ahead by a run that died) starts only when nothing else is being read, and
	 * nothing starts beside it.
	 */
	private List<Submission> plan(Submission head, ReadAhead started) {
		List<Submission> plan = new ArrayList<>();
		boolean headReading = started == null || !started.done();
		boolean aloneNeeded = (started == null && suspect(head)) || (started != null && started.suspect() && headReading)
				|| this.ahead.stream().anyMatch(ReadAhead::suspect);
		if (started == null) {
			plan.add(head);
		}
		int index = this.next + this.ahead.size();
		while (!aloneNeeded && index < this.queue.size() && this.ahead.size() + plan.size() - (started == null ? 1 : 0)
				< this.threads) {
			Submission file = this.queue.get(index);
			if (suspect(file)) {
				if (headReading || !this.ahead.isEmpty() || plan.size() > (started == null ? 1 : 0)) {
					break;
				}
				aloneNeeded = true;
			}
			plan.add(file);
			index++;
		}
		return plan;
	}

	private boolean suspect(Submission file) {
		return file.attempts() > 0 || this.readAheadBefore.contains(file.id());
	}

	/** Counts an attempt for a file; call inside the reader's own transaction. */
	private Submission charge(Submission submission) {
		return submission.withAttempts(this.submissions.countAttempt(submission.id()));
	}

	private ReadAhead start(Submission file, boolean suspect) {
		Future<FormAnalysis> analysis = file.attempts() > this.maxAttempts ? null
				: reading().submit(() -> this.intake.analyze(file, suspect));
		return new ReadAhead(file, suspect, analysis, this.intake, this.ledger);
	}

	private TaskGroup reading() {
		if (this.reading == null) {
			this.reading = new TaskGroup(this.executor);
		}
		return this.reading;
	}

	@Override
	public void close() {
		shutdown();
	}

	private void shutdown() {
		if (this.reading == null) {
			return;
		}
		// a file being read finishes its rows; the next run replaces them
		this.reading.cancelAndAwait(Duration.ofMinutes(1));
		this.reading = null;
	}

}
