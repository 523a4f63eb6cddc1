package cn.minsheng.rollup.job;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.transaction.PlatformTransactionManager;

import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.ledger.SubmissionRepository;

/**
 * Attempt accounting of the one-at-a-time decide step: each file is charged an attempt before it is processed, in a
 * transaction of its own written to disk at once, so a file that kills the process is refused once it has done so
 * {@code rollup.max-attempts} times ({@link FormAnalysisProcessor} and intake refuse a file over its attempts).
 */
class AttemptCharges implements ItemReadListener<Submission>, StepExecutionListener {

	private final SubmissionRepository submissions;

	private final LedgerWriteNow writeNow;

	/** Attempts charged to files read but not yet processed. */
	private final Map<Long, Integer> charged = new ConcurrentHashMap<>();

	AttemptCharges(SubmissionRepository submissions, PlatformTransactionManager transactionManager,
			LedgerSync ledgerSync) {
		this.submissions = submissions;
		this.writeNow = new LedgerWriteNow(transactionManager, ledgerSync);
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		this.charged.clear();
	}

	/** Runs on the step's thread, after the file is read from the cursor and before it is processed. */
	@Override
	public void afterRead(Submission file) {
		Integer attempts = this.writeNow.write(() -> this.submissions.countAttempt(file.id()));
		this.charged.put(file.id(), attempts);
	}

	/** The file with its attempts as counted now, the charge of this run included. */
	Submission counted(Submission file) {
		Integer attempts = this.charged.remove(file.id());
		return attempts == null ? file : file.withAttempts(attempts);
	}

}
