package cn.minsheng.rollup.intake;

import java.util.Optional;

import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.ledger.SubmissionRepository;

/**
 * Hands out the registered files still to be decided, oldest month first. The ledger is the cursor: whatever an
 * interrupted run left pending is simply read again. Each hand-out counts an attempt in its own transaction, so a file
 * that kills the process is not retried forever.
 */
public class PendingSubmissionReader implements ItemReader<Submission> {

	private final SubmissionRepository submissions;

	private final TransactionTemplate ownTransaction;

	public PendingSubmissionReader(SubmissionRepository submissions, PlatformTransactionManager transactionManager) {
		this.submissions = submissions;
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public Submission read() {
		Optional<Submission> next = this.submissions.nextPending();
		if (next.isEmpty()) {
			return null;
		}
		Submission submission = next.get();
		int attempts = this.ownTransaction.execute((status) -> this.submissions.countAttempt(submission.id()));
		return new Submission(submission.id(), submission.fileName(), submission.sourcePath(), submission.sha256(),
				submission.sizeBytes(), submission.receivedAt(), submission.runId(), submission.state(),
				submission.outcome(), submission.rejectionKind(), submission.reason(), submission.unit(),
				submission.period(), submission.version(), submission.late(), submission.warningCount(),
				submission.errorCount(), submission.storedPath(), submission.feedbackPath(), attempts);
	}

}
