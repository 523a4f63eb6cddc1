package cn.minsheng.rollup.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.catalog.CatalogLoader;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;
import cn.minsheng.rollup.testing.SlowTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The program on a server as installed: started without a UTF-8 locale it says what to set, and it keeps its
 * temporary files and logs in its own data folder, whatever another account left in the shared {@code /tmp}.
 */
@SlowTest
class DeploymentTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	@TempDir
	Path dir;

	@Test
	void withoutAUtf8LocaleItStopsAndSaysInChineseWhatToSet() {
		RollupProcess office = RollupProcess.in(this.dir).withEnvironment("LANG", "C").withEnvironment("LC_ALL", "C")
			.withEnvironment("LC_CTYPE", "C");

		RollupProcess.Finished run = office.run(TIMEOUT, "run");

		assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
		assertThat(run.output()).contains("不支持中文文件名", "export LANG=C.UTF-8", "Environment=LANG=C.UTF-8");
		assertThat(office.data()).doesNotExist();
	}

	@Test
	void temporaryFilesAndLogsAreKeptInTheDataFolderNotInTheSharedTmp() throws IOException {
		// what another account left: POI's folder in the shared temporary folder, not ours to write in
		Path shared = Files.createDirectories(this.dir.resolve("shared-tmp"));
		Files.writeString(shared.resolve("poifiles"), "another account's");
		RollupProcess office = RollupProcess.in(this.dir).withSystemProperty("java.io.tmpdir", shared.toString());
		new SampleMonthGenerator(new CatalogLoader().load(RollupProcess.CATALOG, 2023))
			.generate(SampleSpec.of(YearMonth.of(2023, 10)).withUnits(List.of("县民政局")).withDistributionRows(3),
					office.input());

		RollupProcess.Finished run = office.run(TIMEOUT, "run");

		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(office.output().resolve("summary/湘潭县重点民生实事进展汇总表-2023年10月.xlsx")).isRegularFile();
		assertThat(office.data().resolve("tmp")).isDirectory();
		assertThat(office.data().resolve("logs/rollup.log")).isRegularFile();
	}

}
