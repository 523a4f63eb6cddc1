package cn.minsheng.rollup.validation;

import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

import cn.minsheng.rollup.form.PrintLayout;

/**
 * Adds the sheet 问题清单 as the first, active sheet of a workbook: a summary line, then one row per problem (errors
 * first) with 序号, 严重程度, 规则编号, 工作表, 单元格, 问题说明.
 */
final class ProblemListSheet {

	static final String NAME = "问题清单";

	static final int SUMMARY_ROW = 0;

	static final int HEADER_ROW = 1;

	static final List<String> HEADERS = List.of("序号", "严重程度", "规则编号", "工作表", "单元格", "问题说明");

	private static final int[] MAX_WIDTH = { 6, 8, 8, 20, 10, 90 };

	private final Workbook workbook;

	private final CellStyle header;

	private final CellStyle body;

	private final CellStyle guardedBody;

	private final CellStyle errorLabel;

	private final CellStyle warningLabel;

	ProblemListSheet(Workbook workbook) {
		this.workbook = workbook;
		this.body = workbook.createCellStyle();
		this.body.setWrapText(true);
		this.body.setVerticalAlignment(VerticalAlignment.TOP);
		this.guardedBody = workbook.createCellStyle();
		this.guardedBody.cloneStyleFrom(this.body);
		// Text from a unit's file that starts with = + - @ must stay text, whatever program opens the list.
		this.guardedBody.setQuotePrefixed(true);
		this.guardedBody.setDataFormat(workbook.createDataFormat().getFormat("@"));
		Font bold = workbook.createFont();
		bold.setBold(true);
		this.header = workbook.createCellStyle();
		this.header.setFont(bold);
		this.header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		this.header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		this.header.setBorderBottom(BorderStyle.THIN);
		this.errorLabel = label(IndexedColors.CORAL);
		this.warningLabel = label(IndexedColors.LIGHT_YELLOW);
	}

	/** @param note an extra line for the summary, e.g. that the original could not be annotated; may be null */
	Sheet write(List<Violation> violations, String summary, String note) {
		Sheet sheet = this.workbook.createSheet(freeName());
		this.workbook.setSheetOrder(sheet.getSheetName(), 0);
		for (int i = 0; i < this.workbook.getNumberOfSheets(); i++) {
			this.workbook.getSheetAt(i).setSelected(i == 0);
		}
		this.workbook.setActiveSheet(0);
		this.workbook.setFirstVisibleTab(0);
		Row top = sheet.createRow(SUMMARY_ROW);
		text(top.createCell(0), note == null ? summary : summary + "\n" + note, this.body);
		top.setHeightInPoints(note == null ? 36 : 54);
		sheet.addMergedRegion(new CellRangeAddress(SUMMARY_ROW, SUMMARY_ROW, 0, HEADERS.size() - 1));
		Row head = sheet.createRow(HEADER_ROW);
		for (int c = 0; c < HEADERS.size(); c++) {
			text(head.createCell(c), HEADERS.get(c), this.header);
		}
		List<Violation> ordered = violations.stream().sorted(Comparator.comparing(Violation::severity)).toList();
		int[] widths = HEADERS.stream().mapToInt((h) -> displayWidth(h) + 2).toArray();
		for (int i = 0; i < ordered.size(); i++) {
			Violation v = ordered.get(i);
			Row row = sheet.createRow(HEADER_ROW + 1 + i);
			row.createCell(0).setCellValue(i + 1);
			row.getCell(0).setCellStyle(this.body);
			List<String> values = List.of(v.severity().label(), v.ruleCode(), v.sheet(), v.cellRef(), v.message());
			for (int c = 1; c < HEADERS.size(); c++) {
				String value = values.get(c - 1);
				CellStyle style = c == 1 ? (v.isError() ? this.errorLabel : this.warningLabel) : this.body;
				text(row.createCell(c), value, style);
				widths[c] = Math.max(widths[c], displayWidth(value) + 2);
			}
		}
		for (int c = 0; c < HEADERS.size(); c++) {
			sheet.setColumnWidth(c, Math.min(widths[c], MAX_WIDTH[c] + 2) * 256);
		}
		sheet.createFreezePane(0, HEADER_ROW + 1);
		PrintLayout.a4Landscape(sheet, HEADER_ROW);
		return sheet;
	}

	private void text(Cell cell, String value, CellStyle style) {
		cell.setCellValue(value);
		cell.setCellStyle(looksLikeFormula(value) ? this.guardedBody : style);
	}

	static boolean looksLikeFormula(String value) {
		return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
	}

	/** Columns are measured in characters of the default font; a Chinese character takes two. */
	static int displayWidth(String text) {
		int width = 0;
		for (String line : text.split("\n")) {
			int w = line.codePoints().map((cp) -> cp > 0x2E80 ? 2 : 1).sum();
			width = Math.max(width, w);
		}
		return width;
	}

	private CellStyle label(IndexedColors colour) {
		CellStyle style = this.workbook.createCellStyle();
		style.cloneStyleFrom(this.body);
		style.setFillForegroundColor(colour.getIndex());
		style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		return style;
	}

	private String freeName() {
		String name = NAME;
		for (int n = 2; this.workbook.getSheet(name) != null; n++) {
			name = NAME + "(" + n + ")";
		}
		return name;
	}

}
