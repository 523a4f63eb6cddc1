package cn.minsheng.rollup.job;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.PlatformTransactionManager;

import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.ledger.SubmissionRepository;

/**
 * The killer-file guarantee of the concurrent decide step: before a file is handed to the processors it is marked in
 * the ledger as read beside others, on disk, so a run that dies while reading it leaves it (and the files read beside
 * it) suspect. Nothing is charged: a run dying then does not say which of them killed it. The next run reads the
 * suspects one at a time, each charged an attempt first ({@link AttemptCharges}), so the file that kills the process
 * uses up its attempts and its neighbours keep theirs.
 * <p>
 * Marks are taken {@value #WINDOW} files at a time, in file order, in a transaction of their own, so that most files
 * cost no commit of their own. Marking a file that then is not read before a crash only means the next run reads it
 * alone.
 */
class ReadAheadMarks implements ItemReadListener<Submission>, StepExecutionListener {

	/** Files marked in one transaction. */
	static final int WINDOW = 32;

	private final SubmissionRepository submissions;

	private final LedgerWriteNow writeNow;

	private final Set<Long> marked = new HashSet<>();

	ReadAheadMarks(SubmissionRepository submissions, PlatformTransactionManager transactionManager,
			LedgerSync ledgerSync) {
		this.submissions = submissions;
		this.writeNow = new LedgerWriteNow(transactionManager, ledgerSync);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.marked.clear();
	}

	/** Runs on the step's thread, after the file is read from the cursor and before it is processed. */
	@Override
	public void afterRead(Submission file) {
		if (this.marked.contains(file.id())) {
			return;
		}
		// the step started with no pending file marked, so the first unmarked files in file order start at this one
		List<Long> window = this.writeNow.write(() -> {
			List<Long> ids = this.submissions.findPendingNotReadAhead(WINDOW);
			this.submissions.markReadAhead(ids);
			return ids;
		});
		this.marked.addAll(window);
		if (!this.marked.contains(file.id())) {
			throw new IllegalStateException("file " + file.id() + " is not among the next pending files " + window);
		}
	}

	@Override
	public ExitStatus afterStep(StepExecution stepExecution) {
		this.marked.clear();
		return null;
	}

}
