package cn.minsheng.rollup.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.testing.Prerequisites;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogLoaderTest {

	/** A copy of the shared domain list as the office wrote it, quotes and all. */
	static final Path SHARED_CSV = Path.of("src/test/resources/catalog/catalog-2023.csv");

	static final Path BUNDLED = Path.of("input/catalog/2023-项目清单.xlsx");

	@TempDir
	Path dir;

	private final CatalogLoader loader = new CatalogLoader();

	@Test
	void loadsTheYearsCsvWithItsCountsPerLevel() throws IOException {
		Path csv = copyOfSharedCsv();

		Catalog catalog = this.loader.load(csv, 2000);

		assertThat(catalog.year()).isEqualTo(2023);
		assertThat(catalog.indicators()).hasSize(39);
		assertThat(catalog.units()).hasSize(14).startsWith("县人社局", "县医保局");
		assertThat(catalog.countsByLevel()).containsEntry(Level.PROVINCIAL, new Catalog.LevelCount(10, 27))
			.containsEntry(Level.PROVINCIAL_MONITORED, new Catalog.LevelCount(2, 4))
			.containsEntry(Level.MUNICIPAL, new Catalog.LevelCount(7, 8));
		assertThat(catalog.describeCounts())
			.isEqualTo("省重点民生实事 10 件 27 项；省重点监测民生项目 2 件 4 项；市重点民生实事 7 件 8 项；共 39 项，责任单位 14 个");
	}

	@Test
	void readsEveryFieldOfAnIndicator() throws IOException {
		Catalog catalog = this.loader.load(copyOfSharedCsv(), 2023);

		Indicator s031 = catalog.find("S03-1").orElseThrow();
		assertThat(s031.name()).isEqualTo("农村适龄及城镇低保适龄妇女\"两癌\"免费检查");
		assertThat(s031.annualTarget()).isEqualByComparingTo("20000");
		assertThat(s031.responsibleUnit()).isEqualTo("县妇幼保健院");
		assertThat(s031.plannedFundsWan()).isEqualByComparingTo("260");
		assertThat(s031.dueMonth()).isEqualTo(10);
		assertThat(catalog.find("S06-1").orElseThrow().measure()).isEqualTo(Measure.STANDARD);
		assertThat(catalog.find("S08-1").orElseThrow().measure()).isEqualTo(Measure.MILESTONE);
		assertThat(catalog.find("S01-1").orElseThrow().plannedFundsWan()).isNull();
		assertThat(catalog.find("C07-2").orElseThrow().continuing()).isFalse();
	}

	@Test
	void workbookWrittenFromTheCsvLoadsToTheSameCatalog() throws IOException {
		Catalog fromCsv = this.loader.load(copyOfSharedCsv(), 2023);
		Path xlsx = this.dir.resolve("2023-项目清单.xlsx");

		new CatalogWorkbookWriter().write(fromCsv, xlsx);
		Catalog fromWorkbook = this.loader.load(xlsx, 2000);

		assertThat(fromWorkbook).isEqualTo(fromCsv);
		assertThat(fromWorkbook.fingerprint()).isEqualTo(fromCsv.fingerprint());
	}

	@Test
	void bundledCatalogWorkbookIsTheSharedList() throws IOException {
		Prerequisites.require(Files.exists(BUNDLED), "bundled catalog not generated yet");
		assertThat(this.loader.load(BUNDLED, 2000)).isEqualTo(this.loader.load(copyOfSharedCsv(), 2023));
	}

	@Test
	void fingerprintChangesWhenATargetChanges() throws IOException {
		Catalog catalog = this.loader.load(copyOfSharedCsv(), 2023);
		Path edited = writeCsv(csvText().replace("S01-1,省重点民生实事,S01,促进高质量充分就业,城镇新增就业,指标类,累计数量,人,6500",
				"S01-1,省重点民生实事,S01,促进高质量充分就业,城镇新增就业,指标类,累计数量,人,6600"));

		assertThat(this.loader.load(edited, 2023).fingerprint()).isNotEqualTo(catalog.fingerprint());
	}

	@Nested
	class BrokenCatalogs {

		@Test
		void duplicateCodeIsNamedWithItsRow() throws IOException {
			Path csv = writeCsv(csvText().replace("S01-2,", "S01-1,"));

			assertThatThrownBy(() -> CatalogLoaderTest.this.loader.load(csv, 2023)).isInstanceOf(CatalogException.class)
				.hasMessageContaining("第 3 行「项目编码」：项目编码「S01-1」重复");
		}

		@Test
		void unknownLevelKindAndMeasureAreNamed() throws IOException {
			Path csv = writeCsv(csvText().replace("S01-1,省重点民生实事,S01,促进高质量充分就业,城镇新增就业,指标类,累计数量",
					"S01-1,省级实事,S01,促进高质量充分就业,城镇新增就业,普通类,估算"));

			assertThatThrownBy(() -> CatalogLoaderTest.this.loader.load(csv, 2023))
				.hasMessageContaining("第 2 行「层级」：「省级实事」不是可用的值")
				.hasMessageContaining("第 2 行「指标类型」：「普通类」不是可用的值")
				.hasMessageContaining("第 2 行「计量方式」：「估算」不是可用的值");
		}

		@Test
		void targetMustBePositive() throws IOException {
			Path csv = writeCsv(csvText().replace("城镇新增就业,指标类,累计数量,人,6500", "城镇新增就业,指标类,累计数量,人,0"));

			assertThatThrownBy(() -> CatalogLoaderTest.this.loader.load(csv, 2023))
				.hasMessageContaining("第 2 行「年度目标」：年度目标必须大于 0");
		}

		@Test
		void targetMustBeANumber() throws IOException {
			Path csv = writeCsv(csvText().replace("城镇新增就业,指标类,累计数量,人,6500", "城镇新增就业,指标类,累计数量,人,约六千"));

			assertThatThrownBy(() -> CatalogLoaderTest.this.loader.load(csv, 2023))
				.hasMessageContaining("第 2 行「年度目标」：「约六千」不是数字");
		}

		@Test
		void dueMonthMustBeOneToTwelve() throws IOException {
			Path csv = writeCsv(csvText().replace("县人社局,,12,续办\nS01-2", "县人社局,,13,续办\nS01-2"));

			assertThatThrownBy(() -> CatalogLoaderTest.this.loader.load(csv, 2023))
				.hasMessageContaining("第 2 行「完成时限（月）」：完成时限应为 1 到 12 之间的月份，实际为「13」");
		}

		@Test
		void everyIndicatorNeedsAResponsibleUnit() throws IOException {
			Path csv = writeCsv(csvText().replace("人,6500,县人社局,", "人,6500,,"));

			assertThatThrownBy(() -> CatalogLoaderTest.this.loader.load(csv, 2023))
				.hasMessageContaining("第 2 行「责任单位」：不能为空");
		}

		@Test
		void categoryMustKeepOneLevel() throws IOException {
			Path csv = writeCsv(csvText().replace("S01-3,省重点民生实事,S01", "S01-3,市重点民生实事,S01"));

			assertThatThrownBy(() -> CatalogLoaderTest.this.loader.load(csv, 2023))
				.hasMessageContaining("第 4 行「项目编码」：项目编码应以「C」开头");
		}

		@Test
		void missingColumnIsNamed() throws IOException {
			Path csv = writeCsv(csvText().replace(",due_month,", ",month,"));

			assertThatThrownBy(() -> CatalogLoaderTest.this.loader.load(csv, 2023))
				.hasMessageContaining("第 1 行「完成时限（月）」：表头缺少此列");
		}

		@Test
		void emptyFileIsRefused() throws IOException {
			Path csv = writeCsv("");

			assertThatThrownBy(() -> CatalogLoaderTest.this.loader.load(csv, 2023)).hasMessageContaining("文件中没有内容");
		}

		@Test
		void unreadableWorkbookIsRefusedInChinese() throws IOException {
			Path bad = CatalogLoaderTest.this.dir.resolve("2023-项目清单.xlsx");
			Files.writeString(bad, "not a workbook");

			assertThatThrownBy(() -> CatalogLoaderTest.this.loader.load(bad, 2023)).isInstanceOf(CatalogException.class)
				.hasMessageContaining("无法读取文件");
		}

		@Test
		void allProblemsAreReportedAtOnce() throws IOException {
			Path csv = writeCsv(csvText().replace("人,6500,县人社局,", "人,0,,"));

			assertThatThrownBy(() -> CatalogLoaderTest.this.loader.load(csv, 2023))
				.isInstanceOfSatisfying(CatalogException.class, (ex) -> assertThat(ex.problems()).hasSize(2));
		}

	}

	private Path copyOfSharedCsv() throws IOException {
		return writeCsv(csvText());
	}

	private static String csvText() throws IOException {
		return Files.readString(SHARED_CSV, StandardCharsets.UTF_8);
	}

	private Path writeCsv(String text) throws IOException {
		Path file = this.dir.resolve("2023-catalog.csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

}
