package cn.minsheng.rollup.catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.task.SimpleAsyncTaskExecutor;

import cn.minsheng.rollup.system.RollupProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The catalog starts loading in the background when the provider is made; the command gets what it got before. */
class CatalogProviderTest {

	@TempDir
	Path dir;

	@Test
	void givesTheCatalogLoadedInTheBackground() throws IOException {
		Path file = copyOfSharedCsv(sharedCsv());
		CatalogProvider provider = provider(file);

		Catalog catalog = provider.catalog();

		assertThat(catalog).isEqualTo(new CatalogLoader().load(file, 2023));
		assertThat(provider.catalog()).isSameAs(catalog);
	}

	@Test
	void catalogEditedAfterTheProviderWasMadeIsReadAsEdited() throws IOException {
		Path file = copyOfSharedCsv(sharedCsv());
		CatalogProvider provider = provider(file);
		Files.writeString(file, sharedCsv().replace("人,6500,县人社局,", "人,66000,县人社局,"), StandardCharsets.UTF_8);

		Catalog catalog = provider.catalog();

		assertThat(catalog.find("S01-1").orElseThrow().annualTarget()).isEqualByComparingTo("66000");
	}

	@Test
	void catalogPutInPlaceAfterTheProviderWasMadeIsFound() throws IOException {
		Path file = this.dir.resolve("2023-catalog.csv");
		CatalogProvider provider = provider(file);
		copyOfSharedCsv(sharedCsv());

		assertThat(provider.catalog().indicators()).hasSize(39);
	}

	@Test
	void brokenCatalogStopsTheCommandThatAsksForItWithItsProblems() throws IOException {
		Path file = copyOfSharedCsv(sharedCsv().replace("人,6500,县人社局,", "人,0,县人社局,"));
		CatalogProvider provider = provider(file);

		assertThatThrownBy(provider::catalog).isInstanceOf(CatalogException.class)
			.hasMessageContaining("第 2 行「年度目标」：年度目标必须大于 0");
		assertThatThrownBy(provider::catalog).isInstanceOf(CatalogException.class);
	}

	@Test
	void missingCatalogIsReportedAsUnreadable() {
		CatalogProvider provider = provider(this.dir.resolve("2023-项目清单.xlsx"));

		assertThatThrownBy(provider::catalog).isInstanceOf(CatalogException.class).hasMessageContaining("无法读取文件");
	}

	@Nested
	class YearsSideBySide {

		@Test
		void findsEachYearsCatalogInTheCatalogFolderByTheYearItsNameStartsWith() throws IOException {
			Path folder = Files.createDirectories(CatalogProviderTest.this.dir.resolve("input/catalog"));
			Files.writeString(folder.resolve("2023-项目清单.csv"), sharedCsv(), StandardCharsets.UTF_8);
			Files.writeString(folder.resolve("2024-项目清单.csv"),
					sharedCsv().replace("人,6500,县人社局,", "人,7000,县人社局,"), StandardCharsets.UTF_8);
			Files.writeString(folder.resolve("~$2024-项目清单.csv"), "lock", StandardCharsets.UTF_8);
			CatalogProvider provider = provider(folder.resolve("2024-项目清单.csv"));

			assertThat(provider.years()).containsExactly(2023, 2024);
			assertThat(provider.catalog(2023).find("S01-1").orElseThrow().annualTarget()).isEqualByComparingTo("6500");
			assertThat(provider.catalog(2024).find("S01-1").orElseThrow().annualTarget()).isEqualByComparingTo("7000");
			assertThat(provider.find(2022)).isEmpty();
			assertThatThrownBy(() -> provider.catalog(2022)).isInstanceOf(CatalogException.class)
				.hasMessageContaining("没有 2022 年的项目清单");
		}

		@Test
		void configuredCatalogWinsForItsYearOverTheFolders() throws IOException {
			Path folder = Files.createDirectories(CatalogProviderTest.this.dir.resolve("input/catalog"));
			Files.writeString(folder.resolve("2023-项目清单.csv"), sharedCsv(), StandardCharsets.UTF_8);
			Path fixed = CatalogProviderTest.this.dir.resolve("2023-修正.csv");
			Files.writeString(fixed, sharedCsv().replace("人,6500,县人社局,", "人,6600,县人社局,"), StandardCharsets.UTF_8);

			Catalog catalog = provider(fixed).catalog(2023);

			assertThat(catalog.find("S01-1").orElseThrow().annualTarget()).isEqualByComparingTo("6600");
		}

		@Test
		void twoFilesOfOneYearAreRefusedNamingBoth() throws IOException {
			Path folder = Files.createDirectories(CatalogProviderTest.this.dir.resolve("input/catalog"));
			Files.writeString(folder.resolve("2023-项目清单.csv"), sharedCsv(), StandardCharsets.UTF_8);
			Files.writeString(folder.resolve("2024-项目清单.csv"), sharedCsv(), StandardCharsets.UTF_8);
			Files.writeString(folder.resolve("2024-项目清单（新）.csv"), sharedCsv(), StandardCharsets.UTF_8);

			assertThatThrownBy(() -> provider(folder.resolve("2023-项目清单.csv")).catalog(2024))
				.isInstanceOf(CatalogException.class)
				.hasMessageContaining("2024-项目清单.csv")
				.hasMessageContaining("2024-项目清单（新）.csv");
		}

	}

	private CatalogProvider provider(Path catalogFile) {
		return new CatalogProvider(RollupProperties.of(this.dir.resolve("input"), this.dir.resolve("output"),
				this.dir.resolve("data"), catalogFile), new SimpleAsyncTaskExecutor());
	}

	private static String sharedCsv() throws IOException {
		return Files.readString(CatalogLoaderTest.SHARED_CSV, StandardCharsets.UTF_8);
	}

	private Path copyOfSharedCsv(String text) throws IOException {
		Path file = this.dir.resolve("2023-catalog.csv");
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

}
