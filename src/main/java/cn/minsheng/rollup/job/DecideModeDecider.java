package cn.minsheng.rollup.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.flow.FlowExecutionStatus;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.step.StepExecution;

import cn.minsheng.rollup.ledger.SubmissionRepository;

/**
 * Chooses how tonight's files are decided: concurrently in chunks, or one at a time, each charged an attempt first,
 * when {@code rollup.intake.threads} is 1 or a file still to decide may have killed a run (it was charged, or read
 * beside others by a run that did not finish).
 */
class DecideModeDecider implements JobExecutionDecider {

	static final FlowExecutionStatus ONE_AT_A_TIME = new FlowExecutionStatus("ONE_AT_A_TIME");

	static final FlowExecutionStatus CONCURRENT = new FlowExecutionStatus("CONCURRENT");

	private static final Logger log = LoggerFactory.getLogger(DecideModeDecider.class);

	private final SubmissionRepository submissions;

	private final int threads;

	DecideModeDecider(SubmissionRepository submissions, int threads) {
		this.submissions = submissions;
		this.threads = threads;
	}

	@Override
	public FlowExecutionStatus decide(JobExecution jobExecution, StepExecution stepExecution) {
		boolean suspects = this.submissions.anyPendingSuspect();
		FlowExecutionStatus mode = this.threads == 1 || suspects ? ONE_AT_A_TIME : CONCURRENT;
		log.info("intake.mode {} threads={} suspects={}", mode.getName(), this.threads, suspects);
		return mode;
	}

}
