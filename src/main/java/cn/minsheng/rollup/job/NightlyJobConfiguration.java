package cn.minsheng.rollup.job;

import org.springframework.batch.core.job.Job;
import javax.sql.DataSource;

import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.job.flow.support.SimpleFlow;
import org.springframework.batch.core.job.flow.JobExecutionDecider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
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
 * The nightly job: register new files → decide them (read and checked concurrently, decided in file order, a
 * transaction per chunk; one at a time after a run that died on a file) → move the originals and, beside that, write
 * the summaries of months with new data → write the run report. Every step works from the ledger's state, so a
 * restarted run continues where the dead one stopped.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

	public static final String JOB_NAME = "nightlyIntakeJob";

	/** Originals moved per chunk of the placing step. */
	static final int PLACE_CHUNK = 32;

	@Bean
	Job nightlyIntakeJob(JobRepository jobRepository, Step registerFilesStep, Step decideFilesStep,
			Step decideFilesOneAtATimeStep, Step placeOriginalsStep, Step writeSummariesStep,
			Step writeRunReportStep, LedgerSync ledgerSync, SubmissionRepository submissions,
			@Value("${rollup.intake.threads:0}") int threads,
			@Qualifier(BackgroundExecutors.NIGHT_FLOWS) ThreadPoolTaskExecutor nightFlows) {
		JobExecutionDecider mode = new DecideModeDecider(submissions, BackgroundExecutors.intakeThreads(threads));
		Flow afterDeciding = afterDeciding(placeOriginalsStep, writeSummariesStep, nightFlows);
		return new JobBuilder(JOB_NAME, jobRepository).listener(ledgerSync)
			.start(registerFilesStep)
			.next(mode)
			.on(DecideModeDecider.ONE_AT_A_TIME.getName())
			.to(decideFilesOneAtATimeStep)
			.next(afterDeciding)
			.next(writeRunReportStep)
			.from(mode)
			.on(DecideModeDecider.CONCURRENT.getName())
			.to(decideFilesStep)
			.next(afterDeciding)
			.end()
			.build();
	}

	/**
	 * Once the files are decided, the originals are moved while the summaries are written: the summaries need only
	 * the decisions, and for a province the summary workbook is the longest piece of the night after deciding.
	 */
	private static Flow afterDeciding(Step placeOriginalsStep, Step writeSummariesStep, ThreadPoolTaskExecutor flows) {
		Flow placing = new FlowBuilder<SimpleFlow>("placeOriginalsFlow").start(placeOriginalsStep).build();
		Flow summarising = new FlowBuilder<SimpleFlow>("writeSummariesFlow").start(writeSummariesStep).build();
		return new FlowBuilder<SimpleFlow>("afterDecidingFlow").split(flows).add(placing, summarising).build();
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
	 * The night's files read, identified and checked {@code rollup.intake.chunk-size} at a time, concurrently on the
	 * intake pool ({@code rollup.intake.threads}, 0: one per core), then decided in file order and stored in one
	 * transaction per chunk. Before its reading starts each file is marked in the ledger as read beside others.
	 * <p>
	 * The ledger alone is the step's state, not its execution context: the cursor is the files still pending
	 * (whatever a dead run left undecided is simply read again, so the reader saves no position), and the marks and
	 * attempts that the killer-file guarantee rests on must be on disk before a file's reading starts, while the
	 * execution context is written only when a chunk commits.
	 */
	@Bean
	Step decideFilesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource, SubmissionRepository submissions, FormIntake intake, DecisionRepository decisions,
			PriorFigures ledger, RollupProperties properties, DecideProgress progress, LedgerSync ledgerSync,
			@Value("${rollup.intake.chunk-size:16}") int chunkSize,
			@Qualifier(BackgroundExecutors.INTAKE) ThreadPoolTaskExecutor intakeExecutor) {
		return new StepBuilder("decideFilesStep", jobRepository).<Submission, AnalyzedSubmission>chunk(chunkSize)
			.transactionManager(transactionManager)
			.reader(pendingSubmissions(dataSource))
			.processor(new FormAnalysisProcessor(intake, submissions, properties.maxAttempts(), (file) -> file, false))
			.writer(new DecisionWriter(intake, decisions, ledger))
			.taskExecutor(intakeExecutor)
			.listener(new ReadAheadMarks(submissions, transactionManager, ledgerSync))
			.listener(progress)
			.allowStartIfComplete(true)
			.build();
	}

	/**
	 * The decide step one file per chunk on the step's thread, each file charged an attempt before it is read: for
	 * {@code rollup.intake.threads=1}, and for the night after a run that died with files suspected of killing it.
	 */
	@Bean
	Step decideFilesOneAtATimeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource, SubmissionRepository submissions, FormIntake intake, DecisionRepository decisions,
			PriorFigures ledger, RollupProperties properties, DecideProgress progress, LedgerSync ledgerSync) {
		AttemptCharges charges = new AttemptCharges(submissions, transactionManager, ledgerSync);
		return new StepBuilder("decideFilesOneAtATimeStep", jobRepository).<Submission, AnalyzedSubmission>chunk(1)
			.transactionManager(transactionManager)
			.reader(pendingSubmissions(dataSource))
			.processor(new FormAnalysisProcessor(intake, submissions, properties.maxAttempts(), charges::counted, true))
			.writer(new DecisionWriter(intake, decisions, ledger))
			.listener(charges)
			.listener(progress)
			.allowStartIfComplete(true)
			.build();
	}

	/** The files still to decide, in file order. */
	private static JdbcCursorItemReader<Submission> pendingSubmissions(DataSource dataSource) {
		return ledgerCursor("pendingSubmissionReader", SubmissionRepository.PENDING_IN_ORDER, dataSource);
	}

	/** Submissions in a state, read from the ledger; the ledger is the cursor, so no position is saved. */
	private static JdbcCursorItemReader<Submission> ledgerCursor(String name, String sql, DataSource dataSource) {
		return new JdbcCursorItemReaderBuilder<Submission>().name(name)
			.dataSource(dataSource)
			.sql(sql)
			.rowMapper(SubmissionRepository.rowMapper())
			.saveState(false)
			.build();
	}

	/**
	 * Moves each decided original out of the input folder, {@value #PLACE_CHUNK} files a chunk: the originals' digests
	 * are checked on all cores (the digest pool), the moves made on the step's thread in file order, and each chunk's
	 * files marked placed in one transaction. A move never outlives its decision: the ledger is written to disk,
	 * fsynced, before the step starts ({@link LedgerSync#beforeStep}); a move whose mark was lost is found made.
	 */
	@Bean
	Step placeOriginalsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			DataSource dataSource, OriginalPlacement placement, LedgerSync ledgerSync, RunNotes notes,
			@Qualifier(BackgroundExecutors.DIGESTS) ThreadPoolTaskExecutor digestExecutor) {
		return new StepBuilder("placeOriginalsStep", jobRepository).<Submission, OriginalToPlace>chunk(PLACE_CHUNK)
			.transactionManager(transactionManager)
			.reader(ledgerCursor("decidedSubmissionReader", SubmissionRepository.DECIDED_IN_ORDER, dataSource))
			.processor((file) -> new OriginalToPlace(file, placement.digestOf(file)))
			.writer((chunk) -> {
				for (OriginalToPlace file : chunk) {
					placement.place(file.submission(), file.digest(), notes::add);
				}
			})
			.taskExecutor(digestExecutor)
			.listener(ledgerSync)
			.allowStartIfComplete(true)
			.build();
	}

	/**
	 * The summary of every month with newly accepted data, and their follow-ups (the dispatch documents); a summary
	 * that cannot be written is reported by the run report's step.
	 */
	@Bean
	Step writeSummariesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			NightlyReports reports) {
		return new StepBuilder("writeSummariesStep", jobRepository).tasklet((contribution, context) -> {
			long runId = context.getStepContext().getStepExecution().getJobExecution().getJobInstance().getInstanceId();
			contribution.incrementWriteCount(reports.writeSummaries(runId).size());
			return RepeatStatus.FINISHED;
		}, transactionManager).allowStartIfComplete(true).build();
	}

	/** The run report, once the originals are moved; then, once December is accepted for every unit, the year end. */
	@Bean
	Step writeRunReportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			NightlyReports reports, YearendService yearend) {
		return new StepBuilder("writeRunReportStep", jobRepository).tasklet((contribution, context) -> {
			var jobExecution = context.getStepContext().getStepExecution().getJobExecution();
			reports.writeRunReport(jobExecution.getJobInstance().getInstanceId(), jobExecution.getStartTime());
			yearend.writeIfYearComplete();
			return RepeatStatus.FINISHED;
		}, transactionManager).allowStartIfComplete(true).build();
	}

}
