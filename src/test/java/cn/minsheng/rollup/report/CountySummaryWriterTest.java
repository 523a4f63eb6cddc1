package cn.minsheng.rollup.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Level;
import cn.minsheng.rollup.progress.ProgressClass;
import cn.minsheng.rollup.progress.ProgressThresholds;
import cn.minsheng.rollup.report.ExpectedFigures.Line;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Writes the November summary of a made-up year on the real catalog and reads it back cell by cell against figures
 * worked out independently from the same rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CountySummaryWriterTest {

	static final String TITLE = "湘潭县2023年重点民生实事项目进展汇总表（截至11月底）";

	static final LocalDateTime GENERATED = LocalDateTime.of(2023, 12, 1, 8, 30);

	private Path dir;

	private Catalog catalog;

	private PeriodData data;

	private CountySummary summary;

	private Map<String, Line> expected;

	private Path file;

	private XSSFWorkbook workbook;

	@BeforeAll
	void writeTheNovemberSummary(@TempDir Path dir) throws IOException {
		this.dir = dir;
		this.catalog = SummaryFixture.catalog();
		this.data = SummaryFixture.november(this.catalog);
		this.summary = CountySummary.of(this.catalog, this.data, ProgressThresholds.defaults());
		this.expected = ExpectedFigures.lines(this.catalog, this.data);
		this.file = this.dir.resolve("summary").resolve("湘潭县重点民生实事进展汇总表-2023年11月.xlsx");
		new CountySummaryWriter().write(this.summary, TITLE, GENERATED, this.file);
		this.workbook = open(this.file);
	}

	@AfterAll
	void close() throws IOException {
		this.workbook.close();
	}

	private XSSFSheet sheet(String name) {
		return this.workbook.getSheet(name);
	}

	private static XSSFRow rowWith(XSSFSheet sheet, int column, String text) {
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			XSSFRow row = sheet.getRow(r);
			XSSFCell cell = row == null ? null : row.getCell(column);
			if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
				return row;
			}
		}
		throw new AssertionError("no row with " + text + " in column " + column + " of " + sheet.getSheetName());
	}

	private static double number(XSSFRow row, int column) {
		return row.getCell(column).getNumericCellValue();
	}

	private static String text(XSSFRow row, int column) {
		XSSFCell cell = row.getCell(column);
		return cell == null ? null : cell.getStringCellValue();
	}

	@Test
	void hasTheSevenSheetsInOrderWithTheTitleOnEach() {
		assertThat(this.workbook.getNumberOfSheets()).isEqualTo(7);
		List<String> names = new ArrayList<>();
		this.workbook.forEach((s) -> names.add(s.getSheetName()));
		assertThat(names).containsExactly("总体情况", "进展明细", "单位报送", "滞后督办", "存在问题汇总", "数据质量", "月度趋势");
		this.workbook.forEach((s) -> assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo(TITLE));
		assertThat(this.workbook.getProperties().getCoreProperties().getTitle()).isEqualTo(TITLE);
	}

	@Nested
	class Overview {

		@Test
		void showsCountyCountsPerClassAndBothCompletionRates() {
			XSSFRow county = rowWith(sheet("总体情况"), 0, "全县");
			List<Line> all = List.copyOf(expected.values());

			assertThat(number(county, 1)).isEqualTo(39);
			String[] labels = { "已完成", "超序时", "正常", "滞后", "严重滞后", "未报送" };
			for (int c = 0; c < labels.length; c++) {
				assertThat(number(county, 2 + c)).as(labels[c]).isEqualTo(ExpectedFigures.count(expected, labels[c]));
			}
			assertThat(number(county, 8)).isCloseTo(ExpectedFigures.count(expected, "已完成") / 39.0, within(1e-9));
			assertThat(number(county, 9)).isCloseTo(ExpectedFigures.meanCapped(all), within(1e-9));
			assertThat(number(county, OverviewSheet.CARRIED_COLUMN)).isEqualTo(ExpectedFigures.carried(expected))
				.isPositive();
			// the fixture spreads indicators over every class
			for (int c = 0; c < labels.length; c++) {
				assertThat(number(county, 2 + c)).as(labels[c]).isPositive();
			}
		}

		@Test
		void showsFundsAndTheirRatesAgainstThePlanAndAcceptance() {
			XSSFRow county = rowWith(sheet("总体情况"), 0, "全县");
			double planned = ExpectedFigures.planned(expected);

			assertThat(number(county, 10)).isCloseTo(planned, within(1e-6));
			assertThat(number(county, 11)).isCloseTo(ExpectedFigures.inPlace(expected), within(1e-6));
			assertThat(number(county, 12)).isCloseTo(ExpectedFigures.spent(expected), within(1e-6));
			assertThat(number(county, 13)).isCloseTo(ExpectedFigures.inPlace(expected) / planned, within(1e-9));
			assertThat(number(county, 14)).isCloseTo(ExpectedFigures.spent(expected) / planned, within(1e-9));
			assertThat(number(county, 15)).isEqualTo(ExpectedFigures.accepted(expected, true));
			assertThat(number(county, 16)).isCloseTo(ExpectedFigures.accepted(expected, true) / 39.0, within(1e-9));
			assertThat(number(county, 17)).isEqualTo(ExpectedFigures.accepted(expected, false));
			assertThat(county.getCell(10).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(county.getCell(9).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
		}

		@Test
		void showsEachLevelWithItsOwnIndicatorsOnly() {
			for (Level level : Level.values()) {
				XSSFRow row = rowWith(sheet("总体情况"), 0, level.label());
				List<Line> ofLevel = expected.values().stream().filter((l) -> l.indicator().level() == level).toList();

				assertThat(number(row, 1)).isEqualTo(ofLevel.size());
				assertThat(number(row, 9)).isCloseTo(ExpectedFigures.meanCapped(ofLevel), within(1e-9));
			}
			assertThat(number(rowWith(sheet("总体情况"), 0, "省重点民生实事"), 1)).isEqualTo(27);
		}

		@Test
		void countsUnitsOnTimeLateSilentAndRefused() {
			XSSFSheet sheet = sheet("总体情况");
			XSSFRow header = rowWith(sheet, 0, "责任单位数");
			XSSFRow values = sheet.getRow(header.getRowNum() + 1);

			// 14 units: 2 late, 2 silent (one since October, one all year), 1 refused
			assertThat(number(values, 0)).isEqualTo(14);
			assertThat(number(values, 1)).isEqualTo(9);
			assertThat(number(values, 2)).isEqualTo(2);
			assertThat(number(values, 3)).isEqualTo(2);
			assertThat(number(values, 4)).isEqualTo(1);
		}

		@Test
		void judgesDoubleHalfOnJuneAndStatesHowFiguresAreComputed() {
			XSSFSheet sheet = sheet("总体情况");
			XSSFRow header = rowWith(sheet, 0, "6月底平均进度");
			XSSFRow values = sheet.getRow(header.getRowNum() + 1);

			assertThat(number(values, 0))
				.isCloseTo(summary.overview().doubleHalf().progress().doubleValue(), within(1e-12));
			assertThat(text(values, 2)).isIn("是", "否");
			String notes = allText(sheet);
			assertThat(notes).contains("完成率 = 已完成指标数 ÷ 指标总数", "超过100%按100%计", "落后序时进度10～30个百分点");
		}

		@Test
		void drawsTheStatusDistributionAndTheUnitsAsCharts() {
			XSSFDrawing drawing = sheet("总体情况").getDrawingPatriarch();

			assertThat(drawing.getCharts()).hasSize(2);
			assertThat(drawing.getCharts().get(0).getTitleText().getString()).isEqualTo("全县指标进度分类分布（项）");
			var series = drawing.getCharts().get(0).getChartSeries().get(0).getSeries(0);
			assertThat(series.getValuesData().getPointCount()).isEqualTo(6);
			assertThat(series.getValuesData().getPointAt(0).doubleValue())
				.isEqualTo(ExpectedFigures.count(expected, "已完成"));
			assertThat(drawing.getCharts().get(1).getChartSeries().get(0).getSeries(0).getCategoryData()
				.getPointCount()).isEqualTo(14);
		}

	}

	@Nested
	class Details {

		@Test
		void givesEveryIndicatorItsRateScheduleGapAndClassInItsColour() {
			XSSFSheet sheet = sheet("进展明细");
			for (Line line : expected.values()) {
				XSSFRow row = rowWith(sheet, 1, line.indicator().code());
				String code = line.indicator().code();

				assertThat(number(row, 12)).as(code).isCloseTo(line.schedule(), within(1e-9));
				assertThat(text(row, 14)).as(code).isEqualTo(line.label());
				if (Double.isNaN(line.rate())) {
					assertThat(row.getCell(11).getCellType()).as(code).isEqualTo(CellType.BLANK);
				}
				else {
					assertThat(number(row, 11)).as(code).isCloseTo(line.rate(), within(1e-9));
					assertThat(number(row, 13)).as(code).isCloseTo(line.gap(), within(1e-6));
				}
				assertThat(fill(row.getCell(14))).as(code).isEqualTo(fillOf(line.label()));
			}
		}

		@Test
		void writesElevenTwelfthsAsTheScheduleOfADecemberIndicatorInNovember() {
			XSSFRow row = rowWith(sheet("进展明细"), 1, "S01-1");

			assertThat(number(row, 12)).isCloseTo(11.0 / 12, within(1e-9));
			assertThat(row.getCell(12).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
		}

		@Test
		void keepsCatalogOrderWithSubtotalRows() {
			XSSFSheet sheet = sheet("进展明细");
			List<String> codes = new ArrayList<>();
			int subtotals = 0;
			for (int r = 3; r <= sheet.getLastRowNum(); r++) {
				String first = text(sheet.getRow(r), 1);
				if (first.equals("小计") || first.equals("合计") || first.equals("总计")) {
					subtotals++;
				}
				else {
					codes.add(first);
				}
			}
			assertThat(codes).containsExactlyElementsOf(expected.keySet());
			// 13 categories with two or more items, 3 levels, 1 county total
			assertThat(subtotals).isEqualTo(17);
			XSSFRow total = rowWith(sheet, 1, "总计");
			assertThat(number(total, 11)).isCloseTo(ExpectedFigures.meanCapped(List.copyOf(expected.values())),
					within(1e-9));
			assertThat(number(total, 15)).isCloseTo(ExpectedFigures.planned(expected), within(1e-6));
		}

		@Test
		void judgesAnIndicatorNotReportedThisMonthOnItsOctoberFigureAndSaysSo() {
			XSSFRow row = rowWith(sheet("进展明细"), 1, "S03-1");
			double october = SummaryFixture.november(catalog).rows().stream()
				.filter((r) -> r.month().getMonthValue() == 10 && r.row().code().equals("S03-1"))
				.findFirst().orElseThrow().row().cumulativeDone().doubleValue();
			double target = catalog.indicators().stream().filter((i) -> i.code().equals("S03-1")).findFirst()
				.orElseThrow().annualTarget().doubleValue();

			assertThat(text(row, 7)).isEqualTo(SummaryFixture.SILENT_SINCE_OCTOBER);
			assertThat(text(row, DetailSheet.NOTE)).isEqualTo("沿用10月数据");
			assertThat(number(row, 10)).isEqualTo(october);
			assertThat(number(row, 11)).isCloseTo(october / target, within(1e-9));
			assertThat(text(row, 14)).isNotEqualTo("未报送").isEqualTo(expected.get("S03-1").label());
			assertThat(row.getCell(9).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(text(row, 25)).isEqualTo("2023年10月");
			assertThat(number(row, 26)).isEqualTo(october);
		}

		@Test
		void saysOfAnIndicatorWithoutAnyFigureThisYearThatItHasNone() {
			String code = catalog.indicators().stream()
				.filter((i) -> i.responsibleUnit().equals(SummaryFixture.NEVER)).findFirst().orElseThrow().code();
			XSSFRow row = rowWith(sheet("进展明细"), 1, code);

			assertThat(text(row, 14)).isEqualTo("未报送");
			assertThat(text(row, DetailSheet.NOTE)).isEqualTo("本年度尚无数据");
			assertThat(row.getCell(11).getCellType()).isEqualTo(CellType.BLANK);
		}

		@Test
		void writesFormTextThatLooksLikeAFormulaAsQuotedText() {
			XSSFSheet sheet = sheet("进展明细");
			SummaryFixture.FORMULA_LIKE_PROBLEMS.forEach((code, text) -> {
				XSSFCell cell = rowWith(sheet, 1, code).getCell(21);

				assertThat(cell.getCellType()).as(code).isEqualTo(CellType.STRING);
				assertThat(cell.getStringCellValue()).as(code).isEqualTo(text);
				assertThat(cell.getCellStyle().getQuotePrefixed()).as(code).isTrue();
			});
			this.assertNoFormulaAnywhere();
		}

		private void assertNoFormulaAnywhere() {
			workbook.forEach((s) -> s.forEach((r) -> r.forEach((c) -> assertThat(c.getCellType())
				.as(s.getSheetName() + "!" + c.getAddress())
				.isNotEqualTo(CellType.FORMULA))));
		}

		@Test
		void freezesTheHeaderFiltersTheTableAndPrintsA4LandscapeFitToWidth() {
			XSSFSheet sheet = sheet("进展明细");

			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);
			assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A3:AB");
			PrintSetup print = sheet.getPrintSetup();
			assertThat(print.getLandscape()).isTrue();
			assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(print.getFitWidth()).isEqualTo((short) 1);
			assertThat(print.getFitHeight()).isEqualTo((short) 0);
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:3");
			assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
			assertThat(sheet.getFooter().getRight()).isEqualTo("生成时间：2023-12-01 08:30");
		}

		@Test
		void usesAChineseFontAndWidthsThatFitTheText() {
			XSSFSheet sheet = sheet("进展明细");
			XSSFRow row = rowWith(sheet, 1, "S01-1");

			assertThat(row.getCell(4).getCellStyle().getFont().getFontName()).isEqualTo("宋体");
			assertThat(sheet.getRow(2).getCell(0).getCellStyle().getFont().getFontName()).isEqualTo("黑体");
			// 县行政审批服务局: 8 characters of double width
			assertThat(sheet.getColumnWidth(7)).isGreaterThanOrEqualTo(16 * 256);
		}

	}

	@Test
	void marksUnitsThatSentNothingOrWereRefused() {
		XSSFSheet sheet = sheet("单位报送");

		assertThat(text(rowWith(sheet, 1, SummaryFixture.NEVER), 2)).isEqualTo("未报送");
		assertThat(text(rowWith(sheet, 1, SummaryFixture.SILENT_SINCE_OCTOBER), 2)).isEqualTo("未报送");
		XSSFRow refused = rowWith(sheet, 1, SummaryFixture.REJECTED);
		assertThat(text(refused, 2)).isEqualTo("被退回");
		assertThat(text(refused, 3)).isEqualTo("累计完成小于上月累计完成");
		assertThat(text(rowWith(sheet, 1, "县医保局"), 2)).isEqualTo("逾期报送");
		assertThat(text(rowWith(sheet, 1, "县人社局"), 2)).isEqualTo("按时报送");
		for (String unit : catalog.units()) {
			XSSFRow row = rowWith(sheet, 1, unit);
			List<Line> own = expected.values().stream()
				.filter((l) -> l.indicator().responsibleUnit().equals(unit)).toList();
			assertThat(number(row, 6)).as(unit).isEqualTo(own.size());
			assertThat(number(row, 7)).as(unit).isEqualTo(own.stream().filter((l) -> l.label().equals("已完成")).count());
			long notThisMonth = own.stream().filter((l) -> l.label().equals("未报送") || l.carriedFrom() != null).count();
			assertThat(number(row, 12)).as(unit).isEqualTo(notThisMonth);
			assertThat(number(row, 15)).as(unit).isEqualTo(own.stream().filter((l) -> l.carriedFrom() != null).count());
			if (!unit.equals(SummaryFixture.NEVER)) {
				assertThat(number(row, 14)).as(unit).isCloseTo(ExpectedFigures.meanCapped(own), within(1e-9));
			}
		}
		assertThat(number(sheet.getRow(3), 0)).isEqualTo(1);
		// silent since October: ranked on its October figures, not as 0%
		XSSFRow silent = rowWith(sheet, 1, SummaryFixture.SILENT_SINCE_OCTOBER);
		assertThat(silent.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(number(silent, 14)).isPositive();
	}

	@Test
	void doesNotRankAUnitWithoutAnyAcceptedFigureThisYear() {
		XSSFSheet sheet = sheet("单位报送");
		XSSFRow never = rowWith(sheet, 1, SummaryFixture.NEVER);

		assertThat(text(never, 0)).isEqualTo("不排名（无数据）");
		assertThat(never.getCell(13).getCellType()).isEqualTo(CellType.BLANK);
		assertThat(never.getCell(14).getCellType()).isEqualTo(CellType.BLANK);
		// listed last, after every ranked unit
		assertThat(never.getRowNum()).isEqualTo(sheet.getLastRowNum());
	}

	@Test
	void listsEveryLaggingIndicatorWithItsFollowUp() {
		XSSFSheet sheet = sheet("滞后督办");
		List<String> lagging = expected.values().stream()
			.filter((l) -> l.label().equals("滞后") || l.label().equals("严重滞后"))
			.map((l) -> l.indicator().code())
			.toList();

		assertThat(sheet.getLastRowNum() - 2).isEqualTo(lagging.size());
		for (String code : lagging) {
			XSSFRow row = rowWith(sheet, 1, code);
			boolean red = expected.get(code).label().equals("严重滞后");
			if (red) {
				assertThat(text(row, 11)).as(code).isEqualTo("是");
			}
			assertThat(number(row, 10)).as(code).isGreaterThanOrEqualTo(1);
		}
		// S08-1, a milestone due in September and not reached, is red
		assertThat(text(rowWith(sheet, 1, "S08-1"), 9)).isEqualTo("严重滞后");
	}

	@Test
	void listsWarningsByUnitAndRuleAndProblemsAsWritten() {
		XSSFSheet quality = sheet("数据质量");
		assertThat(text(quality.getRow(3), 1)).isEqualTo("县人社局");
		assertThat(text(quality.getRow(3), 2)).isEqualTo("W105");
		assertThat(text(quality.getRow(4), 5)).isEqualTo("=完成率与累计完成不一致");
		assertThat(text(quality.getRow(5), 1)).isEqualTo("县民政局");

		XSSFSheet problems = sheet("存在问题汇总");
		assertThat(text(rowWith(problems, 2, "S01-2"), 4)).isEqualTo("=SUM(A1:A9)");
	}

	@Test
	void tracesTheCountyMonthByMonthWithALineChart() {
		XSSFSheet sheet = sheet("月度趋势");
		XSSFRow county = rowWith(sheet, 0, "全县");

		assertThat(text(sheet.getRow(2), 12)).isEqualTo("11月");
		assertThat(number(county, 12)).isCloseTo(ExpectedFigures.meanCapped(List.copyOf(expected.values())),
				within(1e-9));
		assertThat(sheet.getDrawingPatriarch().getCharts()).singleElement()
			.satisfies((chart) -> assertThat(chart.getChartSeries().get(0).getSeriesCount()).isEqualTo(4));
	}

	@Test
	void printsEverySheetOnA4LandscapeOnePageWideWithItsTitleAndHeaderOnEveryPage() {
		this.workbook.forEach((sheet) -> {
			PrintSetup print = sheet.getPrintSetup();
			String name = sheet.getSheetName();
			assertThat(print.getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(print.getLandscape()).as(name).isTrue();
			assertThat(print.getFitWidth()).as(name).isEqualTo((short) 1);
			assertThat(print.getFitHeight()).as(name).isEqualTo((short) 0);
			assertThat(sheet.getFitToPage()).as(name).isTrue();
			assertThat(sheet.getRepeatingRows()).as(name).isNotNull();
			assertThat(sheet.getRepeatingRows().getFirstRow()).as(name).isZero();
			assertThat(sheet.getRepeatingRows().getLastRow()).as(name).isGreaterThanOrEqualTo(2);
		});
	}

	@Test
	void leavesTheTrendOfAUnitThatNeverReportedEmptyWithoutAPoint() {
		XSSFSheet sheet = sheet("月度趋势");
		XSSFRow never = rowWith(sheet, 0, SummaryFixture.NEVER);

		for (int m = 1; m <= 11; m++) {
			XSSFCell cell = never.getCell(1 + m);
			assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(m + "月").isTrue();
		}
		// the county has data every month: every month is a point of the chart
		var county = sheet.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea().getLineChartArray(0)
			.getSerArray(0).getVal().getNumRef().getNumCache();
		assertThat(county.getPtList()).hasSize(11);
		assertThat(sheet.getDrawingPatriarch().getCharts().get(0).getCTChart().getDispBlanksAs().getVal())
			.hasToString("gap");
	}

	@Test
	void writesTheSameContentOnEveryRunApartFromTheGenerationTime() throws IOException {
		Path again = this.dir.resolve("again.xlsx");
		new CountySummaryWriter().write(CountySummary.of(this.catalog, this.data, ProgressThresholds.defaults()), TITLE,
				GENERATED.plusDays(1), again);

		try (XSSFWorkbook second = open(again)) {
			assertThat(cells(second)).isEqualTo(cells(this.workbook));
			assertThat(second.getSheetAt(0).getFooter().getRight()).isEqualTo("生成时间：2023-12-02 08:30");
		}
		assertThat(CountySummaryWriter.contentKeyOf(again)).isEqualTo(CountySummaryWriter.contentKeyOf(this.file))
			.isPresent();
	}

	@Test
	void keysTheContentAsTheDigestOfEverythingTheSummaryHolds() throws Exception {
		byte[] whole = MessageDigest.getInstance("SHA-256").digest((CountySummaryWriter.LAYOUT_VERSION + "\n" + TITLE
				+ "\n" + this.summary).getBytes(StandardCharsets.UTF_8));

		assertThat(this.summary.details()).isNotEmpty();
		assertThat(this.summary.units()).isNotEmpty();
		assertThat(CountySummaryWriter.contentKey(this.summary, TITLE)).isEqualTo(HexFormat.of().formatHex(whole));
		assertThat(CountySummaryWriter.contentKeyOf(this.file)).contains(HexFormat.of().formatHex(whole));
	}

	@Test
	void leavesNoTemporaryFileBehind() throws IOException {
		try (var files = Files.list(this.file.getParent())) {
			assertThat(files.map((p) -> p.getFileName().toString()).toList())
				.containsExactly("湘潭县重点民生实事进展汇总表-2023年11月.xlsx");
		}
	}

	static XSSFWorkbook open(Path file) throws IOException {
		try (var in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	/** Every cell of every sheet as its displayed text with its format, in order. */
	static List<String> cells(XSSFWorkbook workbook) {
		DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
		List<String> cells = new ArrayList<>();
		workbook.forEach((s) -> s.forEach((r) -> r.forEach((c) -> cells.add(s.getSheetName() + "!" + c.getAddress()
				+ "|" + c.getCellType() + "|" + formatter.formatCellValue(c) + "|"
				+ (c.getCellType() == CellType.NUMERIC ? c.getNumericCellValue() : "") + "|"
				+ c.getCellStyle().getDataFormatString()))));
		return cells;
	}

	private static String fill(XSSFCell cell) {
		XSSFCellStyle style = cell.getCellStyle();
		if (style.getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
			return null;
		}
		return HexFormat.of().formatHex(style.getFillForegroundColorColor().getRGB()).toUpperCase();
	}

	private static String fillOf(String label) {
		for (ProgressClass c : ProgressClass.values()) {
			if (c.label().equals(label)) {
				return c.fillRgb();
			}
		}
		throw new AssertionError(label);
	}

	private static String allText(XSSFSheet sheet) {
		StringBuilder text = new StringBuilder();
		sheet.forEach((r) -> r.forEach((c) -> {
			if (c.getCellType() == CellType.STRING) {
				text.append(c.getStringCellValue()).append('\n');
			}
		}));
		return text.toString();
	}

}
