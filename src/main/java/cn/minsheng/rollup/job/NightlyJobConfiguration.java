package cn.minsheng.rollup.job;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import cn.minsheng.rollup.intake.FormIntake;
import cn.minsheng.rollup.intake.InputRegistration;
import cn.minsheng.rollup.intake.OriginalPlacement;
import cn.minsheng.rollup.ledger.DecisionRepository;
import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.ledger.SubmissionRepository;
import cn.minsheng.rollup.system.BackgroundExecutors;
import cn.minsheng.rollup.system.CrashPoints;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.validation.PriorFigures;
import cn.minsheng.rollup.yearend.YearendService;

/**
 * The nightly job: register new files → decide each file (one transaction per file) → move the originals → write
 * the summaries of months with new data → write the run report. Every step works from the ledger's state, so a
 * restarted run continues where the dead one stopped.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

	public static final String JOB_NAME = "nightlyIntakeJob";

	@Bean
	Job nightlyIntakeJob(JobRepository jobRepository, Step registerFilesStep, Step decideFilesStep,
			Step placeOriginalsStep, Step writeReportsStep, LedgerSync ledgerSync) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(ledgerSync)
			.start(registerFilesStep)
			.next(decideFilesStep)
			.next(placeOriginalsStep)
			.next(writeReportsStep)
			.build();
	}

	@Bean
	Step registerFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			InputRegistration registration) {
		return new StepBuilder("registerFilesStep", jobRepository).tasklet((contribution, context) -> {
			long runId = context.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
			CrashPoints.reached("start");
			contribution.incrementWriteCount(registration.registerNewFiles(runId));
			CrashPoints.reached("register");
			return RepeatStatus.FINISHED;
		}, transactionManager).allowStartIfComplete(true).build();
	}

	/**
	 * One transaction per file, decided in file order; with {@code rollup.intake.threads} above 1 (0: one per core)
	 * the next files are read and checked ahead on that many threads.
	 */
	@Bean
	Step decideFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			SubmissionRepository submissions, FormIntake intake, DecisionRepository decisions, PriorFigures ledger,
			RollupProperties properties, @Value("${rollup.intake.threads:0}") int threads, DecideProgress progress,
			LedgerSync ledgerSync, @Qualifier(BackgroundExecutors.INTAKE) TaskExecutor intakeExecutor) {
		int readers = BackgroundExecutors.intakeThreads(threads);
		return new StepBuilder("decideFilesStep", jobRepository).<SubmissionToDecide, DecidedSubmission>chunk(1)
			.transactionManager(transactionManager)
			.reader(new PendingSubmissionReader(submissions, transactionManager, ledgerSync, intake, ledger, readers,
					intakeExecutor, properties.maxAttempts()))
			.processor((item) -> new DecidedSubmission(item.submission(), item.decide(intake)))
			.writer((chunk) -> {
				chunk.forEach((item) -> decisions.store(item.submission().id(), item.decision()));
				CrashPoints.reached("decide");
			})
			.listener(progress)
			.allowStartIfComplete(true)
			.build();
	}

	@Bean
	Step placeOriginalsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			OriginalPlacement placement, LedgerSync ledgerSync, RunNotes notes) {
		return new StepBuilder("placeOriginalsStep", jobRepository).tasklet((contribution, context) -> {
			contribution.incrementWriteCount(placement.placeDecided(notes::add));
			return RepeatStatus.FINISHED;
		}, transactionManager).listener(ledgerSync).allowStartIfComplete(true).build();
	}

	/** The run report and the summaries; then, once December is accepted for every unit, the year-end documents. */
	@Bean
	Step writeReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			NightlyReports reports, YearendService yearend) {
		return new StepBuilder("writeReportsStep", jobRepository).tasklet((contribution, context) -> {
			var jobExecution = context.getStepContext().getStepExecution().getJobExecution();
			long runId = jobExecution.getJobInstance().getInstanceId();
			contribution.incrementWriteCount(reports.writeReports(runId, jobExecution.getStartTime()).size());
			yearend.writeIfYearComplete();
			return RepeatStatus.FINISHED;
		}, transactionManager).allowStartIfComplete(true).build();
	}

}
