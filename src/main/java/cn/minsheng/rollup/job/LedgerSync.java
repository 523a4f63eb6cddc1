package cn.minsheng.rollup.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the ledger to disk at the moments that must outlive the process. H2 keeps committed changes in memory for up
 * to half a second ({@code WRITE_DELAY}); a process killed then loses them, which is harmless for a decision (the file
 * is simply decided again) but not at three moments:
 * <ul>
 * <li>before originals are moved: a move must never outlive the decision that ordered it, or the next run would no
 * longer find the file it was to decide; even a power cut must not undo it, so {@code CHECKPOINT SYNC} writes and
 * fsyncs the H2 file first ({@link #beforeStep});</li>
 * <li>before a file is read that may kill the process: the attempt charged to it, or the mark that it is read beside
 * others, must be on disk, or a file that kills every run would be retried forever ({@link #writeNow()});</li>
 * <li>when a run starts ({@link #beforeJob}): a run that dies is completed by the next one under its own number (the
 * 第N次 of its run report); had its start been lost, the next run would take a new number, H2 skipping the numbers it
 * had handed out in memory.</li>
 * </ul>
 */
@Component
public class LedgerSync implements StepExecutionListener, JobExecutionListener {

	private static final Logger log = LoggerFactory.getLogger(LedgerSync.class);

	private final JdbcTemplate jdbc;

	public LedgerSync(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		writeNow();
	}

	@Override
	public void beforeStep(StepExecution stepExecution) {
		execute("CHECKPOINT SYNC");
	}

	/**
	 * Writes what is committed to the ledger file now, as a commit did with no write delay: enough for a process that
	 * dies, not an fsync. Call after the commit to be kept.
	 */
	public void writeNow() {
		execute("CHECKPOINT");
	}

	private void execute(String command) {
		try {
			this.jdbc.execute(command);
		}
		catch (DataAccessException ex) {
			// not H2 (spring.datasource.url names another database): that database keeps its own durability
			log.warn("ledger.sync-failed command={} reason={}", command, ex.getMessage());
		}
	}

}
