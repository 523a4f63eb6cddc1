package cn.minsheng.rollup.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FeedbackWorkbookWriterTest {

	private static final String FORMULA_LIKE = "=HYPERLINK(\"http://example.com\",\"点我\") 出现在单元格中";

	/** J4 before its left neighbour I4: the comment boxes of neighbours overlap. */
	private static final List<Violation> VIOLATIONS = List.of(
			Rule.NOT_A_NUMBER.at("月报表", "J4", "月报表 J4「累计完成」应为数字，实际填写为「约120」"),
			Rule.MONTH_NOT_DIFFERENCE.at("月报表", "I4", "月报表 I4「本月完成」为 12，但累计完成 60 减去上月已审核的累计完成 50 为 10"),
			Rule.NOT_A_NUMBER.at("月报表", "J5", "月报表 J5「累计完成」应为数字，实际填写为「已开工」"),
			Rule.INDICATOR_MISSING.at("月报表", "", "月报表 缺少本单位指标 S06-1「城市低保平均标准」的行"),
			Rule.REPORTER_MISSING.at("月报表", "B9", "月报表 B9「填报人」未填写"),
			Rule.NOT_A_CHOICE.at("月报表", "L4", FORMULA_LIKE));

	@TempDir
	Path dir;

	@ParameterizedTest(name = "xls={0}")
	@ValueSource(booleans = { false, true })
	void putsTheProblemListFirstWithOneRowPerProblem(boolean xls) throws IOException {
		Path out = write(xls, new FeedbackWorkbookWriter());

		try (Workbook feedback = open(out)) {
			assertThat(feedback.getSheetName(0)).isEqualTo("问题清单");
			assertThat(feedback.getActiveSheetIndex()).isZero();
			Sheet list = feedback.getSheetAt(0);
			assertThat(values(list.getRow(1))).containsExactly("序号", "严重程度", "规则编号", "工作表", "单元格", "问题说明");
			assertThat(list.getRow(1).getCell(0).getCellStyle().getFontIndex()).satisfies(
					(font) -> assertThat(feedback.getFontAt(font).getBold()).isTrue());
			assertThat(list.getLastRowNum()).isEqualTo(1 + VIOLATIONS.size());
			assertThat(values(list.getRow(2))).containsExactly("1", "错误", "V202", "月报表", "J4",
					"月报表 J4「累计完成」应为数字，实际填写为「约120」");
			assertThat(values(list.getRow(6))).startsWith("5", "提醒", "V301");
			assertThat(list.getRow(0).getCell(0).getStringCellValue()).contains("共发现 6 处问题：错误 4 处，提醒 2 处");
			assertThat(list.getPaneInformation().isFreezePane()).isTrue();
			assertThat(list.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
			assertThat(list.getColumnWidth(5)).isGreaterThan(list.getColumnWidth(0));
		}
	}

	@ParameterizedTest(name = "xls={0}")
	@ValueSource(booleans = { false, true })
	void printsTheProblemListOnA4LandscapeOnePageWideWithItsHeaderOnEveryPage(boolean xls) throws IOException {
		Path out = write(xls, new FeedbackWorkbookWriter());

		try (Workbook feedback = open(out)) {
			Sheet list = feedback.getSheet("问题清单");
			org.apache.poi.ss.usermodel.PrintSetup print = list.getPrintSetup();
			assertThat(print.getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
			assertThat(print.getLandscape()).isTrue();
			assertThat(print.getFitWidth()).isEqualTo((short) 1);
			assertThat(print.getFitHeight()).isEqualTo((short) 0);
			assertThat(list.getFitToPage()).isTrue();
			// the summary line and the column headers repeat on every printed page
			assertThat(list.getRepeatingRows().formatAsString()).isEqualTo("1:2");
			assertThat(list.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
		}
	}

	@ParameterizedTest(name = "xls={0}")
	@ValueSource(booleans = { false, true })
	void fillsAndCommentsTheOffendingCellsOfTheUnitsOwnSheet(boolean xls) throws IOException {
		Path out = write(xls, new FeedbackWorkbookWriter());

		try (Workbook feedback = open(out)) {
			Sheet sheet = feedback.getSheet("月报表");
			Cell j4 = cell(sheet, "J4");
			assertThat(j4.getStringCellValue()).isEqualTo("约120");
			assertThat(j4.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
			assertThat(j4.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.CORAL.getIndex());
			assertThat(j4.getCellStyle().getBorderBottom()).isEqualTo(
					org.apache.poi.ss.usermodel.BorderStyle.THIN);
			assertThat(j4.getCellComment().getString().getString()).contains("【错误 V202】月报表 J4「累计完成」应为数字，实际填写为「约120」");
			assertThat(j4.getCellComment().getAuthor()).isEqualTo("民生实事汇总系统");
			Cell i4 = cell(sheet, "I4");
			assertThat(i4.getCellStyle().getFillForegroundColor()).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
			assertThat(i4.getCellComment().getString().getString()).contains("【提醒 V301】");
			assertThat(cell(sheet, "B9").getCellComment().getString().getString()).contains("【提醒 V401】");
			assertThat(cell(sheet, "K4").getCellComment()).isNull();
			assertThat(cell(sheet, "K4").getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
		}
	}

	@ParameterizedTest(name = "xls={0}")
	@ValueSource(booleans = { false, true })
	void sharesOneHighlightStylePerOriginalStyleAndSeverity(boolean xls) throws IOException {
		Path out = write(xls, new FeedbackWorkbookWriter());

		try (Workbook feedback = open(out)) {
			Sheet sheet = feedback.getSheet("月报表");
			short j4 = cell(sheet, "J4").getCellStyle().getIndex();
			assertThat(cell(sheet, "J5").getCellStyle().getIndex()).isEqualTo(j4);
			assertThat(cell(sheet, "I4").getCellStyle().getIndex()).isNotEqualTo(cell(sheet, "J4").getCellStyle()
				.getIndex());
		}
	}

	@ParameterizedTest(name = "xls={0}")
	@ValueSource(booleans = { false, true })
	void writesTextThatLooksLikeAFormulaAsAString(boolean xls) throws IOException {
		Path out = write(xls, new FeedbackWorkbookWriter());

		try (Workbook feedback = open(out)) {
			Cell message = feedback.getSheetAt(0).getRow(5).getCell(5);
			assertThat(message.getCellType()).isEqualTo(CellType.STRING);
			assertThat(message.getStringCellValue()).isEqualTo(FORMULA_LIKE);
			assertThat(message.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(message.getCellStyle().getDataFormatString()).isEqualTo("@");
		}
	}

	@ParameterizedTest(name = "xls={0}")
	@ValueSource(booleans = { false, true })
	void keepsTheUnitsOwnCommentAndTheSheetProtection(boolean xls) throws IOException {
		Path out = write(xls, new FeedbackWorkbookWriter());

		try (Workbook feedback = open(out)) {
			Sheet sheet = feedback.getSheet("月报表");
			String comment = cell(sheet, "L4").getCellComment().getString().getString();
			assertThat(comment).contains("【错误 V204】").contains("原批注：状态待确认");
			assertThat(sheet.getProtect()).isTrue();
			assertThat(feedback.isSheetHidden(feedback.getSheetIndex("表单信息"))).isTrue();
		}
	}

	@ParameterizedTest(name = "xls={0}")
	@ValueSource(booleans = { false, true })
	void listsTheProblemsAloneWhenTheOriginalIsTooLargeToAnnotate(boolean xls) throws IOException {
		Path out = write(xls, new FeedbackWorkbookWriter(100));

		try (Workbook feedback = open(out)) {
			assertThat(feedback.getNumberOfSheets()).isEqualTo(1);
			assertThat(feedback.getSheetName(0)).isEqualTo("问题清单");
			assertThat(feedback.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("原文件较大")
				.contains("未在原表中逐格标注");
			assertThat(feedback.getSheetAt(0).getLastRowNum()).isEqualTo(1 + VIOLATIONS.size());
		}
		assertThat(feedback(out, xls)).isTrue();
	}

	@ParameterizedTest(name = "xls={0}")
	@ValueSource(booleans = { false, true })
	void listsTheProblemsAloneWhenTheOriginalCannotBeOpened(boolean xls) throws IOException {
		Path original = this.dir.resolve(xls ? "broken.xls" : "broken.xlsx");
		Files.write(original, new byte[] { 'P', 'K', 3, 4, 0, 0, 0 });
		Path out = new FeedbackWorkbookWriter().write(original, xls, FormFixture.valid().build(), VIOLATIONS,
				this.dir.resolve("out").resolve(xls ? "反馈.xls" : "反馈.xlsx"));

		try (Workbook feedback = open(out)) {
			assertThat(feedback.getNumberOfSheets()).isEqualTo(1);
			assertThat(feedback.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("无法重新打开");
		}
	}

	@ParameterizedTest(name = "xls={0}")
	@ValueSource(booleans = { false, true })
	void leavesNoTemporaryFileBehind(boolean xls) throws IOException {
		Path out = write(xls, new FeedbackWorkbookWriter());

		try (Stream<Path> files = Files.list(out.getParent())) {
			assertThat(files).containsExactly(out);
		}
	}

	private Path write(boolean xls, FeedbackWorkbookWriter writer) throws IOException {
		Path original = original(xls);
		Path out = this.dir.resolve("out").resolve(xls ? "反馈.xls" : "反馈.xlsx");
		return writer.write(original, xls, FormFixture.valid().build(), VIOLATIONS, out);
	}

	/** A small form as a unit would send it: styled value cells, a comment, a protected sheet, hidden metadata. */
	private Path original(boolean xls) throws IOException {
		Path file = this.dir.resolve(xls ? "县民政局.xls" : "县民政局.xlsx");
		try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = wb.createSheet("月报表");
			CellStyle framed = wb.createCellStyle();
			framed.setBorderBottom(org.apache.poi.ss.usermodel.BorderStyle.THIN);
			Row row4 = sheet.createRow(3);
			for (int c = 0; c < 12; c++) {
				row4.createCell(c).setCellStyle(framed);
			}
			row4.getCell(1).setCellValue("S04-1");
			row4.getCell(8).setCellValue(12);
			row4.getCell(9).setCellValue("约120");
			row4.getCell(11).setCellValue("进行中");
			Row row5 = sheet.createRow(4);
			row5.createCell(9).setCellValue("已开工");
			row5.getCell(9).setCellStyle(framed);
			Drawing<?> drawing = sheet.createDrawingPatriarch();
			ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
			anchor.setCol1(12);
			anchor.setCol2(14);
			anchor.setRow1(3);
			anchor.setRow2(6);
			Comment comment = drawing.createCellComment(anchor);
			comment.setString(wb.getCreationHelper().createRichTextString("状态待确认"));
			comment.setAuthor("经办人");
			row4.getCell(11).setCellComment(comment);
			sheet.protectSheet("minsheng");
			Sheet meta = wb.createSheet("表单信息");
			meta.createRow(0).createCell(0).setCellValue("period");
			wb.setSheetHidden(wb.getSheetIndex(meta), true);
			wb.write(out);
		}
		return file;
	}

	private static boolean feedback(Path out, boolean xls) throws IOException {
		try (InputStream in = Files.newInputStream(out); Workbook wb = WorkbookFactory.create(in)) {
			return (wb instanceof HSSFWorkbook) == xls;
		}
	}

	private static Workbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return WorkbookFactory.create(in);
		}
	}

	private static Cell cell(Sheet sheet, String ref) {
		CellReference r = new CellReference(ref);
		return sheet.getRow(r.getRow()).getCell(r.getCol());
	}

	private static List<String> values(Row row) {
		List<String> values = new java.util.ArrayList<>();
		for (Cell c : row) {
			boolean number = c.getCellType() == CellType.NUMERIC;
			values.add(number ? String.valueOf((int) c.getNumericCellValue()) : c.getStringCellValue());
		}
		return values;
	}

}
