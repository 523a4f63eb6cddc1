package cn.minsheng.rollup.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import cn.minsheng.rollup.progress.ProgressClass;
import cn.minsheng.rollup.report.SummaryStyles.Role;

/**
 * Writes one sheet of the summary as a titled table: values as values, widths that fit the content, frozen header,
 * filter and print setup (A4 landscape, fit to width, repeated title and header rows, page number and generation time
 * in the footer).
 */
final class TableSheet {

	private static final int MAX_WIDTH = 60;

	private static final int MAX_WRAP_WIDTH = 30;

	/** Height of one line of 11-point 宋体, with leading. */
	private static final float LINE_POINTS = 15f;

	private final XSSFSheet sheet;

	private final SummaryStyles styles;

	private final Map<Integer, Integer> widths = new TreeMap<>();

	/** Per row, the widest wrapped text per column: rows are made tall enough for it once widths are known. */
	private final Map<Integer, Map<Integer, Integer>> wrapped = new TreeMap<>();

	TableSheet(XSSFSheet sheet, SummaryStyles styles) {
		this.sheet = sheet;
		this.styles = styles;
	}

	XSSFSheet sheet() {
		return this.sheet;
	}

	/** The workbook title across the table in row 1 and the sheet's heading in row 2. */
	void title(String title, String heading, int columns) {
		row(0).setHeightInPoints(30);
		cell(0, 0, this.styles.get(Role.TITLE)).setCellValue(title);
		if (columns > 1) {
			this.sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
		}
		cell(1, 0, this.styles.get(Role.HEADING)).setCellValue(heading);
	}

	void header(int row, List<String> headers) {
		row(row).setHeightInPoints(30);
		for (int c = 0; c < headers.size(); c++) {
			text(row, c, headers.get(c), Role.HEADER);
		}
	}

	void text(int row, int column, String value, Role role) {
		text(row, column, value, role, false, null);
	}

	/**
	 * Writes text as a string cell; text that Excel would read as a formula when edited (= + - @ first) is
	 * quote-prefixed so it stays what the unit wrote.
	 */
	void text(int row, int column, String value, Role role, boolean subtotal, ProgressClass fill) {
		String clean = SafeText.clean(value);
		XSSFCell cell = cell(row, column, this.styles.get(role, subtotal, fill, SafeText.looksLikeFormula(clean)));
		if (clean != null) {
			cell.setCellValue(clean);
			// Subtotal labels may spill over; they should not widen the columns of the indicator rows.
			int width = SafeText.displayWidth(clean);
			if (!subtotal) {
				track(column, role, width);
			}
			if (role == Role.WRAP) {
				this.wrapped.computeIfAbsent(row, (r) -> new TreeMap<>()).merge(column, width, Math::max);
			}
		}
	}

	void number(int row, int column, BigDecimal value, Role role) {
		number(row, column, value, role, false);
	}

	void number(int row, int column, BigDecimal value, Role role, boolean subtotal) {
		XSSFCell cell = cell(row, column, this.styles.get(role, subtotal, null, false));
		if (value != null) {
			cell.setCellValue(value.doubleValue());
			track(column, role, numberWidth(value, role));
		}
	}

	void integer(int row, int column, Integer value, boolean subtotal) {
		number(row, column, value == null ? null : BigDecimal.valueOf(value), Role.INTEGER, subtotal);
	}

	void note(int row, String text) {
		cell(row, 0, this.styles.get(Role.NOTE)).setCellValue(text);
	}

	/** Column widths from the content, header frozen, filter over the table, print setup. */
	void finish(int headerRow, int lastRow, int columns, boolean filter, LocalDateTime generatedAt) {
		this.widths.forEach((c, w) -> this.sheet.setColumnWidth(c, Math.max(6, w + 2) * 256));
		fitRowHeights();
		this.sheet.createFreezePane(0, headerRow + 1);
		if (filter && lastRow > headerRow) {
			this.sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, columns - 1));
		}
		print(headerRow, generatedAt);
	}

	/**
	 * Sets the height of rows with wrapped text to the lines it needs: Excel and WPS show stored heights as they are,
	 * so a height left to the client would cut the text off.
	 */
	private void fitRowHeights() {
		this.wrapped.forEach((row, columns) -> {
			int lines = 1;
			for (Map.Entry<Integer, Integer> e : columns.entrySet()) {
				int room = Math.max(1, this.sheet.getColumnWidth(e.getKey()) / 256 - 1);
				lines = Math.max(lines, (e.getValue() + room - 1) / room);
			}
			if (lines > 1) {
				row(row).setHeightInPoints(Math.min(LINE_POINTS * lines, 409));
			}
		});
	}

	private void print(int headerRow, LocalDateTime generatedAt) {
		PrintSetup setup = this.sheet.getPrintSetup();
		setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
		setup.setLandscape(true);
		setup.setFitWidth((short) 1);
		setup.setFitHeight((short) 0);
		this.sheet.setFitToPage(true);
		this.sheet.setHorizontallyCenter(true);
		this.sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
		// &P and &N are the page number and page count codes of SpreadsheetML headers and footers.
		this.sheet.getFooter().setCenter("第 &P 页 共 &N 页");
		this.sheet.getFooter().setRight("生成时间：" + generatedAt.format(
				DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)));
	}

	private void track(int column, Role role, int width) {
		// A header wraps onto two lines rather than widening its column to its full length.
		int needed = role == Role.HEADER && width > 8 ? Math.max(8, (width + 1) / 2 + 1) : width;
		int cap = role == Role.WRAP || role == Role.HEADER ? MAX_WRAP_WIDTH : MAX_WIDTH;
		this.widths.merge(column, Math.min(cap, needed), Math::max);
	}

	private static int numberWidth(BigDecimal value, Role role) {
		return switch (role) {
			case MONEY -> String.format(Locale.ROOT, "%,.2f", value).length();
			case PERCENT -> String.format(Locale.ROOT, "%.1f%%", value.doubleValue() * 100).length();
			case POINTS -> String.format(Locale.ROOT, "%.1f", value).length();
			default -> value.stripTrailingZeros().toPlainString().length();
		};
	}

	private XSSFRow row(int row) {
		XSSFRow r = this.sheet.getRow(row);
		return r == null ? this.sheet.createRow(row) : r;
	}

	private XSSFCell cell(int row, int column, org.apache.poi.xssf.usermodel.XSSFCellStyle style) {
		XSSFCell cell = row(row).createCell(column);
		cell.setCellStyle(style);
		return cell;
	}

}
