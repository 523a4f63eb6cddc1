package cn.minsheng.rollup.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Measure;
import cn.minsheng.rollup.intake.FileDigest;
import cn.minsheng.rollup.sample.BundledSampleData;
import cn.minsheng.rollup.sample.GeneratedForm;
import cn.minsheng.rollup.sample.InjectedMistake;
import cn.minsheng.rollup.sample.SampleMistake;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly job on the two sample months, as the office sees the result: outcomes, stored figures, the feedback a
 * unit gets, where each original ends up, and the county summary checked against figures read from the forms.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NightlyJobFunctionalTest {

	static final Path ROOT = temp();

	static final Path INPUT = ROOT.resolve("input");

	static final Path OUTPUT = ROOT.resolve("output");

	static final Path DATA = ROOT.resolve("data");

	static final YearMonth NOVEMBER = BundledSampleData.NOVEMBER;

	@Autowired
	NightlyRunner runner;

	@Autowired
	CatalogProvider catalogs;

	@Autowired
	JdbcClient jdbc;

	List<GeneratedForm> forms;

	Map<String, String> hashesBefore;

	JobExecution firstRun;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("rollup.input-dir", INPUT::toString);
		registry.add("rollup.output-dir", OUTPUT::toString);
		registry.add("rollup.data-dir", DATA::toString);
		registry.add("rollup.catalog-file", () -> Path.of("input/catalog/2023-项目清单.xlsx").toAbsolutePath().toString());
		registry.add("rollup.quiet-period", () -> "0s");
	}

	@BeforeAll
	void dropTheSampleMonthsAndRunTheNight() throws Exception {
		this.forms = BundledSampleData.generate(this.catalogs.catalog(), INPUT);
		this.hashesBefore = hashes(INPUT);
		this.firstRun = this.runner.runOnce();
	}

	@Test
	@Order(1)
	void decidesEveryFileAndCompletes() {
		assertThat(this.firstRun.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(27);
		assertThat(count("SELECT COUNT(*) FROM submission WHERE outcome = 'ACCEPTED'")).isEqualTo(23);
		assertThat(count("SELECT COUNT(*) FROM submission WHERE outcome = 'REJECTED'")).isEqualTo(4);
		assertThat(count("SELECT COUNT(*) FROM submission WHERE state <> 'PLACED'")).isZero();
	}

	@Test
	@Order(2)
	void rejectsEachPlantedMistakeNamingItsCell() {
		Map<SampleMistake, String> ruleOf = Map.of(SampleMistake.CUMULATIVE_BELOW_LAST_MONTH, "V210",
				SampleMistake.TEXT_IN_NUMBER_CELL, "V202", SampleMistake.MISSING_REQUIRED_CELL, "V201",
				SampleMistake.OTHER_UNITS_CODE, "V207");
		List<GeneratedForm> flawed = this.forms.stream().filter((f) -> !f.mistakes().isEmpty()).toList();
		assertThat(flawed).hasSize(4);
		for (GeneratedForm form : flawed) {
			long id = submissionOf(form);
			assertThat(text("SELECT outcome FROM submission WHERE id = " + id)).as(form.unit()).isEqualTo("REJECTED");
			for (InjectedMistake mistake : form.mistakes()) {
				List<String> cells = this.jdbc.sql("SELECT cell_ref FROM violation WHERE submission_id = :id AND rule_code = :rule")
					.param("id", id)
					.param("rule", ruleOf.get(mistake.mistake()))
					.query(String.class)
					.list();
				assertThat(cells).as(form.unit() + " " + mistake.describe()).contains(mistake.cell());
			}
		}
	}

	@Test
	@Order(3)
	void storesTheFiguresAsTheFormsShowThem() throws IOException {
		for (GeneratedForm form : this.forms) {
			if (!form.mistakes().isEmpty()) {
				continue;
			}
			long id = submissionOf(form);
			Map<String, BigDecimal> stored = new HashMap<>();
			this.jdbc.sql("SELECT code, cumulative_done FROM reported_row WHERE submission_id = :id")
				.param("id", id)
				.query((rs, n) -> stored.put(rs.getString(1), rs.getBigDecimal(2)))
				.list();
			Map<String, BigDecimal> shown = FormFigures.cumulativeByCode(archived(id));
			assertThat(stored.keySet()).as(form.unit()).isEqualTo(shown.keySet());
			shown.forEach((code, value) -> assertThat(stored.get(code)).as(form.unit() + " " + code)
				.isEqualByComparingTo(value));
		}
		assertThat(count("SELECT COALESCE(SUM(d.row_count), 0) FROM distribution_block d "
				+ "JOIN submission s ON s.id = d.submission_id WHERE s.outcome = 'ACCEPTED'")).isEqualTo(this.forms.stream()
					.filter((f) -> f.mistakes().isEmpty())
					.mapToInt(GeneratedForm::distributionRows)
					.sum());
	}

	@Test
	@Order(4)
	void feedbackMarksTheOffendingCellInTheUnitsOwnWorkbook() throws IOException {
		GeneratedForm form = flawed(SampleMistake.TEXT_IN_NUMBER_CELL);
		InjectedMistake mistake = form.mistakes().get(0);
		Path feedback = Path.of(text("SELECT feedback_path FROM submission WHERE id = " + submissionOf(form)));
		try (Workbook workbook = WorkbookFactory.create(feedback.toFile(), null, true)) {
			assertThat(workbook.getSheetName(0)).isEqualTo("问题清单");
			assertThat(sheetText(workbook.getSheetAt(0))).contains(mistake.cell()).contains("应为数字");
			CellReference ref = new CellReference(mistake.cell());
			Cell cell = workbook.getSheet("月报表").getRow(ref.getRow()).getCell(ref.getCol());
			Comment comment = cell.getCellComment();
			assertThat(comment).isNotNull();
			assertThat(comment.getString().getString()).contains("应为数字");
			assertThat(cell.getCellStyle().getFillPattern().getCode()).isNotZero();
		}
		assertThat(OUTPUT.resolve("feedback/2023-11/" + form.catalogUnit())).isDirectoryContaining(
				(p) -> p.getFileName().toString().endsWith(".退回原因.txt"));
	}

	@Test
	@Order(5)
	void everyDroppedFileEndsInExactlyOnePlace() throws IOException {
		Map<String, String> kept = hashes(DATA.resolve("archive"));
		kept.putAll(hashes(DATA.resolve("rejected")));
		kept.keySet().removeIf((p) -> p.endsWith(".退回原因.txt"));

		assertThat(hashes(INPUT)).isEmpty();
		assertThat(sorted(kept.values())).isEqualTo(sorted(this.hashesBefore.values()));
		assertThat(kept.keySet()).filteredOn((p) -> p.contains("rejected")).allSatisfy(
				(p) -> assertThat(Path.of(p + ".退回原因.txt")).exists());
	}

	@Test
	@Order(6)
	void summaryShowsEachIndicatorAgainstTheScheduleAsTheFormsSay() throws IOException {
		Catalog catalog = this.catalogs.catalog();
		Map<String, BigDecimal> reported = new HashMap<>();
		Map<String, BigDecimal> october = new HashMap<>();
		for (GeneratedForm form : this.forms) {
			if (form.period().equals(NOVEMBER) && form.mistakes().isEmpty()) {
				reported.putAll(FormFigures.cumulativeByCode(archived(submissionOf(form))));
			}
			if (form.period().equals(NOVEMBER.minusMonths(1)) && form.mistakes().isEmpty()) {
				october.putAll(FormFigures.cumulativeByCode(archived(submissionOf(form))));
			}
		}
		Path summary = OUTPUT.resolve("summary/湘潭县重点民生实事进展汇总表-2023年11月.xlsx");
		try (Workbook workbook = WorkbookFactory.create(summary.toFile(), null, true)) {
			Map<String, Row> rows = rowsByCode(workbook.getSheet("进展明细"));
			Row header = workbook.getSheet("进展明细").getRow(2);
			double progressSum = 0;
			int carriedCount = 0;
			for (Indicator indicator : catalog.indicators()) {
				Row row = rows.get(indicator.code());
				String shownClass = row.getCell(FormFigures.column(header, "进度分类")).getStringCellValue();
				BigDecimal cumulative = reported.get(indicator.code());
				// refused or silent in November: judged on the October figure, and marked so (carry-forward)
				boolean carried = cumulative == null && october.containsKey(indicator.code());
				if (carried) {
					cumulative = october.get(indicator.code());
				}
				var noteCell = row.getCell(FormFigures.column(header, "数据说明"));
				String note = noteCell == null || noteCell.getCellType() != org.apache.poi.ss.usermodel.CellType.STRING
						? null : noteCell.getStringCellValue();
				if (cumulative == null) {
					assertThat(shownClass).as(indicator.code()).isEqualTo("未报送");
					continue;
				}
				assertThat(note).as(indicator.code()).isEqualTo(carried ? "沿用10月数据" : null);
				carriedCount += carried ? 1 : 0;
				progressSum += indicator.measure() == Measure.CUMULATIVE
						? Math.min(1, cumulative.divide(indicator.annualTarget(), MathContext.DECIMAL64).doubleValue())
						: cumulative.compareTo(indicator.annualTarget()) >= 0 ? 1 : 0;
				double schedule = Math.min(1.0, 11.0 / indicator.dueMonth());
				assertThat(number(row, header, "累计完成")).as(indicator.code()).isEqualTo(cumulative.doubleValue());
				if (indicator.measure() == Measure.CUMULATIVE) {
					double rate = cumulative.divide(indicator.annualTarget(), MathContext.DECIMAL64).doubleValue();
					assertThat(number(row, header, "完成率")).as(indicator.code()).isCloseTo(rate, within());
					assertThat(number(row, header, "序时进度")).as(indicator.code()).isCloseTo(schedule, within());
					assertThat(shownClass).as(indicator.code()).isEqualTo(expectedClass(rate, schedule));
				}
			}
			// the headline: the mean over all 39, the four refused units and the silent one counted on October
			Row county = workbook.getSheet("总体情况").getRow(3);
			assertThat(county.getCell(0).getStringCellValue()).isEqualTo("全县");
			assertThat(county.getCell(9).getNumericCellValue()).isCloseTo(progressSum / 39, within());
			assertThat(county.getCell(19).getNumericCellValue()).isEqualTo(carriedCount);
			assertThat(carriedCount).isPositive();
			Map<String, String> status = unitStatus(workbook.getSheet("单位报送"));
			assertThat(status).containsEntry("县交警大队", "未报送");
			this.forms.stream().filter((f) -> !f.mistakes().isEmpty())
				.forEach((f) -> assertThat(status).containsEntry(f.catalogUnit(), "被退回"));
		}
	}

	@Test
	@Order(7)
	void writesARunReportListingEveryFile() throws IOException {
		Path report = OUTPUT.resolve("reports/运行报告-第" + this.firstRun.getJobInstance().getInstanceId() + "次.xlsx");
		try (Workbook workbook = WorkbookFactory.create(report.toFile(), null, true)) {
			String text = sheetText(workbook.getSheetAt(0));
			assertThat(text).contains("共 27 个文件：已接收 23，已退回 4");
			this.forms.forEach((f) -> assertThat(text).contains(f.file().getFileName().toString()));
		}
	}

	@Test
	@Order(8)
	void aSecondRunOverTheSameFoldersChangesNothing() throws Exception {
		Map<String, String> before = snapshot();

		JobExecution second = this.runner.runOnce();

		assertThat(second.getStatus()).isEqualTo(BatchStatus.COMPLETED);
		assertThat(snapshot()).isEqualTo(before);
	}

	/** 已完成 at 100 %; else the gap to the schedule in points against the default thresholds 5 / 10 / 30. */
	static String expectedClass(double rate, double schedule) {
		double gap = (rate - schedule) * 100;
		if (rate >= 1) {
			return "已完成";
		}
		if (gap >= 5) {
			return "超序时";
		}
		if (gap > -10) {
			return "正常";
		}
		return gap >= -30 ? "滞后" : "严重滞后";
	}

	private Map<String, String> snapshot() throws IOException {
		Map<String, String> state = new TreeMap<>();
		for (String table : List.of("submission", "reported_row", "violation")) {
			state.put("table " + table, Integer.toString(count("SELECT COUNT(*) FROM " + table)));
		}
		// the lists' lines, not their blocks: a block rewritten with the same lines is no change the office sees
		state.put("list lines", Integer.toString(count("SELECT COALESCE(SUM(row_count), 0) FROM distribution_block")));
		for (Path dir : List.of(INPUT, OUTPUT, DATA.resolve("archive"), DATA.resolve("rejected"))) {
			try (Stream<Path> files = Files.walk(dir)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					state.put(file.toString(), Files.size(file) + "@" + Files.getLastModifiedTime(file));
				}
			}
		}
		return state;
	}

	private GeneratedForm flawed(SampleMistake mistake) {
		return this.forms.stream()
			.filter((f) -> f.mistakes().stream().anyMatch((m) -> m.mistake() == mistake))
			.findFirst()
			.orElseThrow();
	}

	private long submissionOf(GeneratedForm form) {
		String source = INPUT.relativize(form.file()).toString().replace('\\', '/');
		return this.jdbc.sql("SELECT id FROM submission WHERE source_path = :source")
			.param("source", source)
			.query(Long.class)
			.single();
	}

	private Path archived(long id) {
		// the ledger keeps an original's place relative to the data folder
		return DATA.resolve(text("SELECT stored_path FROM submission WHERE id = " + id));
	}

	private int count(String sql) {
		return this.jdbc.sql(sql).query(Integer.class).single();
	}

	private String text(String sql) {
		return this.jdbc.sql(sql).query(String.class).single();
	}

	private static Map<String, Row> rowsByCode(Sheet sheet) {
		Map<String, Row> rows = new HashMap<>();
		int code = FormFigures.column(sheet.getRow(2), "项目编码");
		for (Row row : sheet) {
			Cell cell = row.getCell(code);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().matches("[SJC]\\d{2}-\\d+")) {
				rows.put(cell.getStringCellValue(), row);
			}
		}
		return rows;
	}

	private static Map<String, String> unitStatus(Sheet sheet) {
		Map<String, String> status = new HashMap<>();
		Row header = sheet.getRow(2);
		int unit = FormFigures.column(header, "责任单位");
		int state = FormFigures.column(header, "报送情况");
		for (int r = 3; r <= sheet.getLastRowNum(); r++) {
			Row row = sheet.getRow(r);
			if (row != null && row.getCell(unit) != null && row.getCell(state) != null) {
				status.put(row.getCell(unit).getStringCellValue(), row.getCell(state).getStringCellValue());
			}
		}
		return status;
	}

	private static double number(Row row, Row header, String column) {
		return row.getCell(FormFigures.column(header, column)).getNumericCellValue();
	}

	private static org.assertj.core.data.Offset<Double> within() {
		return org.assertj.core.data.Offset.offset(1e-9);
	}

	private static String sheetText(Sheet sheet) {
		StringBuilder text = new StringBuilder();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellType() == CellType.STRING) {
					text.append(cell.getStringCellValue()).append('\n');
				}
			}
		}
		return text.toString();
	}

	private static Map<String, String> hashes(Path dir) throws IOException {
		Map<String, String> hashes = new TreeMap<>();
		if (!Files.isDirectory(dir)) {
			return hashes;
		}
		try (Stream<Path> files = Files.walk(dir)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				hashes.put(file.toString(), FileDigest.sha256(file));
			}
		}
		return hashes;
	}

	private static List<String> sorted(java.util.Collection<String> values) {
		List<String> list = new ArrayList<>(values);
		list.sort(null);
		return list;
	}

	private static Path temp() {
		try {
			return Files.createTempDirectory("nightly-functional");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
