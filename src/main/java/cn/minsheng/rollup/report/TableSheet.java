package cn.minsheng.rollup.report;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import cn.minsheng.rollup.form.PrintLayout;
import cn.minsheng.rollup.progress.ProgressClass;
import cn.minsheng.rollup.report.SummaryStyles.Role;

/**
 * Writes one sheet of the summary as a titled table: values as values, widths that fit the content, frozen header,
 * filter and print setup (A4 landscape, fit to width, repeated title and header rows, page number and generation time
 * in the footer).
 * <p>
 * A sheet is written in two passes of the same sheet writer, so that a streamed sheet never needs a row it has
 * already flushed: the first pass ({@link #measuring}) only measures the columns' content; the second
 * ({@link #writing}) writes the cells with the widths known, making each row with wrapped text tall enough as it is
 * written.
 */
final class TableSheet {

	private static final int MAX_WIDTH = 60;

	private static final int MAX_WRAP_WIDTH = 30;

	/** Height of one line of 11-point 宋体, with leading. */
	private static final float LINE_POINTS = 15f;

	/** Width in characters Excel gives a column without a width of its own. */
	private static final int DEFAULT_WIDTH = 8;

	/** The sheet written to; {@code null} while measuring. */
	private final Sheet sheet;

	/** The user-model sheet under a streamed one, which holds its drawing; {@code null} while measuring. */
	private final XSSFSheet drawing;

	private final SummaryStyles styles;

	/** Measured content width per column: collected while measuring, given when writing. */
	private final Map<Integer, Integer> widths;

	/** The row whose wrapped text is being fitted, and the lines it needs so far. */
	private int wrapRow = -1;

	private int wrapLines = 1;

	private TableSheet(Sheet sheet, XSSFSheet drawing, SummaryStyles styles, Map<Integer, Integer> widths) {
		this.sheet = sheet;
		this.drawing = drawing;
		this.styles = styles;
		this.widths = widths;
	}

	/** The first pass: measures the columns' content and writes nothing. */
	static TableSheet measuring(SummaryStyles styles) {
		return new TableSheet(null, null, styles, new TreeMap<>());
	}

	/**
	 * The second pass: writes the cells into {@code sheet} with the widths {@code measured} found.
	 * @param drawing the user-model sheet that holds the charts of {@code sheet}
	 */
	static TableSheet writing(Sheet sheet, XSSFSheet drawing, SummaryStyles styles, TableSheet measured) {
		return new TableSheet(sheet, drawing, styles, new TreeMap<>(measured.widths));
	}

	/** Draws on the sheet (charts, page breaks) when writing; nothing while measuring. */
	void draw(Consumer<XSSFSheet> drawer) {
		if (this.sheet != null) {
			drawer.accept(this.drawing);
		}
	}

	/** The workbook title across the table in row 1 and the sheet's heading in row 2. */
	void title(String title, String heading, int columns) {
		if (this.sheet == null) {
			return;
		}
		row(0).setHeightInPoints(30);
		cell(0, 0, this.styles.get(Role.TITLE)).setCellValue(title);
		if (columns > 1) {
			this.sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
		}
		cell(1, 0, this.styles.get(Role.HEADING)).setCellValue(heading);
	}

	void header(int row, List<String> headers) {
		if (this.sheet != null) {
			row(row).setHeightInPoints(30);
		}
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
		if (this.sheet == null) {
			// Subtotal labels may spill over; they should not widen the columns of the indicator rows.
			if (clean != null && !subtotal) {
				track(column, role, SafeText.displayWidth(clean));
			}
			return;
		}
		Cell cell = cell(row, column, this.styles.get(role, subtotal, fill, SafeText.looksLikeFormula(clean)));
		if (clean != null) {
			cell.setCellValue(clean);
			if (role == Role.WRAP) {
				fitHeight(row, column, SafeText.displayWidth(clean));
			}
		}
	}

	void number(int row, int column, BigDecimal value, Role role) {
		number(row, column, value, role, false);
	}

	void number(int row, int column, BigDecimal value, Role role, boolean subtotal) {
		if (this.sheet == null) {
			if (value != null) {
				track(column, role, numberWidth(value, role));
			}
			return;
		}
		Cell cell = cell(row, column, this.styles.get(role, subtotal, null, false));
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
	}

	void integer(int row, int column, Integer value, boolean subtotal) {
		number(row, column, value == null ? null : BigDecimal.valueOf(value), Role.INTEGER, subtotal);
	}

	void note(int row, String text) {
		if (this.sheet != null) {
			cell(row, 0, this.styles.get(Role.NOTE)).setCellValue(text);
		}
	}

	/** Column widths from the content, header frozen, filter over the table, print setup. */
	void finish(int headerRow, int lastRow, int columns, boolean filter, LocalDateTime generatedAt) {
		if (this.sheet == null) {
			return;
		}
		this.widths.forEach((c, w) -> this.sheet.setColumnWidth(c, columnWidth(c) * 256));
		this.sheet.createFreezePane(0, headerRow + 1);
		if (filter && lastRow > headerRow) {
			this.sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, columns - 1));
		}
		print(headerRow, generatedAt);
	}

	/**
	 * Makes a row with wrapped text as tall as the lines it needs in its column: Excel and WPS show stored heights as
	 * they are, so a height left to the client would cut the text off. A row's cells are written one after another,
	 * so the row keeps the most lines any of its cells needs.
	 */
	private void fitHeight(int row, int column, int width) {
		if (row != this.wrapRow) {
			this.wrapRow = row;
			this.wrapLines = 1;
		}
		int room = Math.max(1, columnWidth(column) - 1);
		int lines = (width + room - 1) / room;
		if (lines > this.wrapLines) {
			this.wrapLines = lines;
			row(row).setHeightInPoints(Math.min(LINE_POINTS * lines, 409));
		}
	}

	/** A column's width in characters: its content's with a margin, or Excel's default for an unmeasured column. */
	private int columnWidth(int column) {
		Integer width = this.widths.get(column);
		return width == null ? DEFAULT_WIDTH : Math.max(6, width + 2);
	}

	private void print(int headerRow, LocalDateTime generatedAt) {
		PrintLayout.a4Landscape(this.sheet, headerRow);
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

	private Row row(int row) {
		Row r = this.sheet.getRow(row);
		return r == null ? this.sheet.createRow(row) : r;
	}

	private Cell cell(int row, int column, CellStyle style) {
		Cell cell = row(row).createCell(column);
		cell.setCellStyle(style);
		return cell;
	}

}
