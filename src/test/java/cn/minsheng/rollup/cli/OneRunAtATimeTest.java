package cn.minsheng.rollup.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;
import cn.minsheng.rollup.testing.SlowTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs never overlap: a second {@code run} and a {@code serve} tick refuse while one is busy, a lock left by a killed
 * process blocks nothing, {@code serve} runs at its cron time, a failed run says so with exit code 1 and the next run
 * completes it, and a file that kills the process is rejected once it has done so {@code rollup.max-attempts} times.
 */
@SlowTest
class OneRunAtATimeTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	private static final String EVERY_TWO_SECONDS = "--rollup.schedule.cron=*/2 * * * * *";

	@TempDir
	Path dir;

	@Test
	void secondRunAndServeTickRefuseWhileARunIsBusy() throws IOException {
		RollupProcess office = officeWithTwoForms();
		Path release = this.dir.resolve("release");
		RollupProcess.Started busy = office.withSystemProperty("rollup.hold-at", "decide:1")
			.withSystemProperty("rollup.hold-until", release.toString())
			.start("run");
		busy.awaitOutput("[crash-point] hold decide#1", TIMEOUT);

		RollupProcess.Started second = office.start("run");
		RollupProcess.Started serve = office.start("serve", EVERY_TWO_SECONDS, "--max-runs=1");
		RollupProcess.Started status = office.start("status");
		RollupProcess.Finished refused = second.waitFor(TIMEOUT);
		RollupProcess.Finished skipped = serve.waitFor(TIMEOUT);
		RollupProcess.Finished shown = status.waitFor(TIMEOUT);
		Files.createFile(release);
		RollupProcess.Finished done = busy.waitFor(TIMEOUT);

		assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(3);
		assertThat(refused.output()).contains("另一个汇总任务正在运行（" + busy.process().pid() + " run ", "本次未运行");
		assertThat(skipped.exitCode()).as(skipped.toString()).isZero();
		assertThat(skipped.output()).contains("到点时另一个任务正在运行，本次跳过。");
		assertThat(shown.exitCode()).as(shown.toString()).isZero();
		assertThat(shown.output()).contains("当前正在运行的任务：" + busy.process().pid() + " run ", "运行中或已中断");
		assertThat(done.exitCode()).as(done.toString()).isZero();
		assertThat(done.output()).contains("本次运行（第 1 次）共处理文件 2 个：已接收 2", "运行完成。");
	}

	/**
	 * Two runs started together, twenty times, the second at a random moment of the first's first second: whichever
	 * takes the run lock runs, the other always stops with exit code 3 and the Chinese message, never with the
	 * ledger's 「Database may be already in use」 (exit 2), which it met when it opened the ledger before the lock.
	 */
	@Test
	void ofTwoRunsStartedTogetherTheSecondAlwaysExitsThree() throws IOException {
		Path forms = this.dir.resolve("forms");
		new SampleMonthGenerator(BundledCatalog.load())
			.generate(SampleSpec.of(YearMonth.of(2023, 3)).withUnits(List.of("县残联", "县水利局")), forms);
		java.util.Random random = new java.util.Random(20);
		for (int round = 0; round < 20; round++) {
			Path release = this.dir.resolve("release-" + round);
			RollupProcess office = RollupProcess.in(this.dir.resolve("round-" + round))
				.withInputFrom(forms)
				.withSystemProperty("rollup.hold-at", "decide:1")
				.withSystemProperty("rollup.hold-until", release.toString());
			RollupProcess.Started first = office.start("run");
			pause(random.nextInt(1000));
			RollupProcess.Started second = office.start("run");
			RollupProcess.Started refused = awaitRefusal(first, second);
			Files.createFile(release);
			RollupProcess.Finished ran = (refused == first ? second : first).waitFor(TIMEOUT);
			RollupProcess.Finished other = refused.waitFor(TIMEOUT);

			assertThat(other.exitCode()).as("round %d: %s", round, other).isEqualTo(3);
			assertThat(other.output()).as("round %d", round).contains("另一个汇总任务正在运行（", " run ", "本次未运行")
				.doesNotContain("Database may be already in use");
			assertThat(ran.exitCode()).as("round %d: %s", round, ran).isZero();
			assertThat(ran.output()).contains("共处理文件 2 个：已接收 2");
		}
	}

	/** The run that stops: the one that has ended while the other holds at its first decision. */
	private static RollupProcess.Started awaitRefusal(RollupProcess.Started a, RollupProcess.Started b) {
		long deadline = System.nanoTime() + TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!a.process().isAlive()) {
				return a;
			}
			if (!b.process().isAlive()) {
				return b;
			}
			pause(50);
		}
		throw new AssertionError("neither run stopped: " + a.output() + b.output());
	}

	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void theCatalogFollowsTheInputFolderAndNothingInItsCatalogFolderIsTakenForAReturn() throws IOException {
		RollupProcess office = officeWithTwoForms().withDefaultCatalog();
		Path returns = this.dir.resolve("收件");
		Files.move(office.input(), returns);
		Files.createDirectories(returns.resolve("catalog"));
		Files.copy(RollupProcess.CATALOG, returns.resolve("catalog").resolve("2023-项目清单.xlsx"));
		Files.copy(RollupProcess.CATALOG, returns.resolve("catalog").resolve("2022-项目清单（旧）.xlsx"));

		RollupProcess.Finished run = office.run(TIMEOUT, "run", "--input=" + returns);

		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.output()).contains("项目清单：2023 年", "共处理文件 2 个：已接收 2");
		assertThat(returns.resolve("catalog").resolve("2023-项目清单.xlsx")).isRegularFile();
		assertThat(returns.resolve("catalog").resolve("2022-项目清单（旧）.xlsx")).isRegularFile();
	}

	@Test
	void lockLeftByAKilledRunDoesNotBlockTheNext() throws IOException {
		RollupProcess office = officeWithTwoForms();
		RollupProcess.Started killed = office.withSystemProperty("rollup.hold-at", "decide:1")
			.withSystemProperty("rollup.hold-until", this.dir.resolve("never").toString())
			.start("run");
		killed.awaitOutput("[crash-point] hold decide#1", TIMEOUT);
		assertThat(killed.kill().exitCode()).isEqualTo(137);
		assertThat(Files.readString(office.data().resolve("run.lock"))).startsWith(killed.process().pid() + " run ");

		RollupProcess.Finished next = office.run(TIMEOUT, "run");

		assertThat(next.exitCode()).as(next.toString()).isZero();
		assertThat(next.output()).contains("共处理文件 2 个：已接收 2", "运行完成。");
	}

	@Test
	void serveRunsAtItsCronTime() throws IOException {
		RollupProcess office = officeWithTwoForms();

		RollupProcess.Finished serve = office.run(TIMEOUT, "serve", EVERY_TWO_SECONDS, "--max-runs=1");

		assertThat(serve.exitCode()).as(serve.toString()).isZero();
		assertThat(serve.output()).contains("项目清单：2023 年", "服务运行中，下次运行时间：", "（Asia/Shanghai）",
				"本次运行（第 1 次）共处理文件 2 个：已接收 2", "运行完成。");
		assertThat(NightlyCommandsTest.filesUnder(office.input())).isZero();
	}

	@Test
	void serveWaitsForTwoOClockInShanghaiByDefault() throws IOException {
		RollupProcess office = officeWithTwoForms();
		RollupProcess.Started serve = office.start("serve");

		serve.awaitOutput("服务运行中", TIMEOUT);
		serve.kill();

		assertThat(serve.output()).containsPattern("下次运行时间：\\d{4}-\\d{2}-\\d{2} 02:00:00（Asia/Shanghai）");
		assertThat(NightlyCommandsTest.filesUnder(office.input())).isEqualTo(2);
		// the page is up, and with no account yet the operator is told how to make the first one
		assertThat(serve.output()).containsPattern("网页已启动：http://127\\.0\\.0\\.1:\\d+/")
			.contains("网页还没有任何账户", "account --add=名字 --role=管理 --password-file=密码文件");
	}

	@Test
	void scheduleAndZoneComeFromTheEnvironmentAndAConfigFileInTheWorkingFolder() throws IOException {
		RollupProcess office = officeWithTwoForms().withEnvironment("ROLLUP_SCHEDULE_CRON", "0 30 22 * * *");
		Files.createDirectories(this.dir.resolve("config"));
		Files.writeString(this.dir.resolve("config/application.yml"), "rollup:\n  zone: UTC\n");
		RollupProcess.Started serve = office.start("serve");

		serve.awaitOutput("服务运行中", TIMEOUT);
		serve.kill();

		assertThat(serve.output()).containsPattern("下次运行时间：\\d{4}-\\d{2}-\\d{2} 22:30:00（UTC）");
	}

	@Test
	void failedRunExitsWithOneAndTheNextRunCompletesIt() throws IOException {
		RollupProcess office = officeWithTwoForms();
		Path blocked = office.output().resolve("summary");
		Files.createDirectories(blocked.getParent());
		Files.writeString(blocked, "一个挡住汇总表文件夹的文件");

		RollupProcess.Finished failed = office.run(TIMEOUT, "run");
		Files.delete(blocked);
		RollupProcess.Finished next = office.run(TIMEOUT, "run");

		assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
		assertThat(failed.output()).contains("运行未完成（FAILED），下次运行会接着完成");
		assertThat(next.exitCode()).as(next.toString()).isZero();
		assertThat(next.output()).contains("本次运行（第 1 次）共处理文件 2 个：已接收 2", "运行完成。");
		assertThat(blocked.resolve("湘潭县重点民生实事进展汇总表-2023年3月.xlsx")).isRegularFile();
	}

	@Test
	void fileThatKilledTheRunTooOftenIsRejected() throws IOException {
		RollupProcess office = officeWithTwoForms();
		RollupProcess.Finished crashed = office.withSystemProperty("rollup.crash-at", "decide:1")
			.run(TIMEOUT, "run", "--rollup.max-attempts=1", "--rollup.intake.threads=1");
		assertThat(crashed.exitCode()).isEqualTo(137);

		RollupProcess.Finished next = office.run(TIMEOUT, "run", "--rollup.max-attempts=1", "--rollup.intake.threads=1");

		assertThat(next.exitCode()).as(next.toString()).isZero();
		assertThat(next.output()).contains("共处理文件 2 个：已接收 1，已退回 1", "已退回，文件处理多次中断");
	}

	/**
	 * Read beside two other forms, a file that kills the process is first only suspected with them; read alone it is
	 * charged its attempts and rejected, while the forms read beside it are accepted.
	 */
	@Test
	void fileThatKillsTheRunWhileReadAheadIsRejectedAndTheFilesReadBesideItAreAccepted() throws IOException {
		RollupProcess office = officeWithForms("县残联", "县水利局", "县教育局");
		RollupProcess killing = office.withSystemProperty("rollup.crash-at", "read@县水利局");
		String[] run = {"run", "--rollup.max-attempts=1", "--rollup.intake.threads=2"};

		RollupProcess.Finished together = killing.run(TIMEOUT, run);
		RollupProcess.Finished alone = killing.run(TIMEOUT, run);
		RollupProcess.Finished last = killing.run(TIMEOUT, run);

		assertThat(together.exitCode()).as(together.toString()).isEqualTo(137);
		assertThat(alone.exitCode()).as(alone.toString()).isEqualTo(137);
		assertThat(last.exitCode()).as(last.toString()).isZero();
		assertThat(last.output()).contains("共处理文件 3 个：已接收 2，已退回 1", "县水利局", "已退回，文件处理多次中断");
	}

	private RollupProcess officeWithTwoForms() throws IOException {
		return officeWithForms("县残联", "县水利局");
	}

	private RollupProcess officeWithForms(String... units) throws IOException {
		RollupProcess office = RollupProcess.in(this.dir);
		SampleSpec spec = SampleSpec.of(YearMonth.of(2023, 3)).withUnits(List.of(units));
		new SampleMonthGenerator(BundledCatalog.load()).generate(spec, office.input());
		return office;
	}

}
