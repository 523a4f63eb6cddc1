package cn.minsheng.rollup.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Forces the ledger to disk before originals are moved. A move must never outlive the decision that ordered it:
 * after a power cut the file system may keep a move whose ledger record the database had not yet written, and the next
 * run would no longer find the file it was to decide. {@code CHECKPOINT SYNC} writes and fsyncs the H2 file first.
 */
@Component
public class LedgerSync implements StepExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(LedgerSync.class);

	private final JdbcTemplate jdbc;

	public LedgerSync(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		try {
			this.jdbc.execute("CHECKPOINT SYNC");
		}
		catch (DataAccessException ex) {
			// not H2 (spring.datasource.url names another database): that database keeps its own durability
			log.warn("ledger.sync-failed reason={}", ex.getMessage());
		}
	}

}
