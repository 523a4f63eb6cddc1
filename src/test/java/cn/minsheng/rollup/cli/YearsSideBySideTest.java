package cn.minsheng.rollup.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogLoader;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;
import cn.minsheng.rollup.testing.SlowTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * January of a new year: the 2024 catalog is in place beside the 2023 one, the units send their January forms, one
 * unit sends its December form late, and one sends a form of a year the office has no catalog for. Each form is
 * checked against its own year's list and filed under its own month, both months are summarised, and the night ends
 * well, then and the night after.
 */
@SlowTest
class YearsSideBySideTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	@TempDir
	Path dir;

	@Test
	void lateDecemberFormBesideJanuaryFormsIsFiledAndSummarisedInItsOwnYear() throws IOException {
		RollupProcess office = RollupProcess.in(this.dir);
		Path catalogs = office.input().resolve("catalog");
		Files.createDirectories(catalogs);
		Files.copy(RollupProcess.CATALOG, catalogs.resolve("2023-项目清单.xlsx"));
		Files.copy(RollupProcess.CATALOG, catalogs.resolve("2024-项目清单.xlsx"));
		generate(catalogs.resolve("2024-项目清单.xlsx"), YearMonth.of(2024, 1), List.of("县民政局", "县残联", "县教育局"),
				office.input());
		generate(catalogs.resolve("2023-项目清单.xlsx"), YearMonth.of(2023, 12), List.of("县民政局"), office.input());
		Path elsewhere = Files.createDirectories(this.dir.resolve("other-catalog"));
		Files.copy(RollupProcess.CATALOG, elsewhere.resolve("2022-项目清单.xlsx"));
		generate(elsewhere.resolve("2022-项目清单.xlsx"), YearMonth.of(2022, 12), List.of("县残联"), office.input());
		String current = "--catalog=" + catalogs.resolve("2024-项目清单.xlsx");

		RollupProcess.Finished night = office.run(TIMEOUT, "run", current, "--rollup.year=2024");

		assertThat(night.exitCode()).as(night.toString()).isZero();
		assertThat(night.output()).contains("项目清单：2024 年", "另有 2023 年的清单", "已接收 4，已退回 1",
				"系统中没有 2022 年的项目清单");
		assertThat(office.data().resolve("archive/2024-01/县民政局/县民政局-2024年1月-月报表.xlsx")).isRegularFile();
		assertThat(office.data().resolve("archive/2023-12/县民政局/县民政局-2023年12月-月报表.xlsx")).isRegularFile();
		assertThat(filesUnder(office.data().resolve("rejected"))).contains("县残联-2022年12月-月报表.xlsx");
		assertThat(filesUnder(office.output().resolve("summary"))).contains("湘潭县重点民生实事进展汇总表-2023年12月.xlsx",
				"湘潭县重点民生实事进展汇总表-2024年1月.xlsx");

		RollupProcess.Finished december = office.run(TIMEOUT, "summary", "--period=2023-12", current,
				"--rollup.year=2024");
		assertThat(december.exitCode()).as(december.toString()).isZero();
		assertThat(december.output()).contains("责任单位 14 个：按时报送 0，逾期报送 1，被退回 0，未报送 13。");
		RollupProcess.Finished january = office.run(TIMEOUT, "status", "--period=2024-01", current,
				"--rollup.year=2024");
		assertThat(january.output()).as(january.toString()).contains("2024年1月：已接收 3 个单位的报表");

		generate(catalogs.resolve("2023-项目清单.xlsx"), YearMonth.of(2023, 12), List.of("县教育局"), office.input());
		RollupProcess.Finished nextNight = office.run(TIMEOUT, "run", current, "--rollup.year=2024");

		assertThat(nextNight.exitCode()).as(nextNight.toString()).isZero();
		assertThat(nextNight.output()).contains("已接收 1，已退回 0");
		assertThat(office.data().resolve("archive/2023-12/县教育局/县教育局-2023年12月-月报表.xlsx")).isRegularFile();
	}

	private static void generate(Path catalogFile, YearMonth period, List<String> units, Path input)
			throws IOException {
		Catalog catalog = new CatalogLoader().load(catalogFile, period.getYear());
		new SampleMonthGenerator(catalog).generate(SampleSpec.of(period).withUnits(units).withDistributionRows(3),
				input);
	}

	private static List<String> filesUnder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map((p) -> p.getFileName().toString()).toList();
		}
	}

}
