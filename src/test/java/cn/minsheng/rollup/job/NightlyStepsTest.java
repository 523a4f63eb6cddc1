package cn.minsheng.rollup.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.intake.InputRegistration;
import cn.minsheng.rollup.sample.GeneratedForm;
import cn.minsheng.rollup.sample.SampleMistake;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly job's chunk steps, each started alone on files registered in a fresh ledger: what they read, wrote and
 * filtered, their exit status, and what the ledger and the folders say of each file afterwards; and which decide step
 * the night chooses.
 */
@SpringBatchTest
@SpringBootTest(properties = { "rollup.intake.threads=2", "rollup.intake.chunk-size=3", "rollup.max-attempts=3" })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class NightlyStepsTest {

	private static final Path ROOT = temp();

	/** Each test's context gets folders (and so a ledger) of its own. */
	private static final AtomicInteger RUN = new AtomicInteger();

	private static final YearMonth MARCH = YearMonth.of(2023, 3);

	private static final List<String> UNITS = List.of("县残联", "县水利局", "县教育局", "县民政局");

	@Autowired
	JobOperatorTestUtils batch;

	/** Run side by side with the summaries, inside a split the test utilities do not look into by name. */
	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("placeOriginalsStep")
	org.springframework.batch.core.step.Step placeOriginalsStep;

	@Autowired
	InputRegistration registration;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("rollup.input-dir", () -> run().resolve("input").toString());
		registry.add("rollup.output-dir", () -> run().resolve("output").toString());
		registry.add("rollup.data-dir", () -> run().resolve("data").toString());
		registry.add("rollup.catalog-file", () -> BundledCatalog.FILE.toAbsolutePath().toString());
		registry.add("rollup.quiet-period", () -> "0s");
	}

	@AfterEach
	void nextRunInFoldersOfItsOwn() {
		RUN.incrementAndGet();
	}

	@Test
	void concurrentStepReadsEveryPendingFileAndDecidesThemInFileOrderAChunkAtATime() throws IOException {
		List<GeneratedForm> forms = dropMarchForms(SampleMistake.TEXT_IN_NUMBER_CELL);
		Path resent = run().resolve("input").resolve("重发").resolve(forms.get(0).file().getFileName());
		Files.createDirectories(resent.getParent());
		Files.copy(forms.get(0).file(), resent);
		this.registration.registerNewFiles(0);

		JobExecution execution = this.batch.startStep("decideFilesStep");

		StepExecution step = execution.getStepExecutions().iterator().next();
		assertThat(step.getExitStatus()).isEqualTo(ExitStatus.COMPLETED);
		assertThat(step.getReadCount()).isEqualTo(5);
		assertThat(step.getWriteCount()).isEqualTo(5);
		assertThat(step.getFilterCount()).isZero();
		// five files in chunks of three
		assertThat(step.getCommitCount()).isEqualTo(2);
		assertThat(outcomes()).containsExactly("县残联 ACCEPTED 0", "县水利局 ACCEPTED 0", "县教育局 ACCEPTED 0",
				"县民政局 REJECTED 0", "县残联 DUPLICATE 0");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM submission WHERE NOT read_ahead").query(Integer.class).single())
			.as("files marked before their reading started").isZero();
	}

	@Test
	void oneAtATimeStepChargesEachFileBeforeReadingItAndRefusesAFileOverItsAttempts() throws IOException {
		dropMarchForms(null);
		this.registration.registerNewFiles(0);
		this.jdbc.sql("UPDATE submission SET attempts = 3 WHERE file_name LIKE '%县水利局%'").update();

		JobExecution execution = this.batch.startStep("decideFilesOneAtATimeStep");

		StepExecution step = execution.getStepExecutions().iterator().next();
		assertThat(step.getExitStatus()).isEqualTo(ExitStatus.COMPLETED);
		assertThat(step.getReadCount()).isEqualTo(4);
		assertThat(step.getWriteCount()).isEqualTo(4);
		assertThat(step.getFilterCount()).isZero();
		assertThat(step.getCommitCount()).isEqualTo(4);
		assertThat(outcomes()).containsExactly("县残联 ACCEPTED 1", "县水利局 REJECTED 4", "县教育局 ACCEPTED 1",
				"县民政局 ACCEPTED 1");
		assertThat(this.jdbc.sql("SELECT reason FROM submission WHERE attempts = 4").query(String.class).single())
			.startsWith("文件处理多次中断");
	}

	@Test
	void placingStepMovesEveryDecidedOriginalAndMarksItPlaced() throws IOException {
		dropMarchForms(SampleMistake.TEXT_IN_NUMBER_CELL);
		this.registration.registerNewFiles(0);
		this.batch.startStep("decideFilesStep");

		JobExecution execution = this.batch.startStep(this.placeOriginalsStep);

		StepExecution step = execution.getStepExecutions().iterator().next();
		assertThat(step.getExitStatus()).isEqualTo(ExitStatus.COMPLETED);
		assertThat(step.getReadCount()).isEqualTo(4);
		assertThat(step.getWriteCount()).isEqualTo(4);
		assertThat(step.getFilterCount()).isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM submission WHERE state = 'PLACED'").query(Integer.class).single())
			.isEqualTo(4);
		assertThat(filesUnder(run().resolve("input"))).isEmpty();
		assertThat(filesUnder(run().resolve("data").resolve("archive"))).hasSize(3);
		assertThat(filesUnder(run().resolve("data").resolve("rejected"))).anyMatch((f) -> f.contains("县民政局"))
			.anyMatch((f) -> f.endsWith(".退回原因.txt"));
	}

	@Test
	void nightWithoutSuspectsDecidesConcurrently() throws Exception {
		dropMarchForms(null);

		JobExecution night = this.batch.startJob();

		assertThat(night.getExitStatus()).isEqualTo(ExitStatus.COMPLETED);
		// the moves and the summaries run side by side: their order is the threads'
		assertThat(stepsOf(night)).containsExactlyInAnyOrder("registerFilesStep", "decideFilesStep",
				"placeOriginalsStep", "writeSummariesStep", "writeRunReportStep");
		assertThat(outcomes()).hasSize(4).allMatch((row) -> row.endsWith("ACCEPTED 0"));
	}

	@Test
	void summariesAreWrittenBesideTheMovesAndTheRunReportOnceBothAreDone() throws Exception {
		dropMarchForms(null);

		JobExecution night = this.batch.startJob();

		java.util.Map<String, StepExecution> steps = stepsByName(night);
		StepExecution placing = steps.get("placeOriginalsStep");
		StepExecution summaries = steps.get("writeSummariesStep");
		StepExecution report = steps.get("writeRunReportStep");
		assertThat(summaries.getExitStatus()).isEqualTo(ExitStatus.COMPLETED);
		assertThat(summaries.getWriteCount()).isEqualTo(1);
		assertThat(steps.get("decideFilesStep").getEndTime()).isBeforeOrEqualTo(summaries.getStartTime())
			.isBeforeOrEqualTo(placing.getStartTime());
		assertThat(report.getStartTime()).isAfterOrEqualTo(placing.getEndTime())
			.isAfterOrEqualTo(summaries.getEndTime());
		assertThat(filesUnder(run().resolve("output").resolve("summary"))).singleElement()
			.asString()
			.endsWith(".xlsx");
		assertThat(filesUnder(run().resolve("output").resolve("reports"))).isNotEmpty();
	}

	@Test
	void nightAfterARunThatDiedWhileReadingFilesSideBySideDecidesOneAtATime() throws Exception {
		dropMarchForms(null);
		this.registration.registerNewFiles(0);
		// what a run killed while reading files side by side leaves: files marked, none decided
		this.jdbc.sql("UPDATE submission SET read_ahead = TRUE WHERE file_name LIKE '%县水利局%'").update();

		JobExecution night = this.batch.startJob();

		assertThat(night.getExitStatus()).isEqualTo(ExitStatus.COMPLETED);
		assertThat(stepsOf(night)).containsExactlyInAnyOrder("registerFilesStep", "decideFilesOneAtATimeStep",
				"placeOriginalsStep", "writeSummariesStep", "writeRunReportStep");
		StepExecution decide = night.getStepExecutions().stream()
			.filter((s) -> s.getStepName().equals("decideFilesOneAtATimeStep"))
			.findFirst()
			.orElseThrow();
		assertThat(decide.getReadCount()).isEqualTo(4);
		assertThat(decide.getWriteCount()).isEqualTo(4);
		assertThat(outcomes()).hasSize(4).allMatch((row) -> row.endsWith("ACCEPTED 1"));
	}

	private List<GeneratedForm> dropMarchForms(SampleMistake mistakeOfMinzheng) throws IOException {
		SampleSpec spec = SampleSpec.of(MARCH).withUnits(UNITS);
		if (mistakeOfMinzheng != null) {
			spec = spec.withMistake("县民政局", mistakeOfMinzheng);
		}
		return new SampleMonthGenerator(BundledCatalog.load()).generate(spec, run().resolve("input"));
	}

	/** The unit its name gives, outcome and attempts of each decided file, in the order they were registered. */
	private List<String> outcomes() {
		return this.jdbc.sql("SELECT file_name, outcome, attempts FROM submission WHERE state <> 'PENDING' ORDER BY id")
			.query((rs, n) -> rs.getString(1).split("-")[0] + " " + rs.getString(2) + " " + rs.getInt(3))
			.list();
	}

	private static List<String> filesUnder(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(Path::toString).toList();
		}
	}

	private static List<String> stepsOf(JobExecution execution) {
		return execution.getStepExecutions().stream().map(StepExecution::getStepName).toList();
	}

	/** By name (not a method returning one step: {@code @SpringBatchTest} would take it for its step factory). */
	private static java.util.Map<String, StepExecution> stepsByName(JobExecution execution) {
		return execution.getStepExecutions()
			.stream()
			.collect(java.util.stream.Collectors.toMap(StepExecution::getStepName, java.util.function.Function.identity()));
	}

	private static Path run() {
		return ROOT.resolve("run-" + RUN.get());
	}

	private static Path temp() {
		try {
			return Files.createTempDirectory("decide-step-");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
