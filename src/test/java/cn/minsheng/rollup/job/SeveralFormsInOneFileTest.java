package cn.minsheng.rollup.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.reprocess.Recheck;
import cn.minsheng.rollup.reprocess.Reprocessing;
import cn.minsheng.rollup.sample.SampleFormat;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;
import cn.minsheng.rollup.testing.Prerequisites;
import cn.minsheng.rollup.testing.SlowTest;
import cn.minsheng.rollup.workbook.HandMadeForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbook holding more than one form, made as units make them from the handed-out template (a sheet copied within
 * the workbook, last month's table or another unit's pasted in) and saved by LibreOffice: the night reads the sheet
 * the evidence names and warns of the others, or refuses the file naming every sheet; it never drops one unseen.
 */
@SpringBootTest
@SlowTest
class SeveralFormsInOneFileTest {

	static final Path ROOT = temp();

	static final Path INPUT = ROOT.resolve("input");

	static final Path OUTPUT = ROOT.resolve("output");

	static final YearMonth OCTOBER = YearMonth.of(2023, 10);

	static final YearMonth NOVEMBER = YearMonth.of(2023, 11);

	@Autowired
	NightlyRunner runner;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Reprocessing reprocessing;

	private Path made;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("rollup.input-dir", INPUT::toString);
		registry.add("rollup.output-dir", OUTPUT::toString);
		registry.add("rollup.data-dir", () -> ROOT.resolve("data").toString());
		registry.add("rollup.catalog-file", () -> Path.of("input/catalog/2023-项目清单.xlsx").toAbsolutePath().toString());
		registry.add("rollup.quiet-period", () -> "0s");
	}

	@BeforeEach
	void libreOffice() throws IOException {
		Prerequisites.require(HandMadeForms.libreOfficeInstalled(), "LibreOffice (soffice) is not installed");
		this.made = Files.createTempDirectory(ROOT, "made");
		Files.createDirectories(INPUT);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void lastMonthsTableKeptBesideThisMonthsIsSetAsideWithAWarningAndThisMonthsFiguresAreStored(String format)
			throws Exception {
		String unit = format.equals("xlsx") ? "县残联" : "县住建局";
		Path november = generated(unit, NOVEMBER);
		Path october = generated(unit, OCTOBER);
		HandMadeForms.pasteMainSheet(october, november, "10月");
		String name = unit + "-2023年11月-月报表." + format;
		HandMadeForms.savedByLibreOffice(november, format, INPUT, name);
		Map<String, BigDecimal> novemberFigures = FormFigures.cumulativeByCode(november);
		assertThat(FormFigures.cumulativeByCode(october)).isNotEqualTo(novemberFigures);

		assertThat(this.runner.runOnce().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		long id = submission(name);
		assertThat(field(id, "outcome")).isEqualTo("ACCEPTED");
		assertThat(field(id, "unit") + " " + field(id, "period")).isEqualTo(unit + " 2023-11");
		assertThat(field(id, "reason")).contains("工作簿中另有月报表「10月」未读取");
		assertThat(storedCumulatives(id)).isEqualTo(nonZero(novemberFigures));
		String warning = "工作簿中另有「10月」工作表也是月报表（填报单位为 " + unit + "，报送月份为 2023年10月";
		assertThat(this.jdbc.queryForList("SELECT rule_code || ' ' || sheet || ' ' || message FROM violation "
				+ "WHERE submission_id = ?", String.class, id)).anyMatch((v) -> v.startsWith("V106 10月 " + warning));
		assertThat(feedbackTexts(unit)).anyMatch((t) -> t.contains(warning) && t.contains("本次未读取"));
	}

	@Test
	void inAUnitsOwnWorkbookTheMonthsTableTheFileNameNamesIsReadEvenWhenLastMonthsComesFirst() throws Exception {
		String unit = "县教育局";
		Path october = generated(unit, OCTOBER);
		Path november = generated(unit, NOVEMBER);
		Path own = this.made.resolve("own.xlsx");
		try (Workbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				java.io.OutputStream out = Files.newOutputStream(own)) {
			workbook.write(out);
		}
		HandMadeForms.pasteMainSheet(october, own, "10月");
		HandMadeForms.pasteMainSheet(november, own, "11月");
		String name = unit + "-2023年11月-月报表.xlsx";
		HandMadeForms.savedByLibreOffice(own, "xlsx", INPUT, name);
		Map<String, BigDecimal> novemberFigures = FormFigures.cumulativeByCode(november);
		assertThat(FormFigures.cumulativeByCode(october)).isNotEqualTo(novemberFigures);

		assertThat(this.runner.runOnce().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		long id = submission(name);
		assertThat(field(id, "outcome") + " " + field(id, "period")).isEqualTo("ACCEPTED 2023-11");
		assertThat(storedCumulatives(id)).isEqualTo(nonZero(novemberFigures));
		assertThat(this.jdbc.queryForList("SELECT rule_code || ' ' || sheet FROM violation WHERE submission_id = ?",
				String.class, id)).contains("V106 10月");
		// checked again from the kept original, the same sheet is chosen: nothing changes
		assertThat(this.reprocessing.recheck(NOVEMBER)).filteredOn((r) -> r.submissionId() == id).singleElement()
			.satisfies((r) -> assertThat(r.change()).as(r.reason()).isEqualTo(Recheck.Change.UNCHANGED));
	}

	@Test
	void anotherUnitsFormPastedIntoTheWorkbookRejectsTheFileNamingBothUnitsAndStoresNeither() throws Exception {
		Path own = generated("县人社局", NOVEMBER);
		HandMadeForms.pasteMainSheet(generated("县民政局", NOVEMBER), own, "县民政局");
		String name = "县人社局-2023年11月-月报表.xlsx";
		HandMadeForms.savedByLibreOffice(own, "xlsx", INPUT, name);

		assertThat(this.runner.runOnce().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		long id = submission(name);
		assertThat(field(id, "outcome") + " " + field(id, "rejection_kind")).isEqualTo("REJECTED SEVERAL_FORMS");
		assertThat(field(id, "reason")).contains("「月报表」填报单位为 县人社局，报送月份为 2023年11月",
				"「县民政局」填报单位为 县民政局，报送月份为 2023年11月", "「县民政局」是县民政局的月报表，而本文件是县人社局的",
				"本次未接收其中任何一份");
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM submission s JOIN reported_row r "
				+ "ON r.submission_id = s.id WHERE s.unit IN ('县人社局', '县民政局') AND s.period = '2023-11'",
				Integer.class)).isZero();
		// recorded as 县人社局's return, which the file name and the hidden metadata name; the reason is in its folder
		assertThat(field(id, "unit")).isEqualTo("县人社局");
		assertThat(files(OUTPUT.resolve("feedback/2023-11/县人社局"))).anyMatch((f) -> f.endsWith(".txt"));
	}

	@Test
	void aCopyOfTheTemplateSheetWithOtherFiguresForTheSameMonthRejectsTheFileNamingBothSheets() throws Exception {
		Path form = generated("县教育局", NOVEMBER);
		HandMadeForms.copyMainSheet(form, "月报表 (2)");
		HandMadeForms.editSheet(form, "月报表 (2)", (sheet) -> {
			String code = sheet.codes().keySet().stream().filter((c) -> sheet.number(c, "累计完成") != null)
				.findFirst().orElseThrow();
			sheet.type(code, "累计完成", sheet.number(code, "累计完成").doubleValue() + 7);
		});
		String name = "县教育局-2023年11月-月报表.xls";
		HandMadeForms.savedByLibreOffice(form, "xls", INPUT, name);

		assertThat(this.runner.runOnce().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		long id = submission(name);
		assertThat(field(id, "outcome") + " " + field(id, "rejection_kind")).isEqualTo("REJECTED SEVERAL_FORMS");
		assertThat(field(id, "reason")).contains("「月报表」和「月报表 (2)」无法分辨哪一份是本次报送的（月份相同，填写的数字不同）");
	}

	@Test
	void aRenamedIdenticalCopyOfTheTemplateSheetIsSetAsideWithAWarning() throws Exception {
		Path form = generated("县卫健局", NOVEMBER);
		HandMadeForms.copyMainSheet(form, "备份");
		String name = "县卫健局-2023年11月-月报表.xlsx";
		HandMadeForms.savedByLibreOffice(form, "xlsx", INPUT, name);

		assertThat(this.runner.runOnce().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		long id = submission(name);
		assertThat(field(id, "outcome")).isEqualTo("ACCEPTED");
		assertThat(storedCumulatives(id)).isEqualTo(nonZero(FormFigures.cumulativeByCode(form)));
		assertThat(feedbackTexts("县卫健局")).anyMatch((t) -> t.contains("工作簿中另有「备份」工作表也是月报表"));
	}

	private Path generated(String unit, YearMonth period) {
		try {
			SampleSpec spec = SampleSpec.of(period).withUnits(List.of(unit)).withFormat(SampleFormat.XLSX)
				.withSeed(7);
			return new SampleMonthGenerator(BundledCatalog.load())
				.generateMonth(spec, period, this.made.resolve(unit + "-" + period)).get(0).file();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private long submission(String fileName) {
		return this.jdbc.queryForObject("SELECT MAX(id) FROM submission WHERE file_name = ?", Long.class, fileName);
	}

	private String field(long id, String column) {
		return this.jdbc.queryForObject("SELECT " + column + " FROM submission WHERE id = ?", String.class, id);
	}

	private Map<String, BigDecimal> storedCumulatives(long id) {
		Map<String, BigDecimal> stored = new TreeMap<>();
		this.jdbc.query("SELECT code, cumulative_done FROM reported_row WHERE submission_id = ? AND cumulative_done "
				+ "IS NOT NULL AND cumulative_done <> 0", (rs) -> {
					stored.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros());
				}, id);
		return stored;
	}

	private static Map<String, BigDecimal> nonZero(Map<String, BigDecimal> figures) {
		Map<String, BigDecimal> kept = new TreeMap<>();
		figures.forEach((code, value) -> {
			if (value.signum() != 0) {
				kept.put(code, value.stripTrailingZeros());
			}
		});
		return kept;
	}

	/** Every cell text of the unit's feedback workbooks for November. */
	private static List<String> feedbackTexts(String unit) throws IOException {
		List<String> texts = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		for (String file : files(OUTPUT.resolve("feedback/2023-11").resolve(unit))) {
			if (!file.endsWith(".xlsx") && !file.endsWith(".xls")) {
				continue;
			}
			try (Workbook workbook = WorkbookFactory.create(Path.of(file).toFile(), null, true)) {
				workbook.forEach((sheet) -> {
					for (Row row : sheet) {
						row.forEach((cell) -> texts.add(formatter.formatCellValue(cell)));
					}
				});
			}
		}
		return texts;
	}

	private static List<String> files(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(Path::toString).toList();
		}
	}

	private static Path temp() {
		try {
			return Files.createTempDirectory("several-forms");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
