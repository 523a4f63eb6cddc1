package cn.minsheng.rollup.job;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A ledger write that must outlive the process: made in a transaction of its own (committed whatever the step's
 * transaction then does) and written to the ledger file at once ({@link LedgerSync#writeNow()}), before the file it
 * marks is read. The marks of the killer-file guarantee ({@link ReadAheadMarks}, {@link AttemptCharges}) are made so.
 */
class LedgerWriteNow {

	private final TransactionTemplate ownTransaction;

	private final LedgerSync ledgerSync;

	LedgerWriteNow(PlatformTransactionManager transactionManager, LedgerSync ledgerSync) {
		this.ownTransaction = new TransactionTemplate(transactionManager);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.ledgerSync = ledgerSync;
	}

	/** Runs the write, commits it and writes the ledger file; returns what the write returned. */
	<T> T write(Supplier<T> write) {
		T result = this.ownTransaction.execute((status) -> write.get());
		this.ledgerSync.writeNow();
		return result;
	}

}
