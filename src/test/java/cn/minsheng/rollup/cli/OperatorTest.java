package cn.minsheng.rollup.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.catalog.CatalogLoader;
import cn.minsheng.rollup.sample.SampleMistake;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;
import cn.minsheng.rollup.testing.SlowTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the operator of a real installation relies on: the command line wins over the office's configuration file,
 * a mistyped option is refused, and the log says when each run started and ended, with what result, why each file
 * was rejected, when the service started and stopped, in the office's time.
 */
@SlowTest
class OperatorTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	@TempDir
	Path dir;

	@Test
	void commandLineWinsOverTheConfigurationFileAndTheLogTellsTheNightInTheOfficesTime() throws IOException {
		RollupProcess office = RollupProcess.in(this.dir).withEnvironment("TZ", "UTC");
		Files.createDirectories(this.dir.resolve("config"));
		Files.writeString(this.dir.resolve("config/application.yml"), """
				rollup:
				  catalog-file: nowhere/2023-项目清单.xlsx
				  input-dir: nowhere-input
				  output-dir: nowhere-output
				  data-dir: nowhere-data
				  quiet-period: 1h
				""", StandardCharsets.UTF_8);
		new SampleMonthGenerator(new CatalogLoader().load(RollupProcess.CATALOG, 2023))
			.generate(SampleSpec.of(YearMonth.of(2023, 10)).withUnits(List.of("县民政局", "县残联"))
				.withDistributionRows(3).withMistake("县残联", SampleMistake.TEXT_IN_NUMBER_CELL),
					office.input());

		RollupProcess.Finished run = office.run(TIMEOUT, "run");

		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.output()).contains("共处理文件 2 个：已接收 1，已退回 1");
		assertThat(this.dir.resolve("nowhere-data")).doesNotExist();
		assertThat(this.dir.resolve("nowhere-output")).doesNotExist();
		String log = Files.readString(office.data().resolve("logs/rollup.log"), StandardCharsets.UTF_8);
		assertThat(log).contains("run.started", "run.ended run=1 result=COMPLETED files=2 accepted=1 rejected=1",
				"intake.rejected", "reason=数据校验未通过");
		assertThat(log.lines().filter((l) -> l.contains("run.ended")).findFirst().orElseThrow())
			.as("times in rollup.zone (Asia/Shanghai), though the server's zone is UTC")
			.containsPattern("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+08:00 ");
	}

	@Test
	void unknownOptionIsRefusedNamingIt() {
		RollupProcess.Finished run = RollupProcess.in(this.dir).run(TIMEOUT, "run", "--bogus-option=1");

		assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
		assertThat(run.output()).contains("未知选项「--bogus-option」").doesNotContain("本次运行（第");
	}

	@Test
	void serviceLogsItsStartAndStopSaysARunWasInterruptedAndListensOnLoopbackOnly() throws Exception {
		RollupProcess office = RollupProcess.in(this.dir).withSystemProperty("rollup.hold-at", "decide:1")
			.withSystemProperty("rollup.hold-until", this.dir.resolve("never").toString());
		new SampleMonthGenerator(new CatalogLoader().load(RollupProcess.CATALOG, 2023))
			.generate(SampleSpec.of(YearMonth.of(2023, 10)).withUnits(List.of("县民政局")).withDistributionRows(3),
					office.input());
		RollupProcess.Started serve = office.start("serve", "--rollup.schedule.cron=* * * * * *");
		try {
			stopDuringARun(office, serve);
		}
		finally {
			// a failed assertion must not leave the held service running
			serve.kill();
		}
	}

	private static void stopDuringARun(RollupProcess office, RollupProcess.Started serve) throws IOException {
		serve.awaitOutput("[crash-point] hold decide#1", TIMEOUT);

		Properties lock = new Properties();
		Path lockFile = office.data().resolve("ledger.lock.db");
		try (Reader in = Files.newBufferedReader(lockFile, StandardCharsets.ISO_8859_1)) {
			lock.load(in);
		}
		String server = lock.getProperty("server");
		assertThat(server).as("H2 auto-server address").startsWith("localhost:");
		String port = String.format("%04X", Integer.parseInt(server.substring(server.indexOf(':') + 1)));
		List<String> listening = listeningAddresses(port);
		if (listening != null) {
			// the listening socket itself: 127.0.0.1 (0100007F, or ::ffff:127.0.0.1 in tcp6), never all zeros
			assertThat(listening).isNotEmpty().allMatch((a) -> a.endsWith("0100007F"));
		}
		serve.process().destroy();
		RollupProcess.Finished stopped = serve.waitFor(TIMEOUT);

		assertThat(stopped.exitCode()).isEqualTo(143);
		assertThat(stopped.output()).contains("服务停止，本次运行中断，下次运行会接着完成").doesNotContain("本次运行失败");
		String log = Files.readString(office.data().resolve("logs/rollup.log"), StandardCharsets.UTF_8);
		assertThat(log).contains("serve.started", "run.started", "serve.stopped during-run=true");
	}

	/** The local addresses (hex, as Linux lists them) of the sockets listening on {@code port}; null off Linux. */
	private static List<String> listeningAddresses(String port) throws IOException {
		List<String> addresses = new java.util.ArrayList<>();
		boolean any = false;
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			Path file = Path.of(table);
			if (!Files.isReadable(file)) {
				continue;
			}
			any = true;
			for (String line : Files.readAllLines(file)) {
				String[] fields = line.strip().split("\\s+");
				if (fields.length > 3 && fields[1].endsWith(":" + port) && fields[3].equals("0A")) {
					addresses.add(fields[1].substring(0, fields[1].indexOf(':')));
				}
			}
		}
		return any ? addresses : null;
	}

}
