package cn.minsheng.rollup.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogLoader;
import cn.minsheng.rollup.ledger.StoredDistribution;
import cn.minsheng.rollup.sample.SampleMistake;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;
import cn.minsheng.rollup.testing.SlowTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backup taken beside a running service and during a night, restored into another folder, is the same office:
 * {@code status}, {@code summary} and {@code reprocess} say there what they say in the original.
 */
@SlowTest
class BackupRestoreTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	private static final Pattern SNAPSHOT = Pattern.compile("已备份到 (.+?)：");

	@TempDir
	Path dir;

	@Test
	void snapshotTakenBesideTheServiceAndDuringANightRestoresElsewhereWithTheSameResults() throws IOException {
		RollupProcess office = RollupProcess.in(this.dir.resolve("office"));
		Catalog catalog = new CatalogLoader().load(RollupProcess.CATALOG, 2023);
		new SampleMonthGenerator(catalog).generate(SampleSpec.of(YearMonth.of(2023, 10))
			.withUnits(List.of("县民政局", "县残联", "县人社局"))
			.withDistributionRows(3)
			.withMistake("县残联", SampleMistake.TEXT_IN_NUMBER_CELL), office.input());
		RollupProcess.Finished first = office.run(TIMEOUT, "run");
		assertThat(first.exitCode()).as(first.toString()).isZero();
		Path backups = this.dir.resolve("backups");

		RollupProcess.Started serve = office.start("serve", "--rollup.schedule.cron=0 0 3 1 1 *");
		Path snapshot;
		try {
			snapshot = backUpBesideServiceAndNight(office, serve, catalog, backups);
		}
		finally {
			// a failed assertion must not leave the service or the held night running; stopped, not killed: the
			// night's last commits went through the service's ledger server and are written when it closes
			serve.stop();
			Files.writeString(this.dir.resolve("release"), "go");
		}
		assertThat(snapshot.resolve("data/archive/2023-10/县教育局/县教育局-2023年10月-月报表.xlsx")).isRegularFile();
		RollupProcess elsewhere = RollupProcess.in(this.dir.resolve("elsewhere"));
		RollupProcess.Finished restored = elsewhere.run(TIMEOUT, "restore", "--from=" + snapshot);

		assertThat(restored.exitCode()).as(restored.toString()).isZero();
		assertThat(elsewhere.data().resolve("archive/2023-10/县教育局/县教育局-2023年10月-月报表.xlsx")).isRegularFile();
		assertThat(sameResults(elsewhere, "status")).isEqualTo(sameResults(office, "status"));
		assertThat(sameResults(elsewhere, "summary", "--period=2023-10"))
			.isEqualTo(sameResults(office, "summary", "--period=2023-10"))
			.contains("按时报送");
		String reprocessed = sameResults(elsewhere, "reprocess", "--period=2023-10");
		assertThat(reprocessed).isEqualTo(sameResults(office, "reprocess", "--period=2023-10"))
			.contains("已重新校验 2023年10月 报表")
			.doesNotContain("原件不在");
		// the 项目分布清单 of every accepted form came back with it, line for line: 3 lines each of 3 forms
		assertThat(listLines(elsewhere)).isEqualTo(listLines(office)).hasSize(3)
			.allSatisfy((form) -> assertThat(form).endsWith(" 3"));
	}

	/** Per accepted form in force, its file and its lines as the ledger keeps them. */
	private static List<String> listLines(RollupProcess office) {
		String url = "jdbc:h2:file:" + office.data().toAbsolutePath().resolve("ledger") + ";AUTO_SERVER=TRUE";
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
		StoredDistribution lists = new StoredDistribution(jdbc);
		return jdbc.query("SELECT id, source_path FROM submission WHERE outcome = 'ACCEPTED' AND current_version "
				+ "ORDER BY source_path", (rs, n) -> {
					List<String> lines = new java.util.ArrayList<>();
					lists.forEach(rs.getLong(1), (line) -> lines.add(line.rowNumber() + ":" + line.code() + ":"
							+ line.quantity()));
					return rs.getString(2) + " " + lines + " " + lists.count(rs.getLong(1));
				});
	}

	/** A backup beside the idle service, then one asked for during a night: it waits for the night to end. */
	private Path backUpBesideServiceAndNight(RollupProcess office, RollupProcess.Started serve, Catalog catalog,
			Path backups) throws IOException {
		serve.awaitOutput("服务运行中", TIMEOUT);
		RollupProcess.Finished besideServe = office.run(TIMEOUT, "backup", "--to=" + backups);
		assertThat(besideServe.exitCode()).as(besideServe.toString()).isZero();
		assertThat(besideServe.output()).doesNotContain("找不到");

		new SampleMonthGenerator(catalog).generate(SampleSpec.of(YearMonth.of(2023, 10)).withUnits(List.of("县教育局"))
			.withDistributionRows(3), office.input());
		Path release = this.dir.resolve("release");
		RollupProcess.Started night = office.withSystemProperty("rollup.hold-at", "decide:1")
			.withSystemProperty("rollup.hold-until", release.toString())
			.start("run");
		night.awaitOutput("[crash-point] hold decide#1", TIMEOUT);
		RollupProcess.Started duringNight = office.start("backup", "--to=" + backups);
		duringNight.awaitOutput("等它结束后再备份", TIMEOUT);
		Files.writeString(release, "go");
		assertThat(night.waitFor(TIMEOUT).exitCode()).isZero();
		RollupProcess.Finished afterNight = duringNight.waitFor(TIMEOUT);
		assertThat(afterNight.exitCode()).as(afterNight.toString()).isZero();
		Path snapshot = snapshotOf(afterNight);
		assertThat(snapshot.resolve("SHA256SUMS")).content(StandardCharsets.UTF_8).contains("  ledger.sql",
				"  data/rejected/2023-10/县残联-2023年10月-月报表.xlsx");
		return snapshot;
	}

	@Test
	void restoreRefusesADamagedSnapshotAndALedgerWithRecordsUnlessForced() throws IOException {
		RollupProcess office = RollupProcess.in(this.dir.resolve("office"));
		new SampleMonthGenerator(new CatalogLoader().load(RollupProcess.CATALOG, 2023))
			.generate(SampleSpec.of(YearMonth.of(2023, 10)).withUnits(List.of("县民政局")).withDistributionRows(3),
					office.input());
		RollupProcess.Finished first = office.run(TIMEOUT, "run");
		assertThat(first.exitCode()).as(first.toString()).isZero();
		Path snapshot = snapshotOf(office.run(TIMEOUT, "backup", "--to=" + this.dir.resolve("backups")));

		RollupProcess.Finished onItself = office.run(TIMEOUT, "restore", "--from=" + snapshot);
		assertThat(onItself.exitCode()).as(onItself.toString()).isEqualTo(2);
		assertThat(onItself.output()).contains("已有台账记录或原件，未恢复", "--force");
		RollupProcess.Finished forced = office.run(TIMEOUT, "restore", "--from=" + snapshot, "--force");
		assertThat(forced.exitCode()).as(forced.toString()).isZero();
		assertThat(sameResults(office, "status")).contains("已接收 1 个单位的报表");

		Files.writeString(snapshot.resolve("ledger.sql"), "\n-- edited\n", StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.APPEND);
		RollupProcess.Finished damaged = RollupProcess.in(this.dir.resolve("third")).run(TIMEOUT, "restore",
				"--from=" + snapshot);
		assertThat(damaged.exitCode()).as(damaged.toString()).isEqualTo(2);
		assertThat(damaged.output()).contains("文件内容与清单不符", "ledger.sql");
	}

	private static Path snapshotOf(RollupProcess.Finished backup) {
		Matcher matcher = SNAPSHOT.matcher(backup.output());
		assertThat(matcher.find()).as(backup.toString()).isTrue();
		return Path.of(matcher.group(1));
	}

	/** What the command prints, without the lines naming this installation's folders. */
	private static String sameResults(RollupProcess office, String... command) {
		RollupProcess.Finished finished = office.run(TIMEOUT, command);
		assertThat(finished.exitCode()).as(finished.toString()).isZero();
		String folder = office.data().getParent().toString();
		try (Stream<String> lines = finished.output().lines()) {
			return lines.filter((l) -> !l.contains(folder)).collect(Collectors.joining("\n"));
		}
	}

}
