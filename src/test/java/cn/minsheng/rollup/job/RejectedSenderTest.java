package cn.minsheng.rollup.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.minsheng.rollup.ledger.LedgerStatus;
import cn.minsheng.rollup.sample.SampleFormat;
import cn.minsheng.rollup.testing.Prerequisites;
import cn.minsheng.rollup.testing.SlowTest;
import cn.minsheng.rollup.workbook.HandMadeForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A file rejected before it could be read (.ods, .csv, encrypted, damaged) is still the unit's when its name says
 * which unit sent it for which month: the office sees 已报送、被退回 rather than 未报送, and the reason goes to that
 * unit's feedback folder.
 */
@SpringBootTest
@SlowTest
class RejectedSenderTest {

	static final Path ROOT = temp();

	static final Path INPUT = ROOT.resolve("input");

	static final Path OUTPUT = ROOT.resolve("output");

	@Autowired
	NightlyRunner runner;

	@Autowired
	LedgerStatus status;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("rollup.input-dir", INPUT::toString);
		registry.add("rollup.output-dir", OUTPUT::toString);
		registry.add("rollup.data-dir", () -> ROOT.resolve("data").toString());
		registry.add("rollup.catalog-file", () -> Path.of("input/catalog/2023-项目清单.xlsx").toAbsolutePath().toString());
		registry.add("rollup.quiet-period", () -> "0s");
	}

	@Test
	void unreadableFilesNamedForAUnitAndMonthCountAsThatUnitsRejectedReturn() throws Exception {
		Prerequisites.require(HandMadeForms.libreOfficeInstalled(), "LibreOffice (soffice) is not installed");
		Path made = ROOT.resolve("made");
		Files.createDirectories(INPUT);
		Files.copy(FormFiles.validForm(made, SampleFormat.XLSX, 1), INPUT.resolve("县人社局-2023年11月-月报表.xlsx"));
		HandMadeForms.savedByLibreOffice(FormFiles.validForm(made, "县民政局", SampleFormat.XLSX, 2), "ods", INPUT,
				"县民政局-2023年11月-月报表.ods");
		Files.writeString(INPUT.resolve("县卫健局2023年11月月报表.csv"), "项目编码,累计完成\nS03-1,12\n",
				StandardCharsets.UTF_8);
		BrokenFiles.encryptedXlsx(FormFiles.validForm(made, "县教育局", SampleFormat.XLSX, 3),
				INPUT.resolve("教育局-11月报表.xlsx"));
		Files.createDirectories(INPUT.resolve("2023-11"));
		BrokenFiles.truncated(FormFiles.validForm(made, "县水利局", SampleFormat.XLSX, 4),
				INPUT.resolve("2023-11").resolve("县水利局月报表.xlsx"));
		BrokenFiles.truncated(FormFiles.validForm(made, "县残联", SampleFormat.XLSX, 5), INPUT.resolve("月报表.xlsx"));

		assertThat(this.runner.runOnce().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		List<String> senders = List.of("县卫健局", "县教育局", "县民政局", "县水利局");
		assertThat(this.status.unitsOnlyRejected(FormFiles.NOVEMBER)).containsExactlyInAnyOrderElementsOf(senders);
		for (String unit : senders) {
			assertThat(files(OUTPUT.resolve("feedback/2023-11").resolve(unit))).as(unit)
				.anyMatch((f) -> f.endsWith(".txt"));
		}
		assertThat(files(OUTPUT.resolve("feedback/未识别"))).anyMatch((f) -> f.contains("月报表.xlsx"));
		List<String> rows = summaryRows(OUTPUT.resolve("summary/湘潭县重点民生实事进展汇总表-2023年11月.xlsx"));
		for (String unit : senders) {
			assertThat(rows).as(unit).anyMatch((row) -> row.contains(unit) && row.contains("被退回"));
		}
		assertThat(rows).anyMatch((row) -> row.contains("县残联") && row.contains("未报送"));
	}

	private static List<String> summaryRows(Path summary) throws IOException {
		List<String> rows = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (Workbook workbook = WorkbookFactory.create(summary.toFile(), null, true)) {
			workbook.forEach((sheet) -> {
				for (Row row : sheet) {
					StringBuilder text = new StringBuilder();
					row.forEach((cell) -> text.append(formatter.formatCellValue(cell)).append('|'));
					rows.add(text.toString());
				}
			});
		}
		return rows;
	}

	private static Path temp() {
		try {
			return Files.createTempDirectory("rejected-sender");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static List<String> files(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(Path::toString).toList();
		}
	}

}
