package cn.minsheng.rollup.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.intake.FileDigest;
import cn.minsheng.rollup.sample.GeneratedForm;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;
import cn.minsheng.rollup.testing.Prerequisites;
import cn.minsheng.rollup.testing.SlowTest;
import cn.minsheng.rollup.workbook.HandMadeForms;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A month already reported is never changed without the office seeing it: last month's file filled with this month's
 * figures and renamed is refused, naming both months, and leaves last month as it was; a real correction of an earlier
 * month is accepted and shown with each figure it changed. The forms are the handed-out ones, edited cell by cell and
 * saved by LibreOffice, as a unit would.
 */
@SlowTest
class EarlierMonthTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	private static final String UNIT = "县残联";

	private static final YearMonth OCTOBER = YearMonth.of(2023, 10);

	private static final YearMonth NOVEMBER = YearMonth.of(2023, 11);

	private static final String OCTOBER_SUMMARY = "湘潭县重点民生实事进展汇总表-2023年10月.xlsx";

	@TempDir
	Path dir;

	private RollupProcess office;

	private Path octoberFile;

	@BeforeEach
	void octoberIsAccepted() throws IOException {
		Prerequisites.require(HandMadeForms.libreOfficeInstalled(), "LibreOffice (soffice) is not installed");
		this.office = RollupProcess.in(this.dir.resolve("office"));
		this.octoberFile = HandMadeForms.savedByLibreOffice(generated(OCTOBER, 1), "xlsx", this.dir,
				"kept/" + UNIT + "-2023年10月-月报表.xlsx");
		Files.createDirectories(this.office.input());
		Files.copy(this.octoberFile, this.office.input().resolve(this.octoberFile.getFileName()));

		RollupProcess.Finished first = this.office.run(TIMEOUT, "run");

		assertThat(first.exitCode()).as(first.toString()).isZero();
		assertThat(first.output()).as(first.toString()).contains("共处理文件 1 个：已接收 1");
	}

	@Test
	void lastMonthsFileFilledWithThisMonthsFiguresAndRenamedIsRefusedAndLastMonthStaysAsItWas() throws Exception {
		Path summary = this.office.output().resolve("summary").resolve(OCTOBER_SUMMARY);
		String summaryBefore = FileDigest.sha256(summary);
		List<String> octoberRowsBefore = rowsInForce(OCTOBER);
		Path reused = this.dir.resolve("reused.xlsx");
		Files.copy(this.octoberFile, reused);
		HandMadeForms.editMainSheet(reused, (sheet) -> sheet.codes().keySet().forEach((code) -> {
			BigDecimal cumulative = sheet.number(code, "累计完成");
			if (cumulative != null) {
				sheet.type(code, "本月完成", 3);
				sheet.type(code, "累计完成", cumulative.doubleValue() + 3);
			}
		}));
		HandMadeForms.savedByLibreOffice(reused, "xlsx", this.office.input(), UNIT + "-2023年11月-月报表.xlsx");

		RollupProcess.Finished second = this.office.run(TIMEOUT, "run");

		assertThat(second.exitCode()).as(second.toString()).isZero();
		assertThat(second.output()).contains("共处理文件 1 个：已接收 0，已退回 1",
				"报送月份前后不一致：隐藏的「表单信息」工作表为 2023年10月", "文件名「" + UNIT + "-2023年11月-月报表.xlsx」为 2023年11月",
				"请使用 2023年11月 的模板重新填报");
		assertThat(rowsInForce(OCTOBER)).isEqualTo(octoberRowsBefore);
		assertThat(FileDigest.sha256(summary)).isEqualTo(summaryBefore);
		// the refusal is the unit's: November shows it sent something, and the reason is in its feedback folder
		assertThat(ledger("SELECT outcome || ' ' || unit || ' ' || period FROM submission WHERE id = 2"))
			.containsExactly("REJECTED " + UNIT + " 2023-11");
		assertThat(filesUnder(this.office.output().resolve("feedback").resolve("2023-11").resolve(UNIT)))
			.anyMatch((f) -> f.endsWith(".txt"));
		RollupProcess.Finished status = this.office.run(TIMEOUT, "status", "--period=2023-11");
		assertThat(status.output()).as(status.toString()).contains("被退回待重报 1");
	}

	@Test
	void aCorrectionOfAnEarlierMonthIsAcceptedAndShowsEachChangedFigure() throws Exception {
		Files.copy(HandMadeForms.savedByLibreOffice(generated(NOVEMBER, 1), "xlsx", this.dir,
				"nov/" + UNIT + "-2023年11月-月报表.xlsx"), this.office.input().resolve(UNIT + "-2023年11月-月报表.xlsx"));
		assertThat(this.office.run(TIMEOUT, "run").output()).contains("共处理文件 1 个：已接收 1");
		Path corrected = this.dir.resolve("corrected.xlsx");
		Files.copy(this.octoberFile, corrected);
		String[] changed = new String[3];
		HandMadeForms.editMainSheet(corrected, (sheet) -> {
			String code = sheet.codes().keySet().stream().filter((c) -> sheet.number(c, "累计完成") != null
					&& sheet.number(c, "累计完成").signum() > 0).findFirst().orElseThrow();
			BigDecimal was = sheet.number(code, "累计完成");
			sheet.type(code, "累计完成", was.doubleValue() - 1);
			changed[0] = code;
			changed[1] = was.stripTrailingZeros().toPlainString();
			changed[2] = was.subtract(BigDecimal.ONE).stripTrailingZeros().toPlainString();
		});
		HandMadeForms.savedByLibreOffice(corrected, "xlsx", this.office.input(), UNIT + "-2023年10月-月报表（更正）.xlsx");

		RollupProcess.Finished run = this.office.run(TIMEOUT, "run");

		String notice = "更正了 2023年10月 的数据：" + changed[0] + " 累计完成 " + changed[1] + " → " + changed[2];
		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.output()).as(run.toString()).contains("已接收 1", UNIT + " " + notice);
		assertThat(runReportReasons(this.office.output().resolve("reports").resolve("运行报告-第3次.xlsx")))
			.anyMatch((reason) -> reason.contains(notice));
	}

	@Test
	void nextMonthsTemplateShowsTheAcceptedFiguresBesideTheUnitsColumns() throws Exception {
		List<String> october = ledger("SELECT r.code || ' ' || r.cumulative_done FROM reported_row r JOIN submission s "
				+ "ON s.id = r.submission_id WHERE s.current_version AND s.period = '2023-10' AND r.cumulative_done "
				+ "IS NOT NULL ORDER BY r.code");

		RollupProcess.Finished template = this.office.run(TIMEOUT, "template", "--period=2023-11");

		assertThat(template.exitCode()).as(template.toString()).isZero();
		Path file = this.office.output().resolve("templates/2023-11/" + UNIT + "-2023年11月-月报表.xlsx");
		List<String> shown = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheet(cn.minsheng.rollup.form.FormLayout.MAIN_SHEET);
			int reference = cn.minsheng.rollup.form.FormColumn.values().length;
			assertThat(sheet.getRow(cn.minsheng.rollup.form.FormLayout.HEADER_ROW).getCell(reference)
				.getStringCellValue()).isEqualTo("上月累计完成");
			for (int r = cn.minsheng.rollup.form.FormLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row != null && row.getCell(reference) != null
						&& row.getCell(reference).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
					shown.add(row.getCell(cn.minsheng.rollup.form.FormColumn.CODE.templateIndex()).getStringCellValue()
							+ " " + new BigDecimal(row.getCell(reference).getNumericCellValue()).setScale(4,
									java.math.RoundingMode.HALF_UP));
				}
			}
		}
		assertThat(shown).isNotEmpty().containsExactlyInAnyOrderElementsOf(october);
	}

	private Path generated(YearMonth period, long seed) throws IOException {
		SampleSpec spec = SampleSpec.of(period).withUnits(List.of(UNIT)).withSeed(seed);
		GeneratedForm form = new SampleMonthGenerator(BundledCatalog.load())
			.generateMonth(spec, period, this.dir.resolve("generated-" + period)).get(0);
		return form.file();
	}

	private List<String> rowsInForce(YearMonth period) throws SQLException {
		return ledger("SELECT s.id || ' ' || r.code || ' ' || r.month_done || ' ' || r.cumulative_done "
				+ "FROM reported_row r JOIN submission s ON s.id = r.submission_id WHERE s.current_version "
				+ "AND s.period = '" + period + "' ORDER BY r.code");
	}

	private List<String> ledger(String query) throws SQLException {
		String url = "jdbc:h2:file:" + this.office.data().resolve("ledger") + ";AUTO_SERVER=TRUE";
		List<String> lines = new ArrayList<>();
		try (Connection ledger = DriverManager.getConnection(url, "sa", "");
				Statement statement = ledger.createStatement();
				ResultSet rs = statement.executeQuery(query)) {
			while (rs.next()) {
				lines.add(rs.getString(1));
			}
		}
		return lines;
	}

	private static List<String> runReportReasons(Path report) throws IOException {
		List<String> texts = new ArrayList<>();
		DataFormatter formatter = new DataFormatter();
		try (Workbook workbook = WorkbookFactory.create(report.toFile(), null, true)) {
			workbook.forEach((sheet) -> {
				for (Row row : sheet) {
					row.forEach((cell) -> texts.add(formatter.formatCellValue(cell)));
				}
			});
		}
		return texts;
	}

	private static List<String> filesUnder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(Path::toString).toList();
		}
	}

}
