package cn.minsheng.rollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.minsheng.rollup.MinshengRollupApplication;
import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.intake.InputRegistration;
import cn.minsheng.rollup.ledger.DistributionRowStore;
import cn.minsheng.rollup.ledger.StoredDistribution;
import cn.minsheng.rollup.sample.GeneratedForm;
import cn.minsheng.rollup.sample.SampleMistake;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;
import cn.minsheng.rollup.testing.SlowTest;
import cn.minsheng.rollup.validation.DistributionEntry;

/**
 * Reading files ahead on several threads leaves the same ledger as reading them one by one: the same decisions,
 * versions, duplicates, rows, violations and places, even where a November form is checked against an October one
 * decided in the same night.
 */
@SlowTest
class ParallelIntakeTest {

	private static final YearMonth OCTOBER = YearMonth.of(2023, 10);

	private static final YearMonth NOVEMBER = YearMonth.of(2023, 11);

	private static final int LONG_LIST = 20_000;

	private static final AtomicLong DATABASES = new AtomicLong();

	@TempDir
	static Path root;

	/**
	 * Its October arrives last and its November first, so with two threads its November form is checked before its
	 * October is in the ledger, and must be checked again.
	 */
	private static String pairedUnit;

	private static String correctedUnit;

	@BeforeAll
	static void dropTwoMonthsWithADuplicateAndACorrection() throws IOException {
		Path input = root.resolve("input");
		var catalog = BundledCatalog.load();
		var generator = new SampleMonthGenerator(catalog);
		pairedUnit = catalog.units().get(0);
		correctedUnit = catalog.units().get(1);
		// a long list keeps October's reading busy while November's form is read and checked beside it
		List<GeneratedForm> october = generator.generateMonth(
				SampleSpec.of(OCTOBER).withDistributionRows(pairedUnit, LONG_LIST), OCTOBER, input);
		List<GeneratedForm> november = generator.generateMonth(
				SampleSpec.of(NOVEMBER).withMistake(pairedUnit, SampleMistake.CUMULATIVE_BELOW_LAST_MONTH), NOVEMBER,
				input);
		Path correction = generator.generateMonth(SampleSpec.of(NOVEMBER).withSeed(7).withUnits(List.of(correctedUnit)),
				NOVEMBER, root.resolve("correction")).get(0).file();
		Path duplicate = input.resolve("2023-10").resolve("重发").resolve(october.get(2).file().getFileName());
		Files.createDirectories(duplicate.getParent());
		Files.copy(october.get(2).file(), duplicate);
		Path corrected = input.resolve("2023-11").resolve("更正").resolve(correction.getFileName());
		Files.createDirectories(corrected.getParent());
		Files.copy(correction, corrected);
		List<Path> order = new ArrayList<>(october.stream().map(GeneratedForm::file).toList());
		order.remove(october.get(0).file());
		order.add(october.get(0).file());
		order.add(duplicate);
		november.stream().map(GeneratedForm::file).filter((f) -> f.toString().contains(pairedUnit)).forEach(order::add);
		november.stream().map(GeneratedForm::file).filter((f) -> !f.toString().contains(pairedUnit)).forEach(order::add);
		order.add(corrected);
		receiveInOrder(order);
	}

	@Test
	void readingAheadOnTwoThreadsLeavesTheLedgerOfAOneThreadRun() throws Exception {
		List<String> oneThread = ledgerAfterRun(1);
		List<String> twoThreads = ledgerAfterRun(2);

		assertThat(twoThreads).containsExactlyElementsOf(oneThread);
		assertThat(oneThread).anyMatch((row) -> row.contains("DUPLICATE"))
			.anyMatch((row) -> row.contains(pairedUnit) && row.contains("2023-11") && row.contains("REJECTED")
					&& row.contains("小于此前已审核的累计完成"))
			.anyMatch((row) -> row.contains(correctedUnit) && row.contains("2023-11") && row.contains("ACCEPTED")
					&& row.contains("version=2 current=true"));
	}

	@Test
	void rowsThatAKilledRunStreamedForAnUndecidedFileAreReplacedNotDuplicated() throws Exception {
		Path run = copyInput("killed");
		try (ConfigurableApplicationContext context = start(run, 2)) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			context.getBean(InputRegistration.class).registerNewFiles(0);
			long first = jdbc.queryForObject("SELECT MIN(id) FROM submission", Long.class);
			// what a run killed while reading the file ahead leaves: the file marked, some of its rows stored
			jdbc.update("UPDATE submission SET read_ahead = TRUE WHERE id = ?", first);
			try (DistributionRowStore store = new DistributionRowStore(jdbc, first, new SyncTaskExecutor())) {
				store.add(new DistributionEntry(2, "X", null, null, null, null, null));
				store.add(new DistributionEntry(9999, "X", null, null, null, null, null));
				store.flush();
			}

			JobExecution execution = context.getBean(NightlyRunner.class).runOnce();

			assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			StoredDistribution lists = context.getBean(StoredDistribution.class);
			List<String> codes = new ArrayList<>();
			lists.forEach(first, (line) -> codes.add(line.code()));
			assertThat(codes).doesNotContain("X").hasSize(SampleSpec.DEFAULT_DISTRIBUTION_ROWS);
			assertThat(lists.count(first)).isEqualTo(SampleSpec.DEFAULT_DISTRIBUTION_ROWS);
		}
	}

	@Test
	void aSecondNightInTheSameProcessDecidesTheFilesDroppedSinceTheFirst() throws Exception {
		Path run = copyInput("serve");
		Path later = root.resolve("later");
		Files.move(run.resolve("input").resolve("2023-11"), later);
		try (ConfigurableApplicationContext context = start(run, 2)) {
			NightlyRunner runner = context.getBean(NightlyRunner.class);
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			runner.runOnce();
			Files.move(later, run.resolve("input").resolve("2023-11"));

			JobExecution second = runner.runOnce();

			assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE period = '2023-11' AND state = 'PLACED'",
					Integer.class)).isEqualTo(15);
			assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM submission WHERE state <> 'PLACED'", Integer.class))
				.isZero();
		}
	}

	private static List<String> ledgerAfterRun(int threads) throws Exception {
		Path run = copyInput("threads-" + threads);
		try (ConfigurableApplicationContext context = start(run, threads)) {
			JobExecution execution = context.getBean(NightlyRunner.class).runOnce();
			assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
			List<String> ledger = new ArrayList<>(dump(context.getBean(JdbcTemplate.class)));
			ledger.addAll(filesUnder(run.resolve("data"), "archive"));
			ledger.addAll(filesUnder(run.resolve("data"), "rejected"));
			ledger.addAll(filesUnder(run.resolve("output"), "feedback"));
			return ledger.stream().map((line) -> line.replace(run.toString(), "<run>")).toList();
		}
	}

	private static List<String> dump(JdbcTemplate jdbc) {
		List<String> rows = new ArrayList<>(jdbc.query("""
				SELECT id, source_path, state, outcome, rejection_kind, reason, unit, period, version, current_version,
				  superseded_by, late, warning_count, error_count, stored_path, feedback_path FROM submission ORDER BY id""",
				(rs, n) -> String.format("submission %d %s %s %s %s %s %s %s version=%s current=%s by=%s %s %d %d %s %s",
						rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9), rs.getBoolean(10),
						rs.getObject(11), rs.getObject(12), rs.getInt(13), rs.getInt(14), rs.getString(15),
						rs.getString(16))));
		rows.addAll(jdbc.queryForList("SELECT * FROM reported_row ORDER BY submission_id, code")
			.stream().map((r) -> "reported " + r).toList());
		StoredDistribution lists = new StoredDistribution(jdbc);
		for (long id : jdbc.queryForList("SELECT id FROM submission ORDER BY id", Long.class)) {
			lists.forEach(id, (line) -> rows.add("distribution " + id + " " + line));
		}
		rows.addAll(jdbc.queryForList("SELECT submission_id, rule_code, severity, sheet, cell_ref, message "
				+ "FROM violation ORDER BY submission_id, id").stream().map((r) -> "violation " + r).toList());
		return rows;
	}

	private static ConfigurableApplicationContext start(Path run, int threads) {
		return new SpringApplicationBuilder(MinshengRollupApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:mem:parallel-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1",
					"--rollup.input-dir=" + run.resolve("input"), "--rollup.output-dir=" + run.resolve("output"),
					"--rollup.data-dir=" + run.resolve("data"),
					"--rollup.catalog-file=" + BundledCatalog.FILE.toAbsolutePath(), "--rollup.quiet-period=0s",
					"--rollup.intake.threads=" + threads);
	}

	private static Path copyInput(String name) throws IOException {
		Path run = root.resolve(name);
		Path from = root.resolve("input");
		try (Stream<Path> walk = Files.walk(from)) {
			for (Path source : walk.toList()) {
				Path target = run.resolve("input").resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		return run;
	}

	private static List<String> filesUnder(Path base, String folder) throws IOException {
		Path dir = base.resolve(folder);
		if (!Files.exists(dir)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile).map((p) -> "file " + base.relativize(p)).sorted().toList();
		}
	}

	/** Modification times a minute apart in the given order: the order the files arrived in. */
	private static void receiveInOrder(List<Path> files) throws IOException {
		Instant first = Instant.now().minusSeconds(86_400);
		for (int i = 0; i < files.size(); i++) {
			Files.setLastModifiedTime(files.get(i), FileTime.from(first.plusSeconds(60L * i)));
		}
	}

}
