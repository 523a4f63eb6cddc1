package cn.minsheng.rollup.job;

import java.time.LocalDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.ledger.Outcome;
import cn.minsheng.rollup.report.RunFiles;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * Starts one nightly run, or completes the last one when it died: a run left FAILED, or left STARTED by a killed
 * process, is restarted (Spring Batch restart) instead of starting a new one. Callers hold the {@link RunLock}, so an
 * execution still marked running belongs to a dead process.
 */
@Component
public class NightlyRunner {

	private static final Logger log = LoggerFactory.getLogger(NightlyRunner.class);

	private final JobOperator jobOperator;

	private final JobRepository jobRepository;

	private final Job nightlyIntakeJob;

	private final RollupProperties properties;

	private final RunNotes notes;

	private final NightlyReports reports;

	public NightlyRunner(JobOperator jobOperator, JobRepository jobRepository, Job nightlyIntakeJob,
			RollupProperties properties, RunNotes notes, NightlyReports reports) {
		this.reports = reports;
		this.jobOperator = jobOperator;
		this.jobRepository = jobRepository;
		this.nightlyIntakeJob = nightlyIntakeJob;
		this.properties = properties;
		this.notes = notes;
	}

	/**
	 * Runs the night; the caller holds the {@link RunLock}. Logs one line when it starts and one when it ends, with the
	 * files by outcome and the result: what an operator reads in the log of a night.
	 */
	public JobExecution runOnce() throws Exception {
		long started = System.nanoTime();
		log.info("run.started data={} input={}", this.properties.dataDir(), this.properties.inputDir());
		JobExecution execution;
		try {
			execution = start();
		}
		catch (Exception | Error ex) {
			log.error("run.ended result=FAILED reason={} millis={}", ex.getMessage(), millis(started));
			throw ex;
		}
		long runId = execution.getJobInstance().getInstanceId();
		RunFiles files = this.reports.lastRun(runId).orElseGet(() -> this.reports.runFiles(runId));
		log.info("run.ended run={} result={} files={} accepted={} rejected={} duplicates={} problems={} millis={}",
				runId, execution.getStatus(), files.files().size(), files.count(Outcome.ACCEPTED),
				files.count(Outcome.REJECTED), files.count(Outcome.DUPLICATE), this.notes.list().size(),
				millis(started));
		return execution;
	}

	private static long millis(long started) {
		return (System.nanoTime() - started) / 1_000_000;
	}

	private JobExecution start() throws Exception {
		LeftoverFiles.clear(this.properties);
		this.notes.clear();
		JobInstance last = this.jobRepository.getLastJobInstance(this.nightlyIntakeJob.getName());
		if (last != null) {
			JobExecution lastExecution = this.jobRepository.getLastJobExecution(last);
			if (lastExecution != null && lastExecution.getStatus().isRunning()) {
				log.warn("run.recovering-abandoned execution={}", lastExecution.getId());
				lastExecution = this.jobOperator.recover(lastExecution);
			}
			if (lastExecution != null && (lastExecution.getStatus() == BatchStatus.FAILED
					|| lastExecution.getStatus() == BatchStatus.STOPPED)) {
				log.info("run.restarting execution={} instance={}", lastExecution.getId(), last.getInstanceId());
				return this.jobOperator.restart(lastExecution);
			}
		}
		JobParameters parameters = new JobParametersBuilder()
			.addString("run.started", LocalDateTime.now().toString())
			.toJobParameters();
		return this.jobOperator.start(this.nightlyIntakeJob, parameters);
	}

}
