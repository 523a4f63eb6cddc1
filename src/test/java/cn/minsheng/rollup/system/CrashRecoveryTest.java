package cn.minsheng.rollup.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.cli.RollupProcess;
import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.sample.GeneratedForm;
import cn.minsheng.rollup.sample.PlannedMistake;
import cn.minsheng.rollup.sample.SampleFormat;
import cn.minsheng.rollup.sample.SampleMistake;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;
import cn.minsheng.rollup.testing.SlowTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A night killed anywhere is completed by the next run as if nothing had happened: the same ledger records and rows,
 * every original in exactly one place, the same summaries. Each run is a real {@code java} process; it dies either
 * at a named point ({@code -Drollup.crash-at}, an abrupt halt like {@code kill -9}) or by SIGKILL from outside.
 */
@SlowTest
class CrashRecoveryTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2023, 4), YearMonth.of(2023, 5),
			YearMonth.of(2023, 6));

	@TempDir
	static Path root;

	private static EndState reference;

	private static int files;

	@BeforeAll
	static void runTheNightWithoutInterruption() throws IOException, SQLException {
		files = returns(root.resolve("returns"));
		RollupProcess office = office("reference");
		RollupProcess.Finished run = office.run(TIMEOUT, "run");
		assertThat(run.exitCode()).as(run.toString()).isZero();
		reference = EndState.of(office);
		assertThat(reference.submissions()).hasSize(files);
		assertThat(reference.submissions()).anyMatch((s) -> s.contains("| DUPLICATE |"))
			.anyMatch((s) -> s.contains("| INVALID |"))
			.anyMatch((s) -> s.contains("| ACCEPTED |"));
		assertThat(reference.summaryCells()).hasSize(MONTHS.size());
	}

	@Test
	void crashAtEachStageOfTheNightIsCompletedByTheNextRun() throws IOException, SQLException {
		RollupProcess office = office("crashes");
		for (String point : List.of("register", "decide:8", "place:" + files, "summary:2")) {
			RollupProcess.Finished crashed = office.withSystemProperty("rollup.crash-at", point).run(TIMEOUT, "run");
			assertThat(crashed.exitCode()).as(crashed.toString()).isEqualTo(CrashPoints.KILLED);
			assertThat(crashed.output()).contains("[crash-point] crash " + point.replace(':', '#'));
		}

		RollupProcess.Finished completed = office.run(TIMEOUT, "run");

		assertThat(completed.exitCode()).as(completed.toString()).isZero();
		assertSameAsUninterrupted(EndState.of(office));
	}

	@Test
	void aRunThatDiesJustAfterItStartedIsCompletedUnderItsOwnNumber() throws IOException {
		RollupProcess office = office("number");
		RollupProcess.Finished crashed = office.withSystemProperty("rollup.crash-at", "start").run(TIMEOUT, "run");
		assertThat(crashed.exitCode()).as(crashed.toString()).isEqualTo(CrashPoints.KILLED);

		RollupProcess.Finished completed = office.run(TIMEOUT, "run");

		assertThat(completed.exitCode()).as(completed.toString()).isZero();
		assertThat(completed.output()).contains("本次运行（第 1 次）", "运行报告-第1次.xlsx");
	}

	@Test
	void killedFromOutsideWhileDecidingAndAgainWhilePlacingIsCompleted() throws IOException, SQLException {
		RollupProcess office = office("killed");
		RollupProcess.Started first = office.start("run", "--rollup.console.progress-interval=0s");
		first.awaitOutput("已处理 15/" + files + " 个文件", TIMEOUT);
		assertThat(first.kill().exitCode()).isEqualTo(137);

		RollupProcess.Started second = office.start("run", "--rollup.console.progress-interval=0s");
		second.awaitOutput("读取校验完成", TIMEOUT);
		// lands while originals are moved or summaries written; on a very fast machine the run may just have ended
		assertThat(second.kill().exitCode()).isIn(137, 0);

		RollupProcess.Finished completed = office.run(TIMEOUT, "run");

		assertThat(completed.exitCode()).as(completed.toString()).isZero();
		assertSameAsUninterrupted(EndState.of(office));
	}

	private static void assertSameAsUninterrupted(EndState state) {
		assertThat(state.unplaced()).as("records not yet placed").isZero();
		assertThat(state.submissions()).as("ledger records").containsExactlyElementsOf(reference.submissions());
		assertThat(state.rows()).as("rows per record").containsExactlyElementsOf(reference.rows());
		assertThat(state.files()).as("files").containsExactlyElementsOf(reference.files());
		assertThat(state.summaryCells().keySet()).containsExactlyElementsOf(reference.summaryCells().keySet());
		reference.summaryCells()
			.forEach((file, cells) -> assertThat(state.summaryCells().get(file)).as(file)
				.containsExactlyElementsOf(cells));
	}

	/** A fresh office whose input folder holds a copy of the returns, modification times kept. */
	private static RollupProcess office(String name) throws IOException {
		return RollupProcess.in(root.resolve(name)).withInputFrom(root.resolve("returns"));
	}

	/**
	 * Three months from the 14 units: one .xls unit, two units with long 项目分布清单, four mistakes, one form sent
	 * twice, one file that is no form; each received on the 20th of its month.
	 * @return how many files
	 */
	private static int returns(Path folder) throws IOException {
		Catalog catalog = BundledCatalog.load();
		SampleSpec spec = SampleSpec.of(MONTHS.toArray(YearMonth[]::new))
			.withDistributionRows("县人社局", 400)
			.withDistributionRows("县水利局", 150)
			.withFormat("县医保局", SampleFormat.XLS)
			.withMistake(new PlannedMistake("县卫健局", MONTHS.get(1), SampleMistake.CUMULATIVE_BELOW_LAST_MONTH))
			.withMistake(new PlannedMistake("县民政局", MONTHS.get(2), SampleMistake.TEXT_IN_NUMBER_CELL))
			.withMistake(new PlannedMistake("县教育局", MONTHS.get(2), SampleMistake.OTHER_UNITS_CODE))
			.withMistake(new PlannedMistake("县交通运输局", MONTHS.get(0), SampleMistake.DISTRIBUTION_SUM_MISMATCH));
		List<GeneratedForm> forms = new SampleMonthGenerator(catalog).generate(spec, folder);
		for (GeneratedForm form : forms) {
			receivedOn(form.file(), form.period().atDay(20));
		}
		Path resent = folder.resolve("补报/县人社局-4月（重发）.xlsx");
		Files.createDirectories(resent.getParent());
		Files.copy(forms.get(0).file(), resent);
		receivedOn(resent, MONTHS.get(0).atDay(25));
		Path note = folder.resolve(MONTHS.get(1) + "/说明.xlsx");
		Files.writeString(note, "各单位：本月报表请于28日前报送。");
		receivedOn(note, MONTHS.get(1).atDay(21));
		return forms.size() + 2;
	}

	private static void receivedOn(Path file, java.time.LocalDate day) throws IOException {
		Files.setLastModifiedTime(file,
				FileTime.from(day.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
	}

}
