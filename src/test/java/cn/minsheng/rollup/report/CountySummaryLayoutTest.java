package cn.minsheng.rollup.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.progress.ProgressThresholds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary workbook looks exactly as it did when it was built with the XSSF user model: the layout of every
 * cell, row, column, chart and print setting is pinned by a hash of {@link SummaryLayout} taken from the user-model
 * writer, for the county and for a province of many units whose 进展明细 runs past the streaming row window of 200 rows.
 * <p>
 * On a mismatch the layout is written to {@code target/summary-layout-*.txt} to compare with the previous writer's.
 */
class CountySummaryLayoutTest {

	static final LocalDateTime GENERATED = LocalDateTime.of(2023, 12, 1, 8, 30);

	/** {@link SummaryLayout} of the county November summary as the user-model writer wrote it. */
	static final String COUNTY_LAYOUT = "421bccda8db62871e5ada60bd731cd2c78cb08795ca5b6a3f0143a75bb74f41e";

	/** {@link SummaryLayout} of the six-county November summary as the user-model writer wrote it. */
	static final String PROVINCE_LAYOUT = "50e4f92f0f93b2953368698397714b8f93292751885decd471dd06f9ee5afdf1";

	@TempDir
	Path dir;

	@Test
	void writesTheCountySummaryCellForCellAsTheUserModelWriterDid() throws IOException {
		Catalog catalog = SummaryFixture.catalog();

		List<String> layout = layoutOf(catalog, "county");

		assertThat(SummaryLayout.hash(layout)).as("layout, see target/summary-layout-county.txt")
			.isEqualTo(COUNTY_LAYOUT);
	}

	@Test
	void writesAProvinceSummaryLongerThanTheRowWindowCellForCellAsTheUserModelWriterDid() throws IOException {
		Catalog catalog = counties(SummaryFixture.catalog(), 6);

		List<String> layout = layoutOf(catalog, "province");

		assertThat(catalog.units()).hasSize(84);
		assertThat(layout.stream().filter((l) -> l.startsWith("进展明细|row ")).count()).isGreaterThan(200);
		assertThat(SummaryLayout.hash(layout)).as("layout, see target/summary-layout-province.txt")
			.isEqualTo(PROVINCE_LAYOUT);
	}

	private List<String> layoutOf(Catalog catalog, String name) throws IOException {
		CountySummary summary = CountySummary.of(catalog, SummaryFixture.november(catalog),
				ProgressThresholds.defaults());
		Path file = this.dir.resolve(name + ".xlsx");
		new CountySummaryWriter().write(summary, CountySummaryWriterTest.TITLE, GENERATED, file);
		List<String> layout;
		try (XSSFWorkbook workbook = CountySummaryWriterTest.open(file)) {
			layout = SummaryLayout.of(workbook);
		}
		Files.createDirectories(Path.of("target"));
		Files.write(Path.of("target", "summary-layout-" + name + ".txt"), layout);
		return layout;
	}

	/** The county's catalog repeated for several counties, as a city or the province lists them. */
	static Catalog counties(Catalog county, int counties) {
		List<Indicator> all = new ArrayList<>();
		for (int c = 1; c <= counties; c++) {
			for (Indicator i : county.indicators()) {
				String item = i.code().substring(i.code().indexOf('-') + 1);
				all.add(new Indicator(i.categoryNo() + "-" + (c * 100 + Integer.parseInt(item)), i.level(),
						i.categoryNo(), i.category(), i.name(), i.kind(), i.measure(), i.unitOfMeasure(),
						i.annualTarget(), String.format("县%02d-%s", c, i.responsibleUnit()), i.plannedFundsWan(),
						i.dueMonth(), i.continuing()));
			}
		}
		return new Catalog(county.year(), all);
	}

}
