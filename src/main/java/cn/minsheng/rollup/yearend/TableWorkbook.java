package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small workbook of titled tables, one per sheet, with one style per role built once: what every year-end workbook
 * but the long 项目分布清单 is. Values only, no formulas; a content key in the document properties.
 */
final class TableWorkbook implements AutoCloseable {

	/** What a column holds; decides its cells' style. */
	enum Kind {

		TEXT, NUMBER, PERCENT, INTEGER

	}

	/** A column: its header, width in characters and kind. */
	record Column(String header, int width, Kind kind) {

		static Column text(String header, int width) {
			return new Column(header, width, Kind.TEXT);
		}

		static Column number(String header, int width) {
			return new Column(header, width, Kind.NUMBER);
		}

		static Column percent(String header) {
			return new Column(header, 9, Kind.PERCENT);
		}

		static Column integer(String header, int width) {
			return new Column(header, width, Kind.INTEGER);
		}

	}

	/** How a row stands out: plain, a subtotal or total (bold), or marked (yellow) for the reader's attention. */
	enum Emphasis {

		PLAIN, TOTAL, MARKED

	}

	private final XSSFWorkbook workbook = new XSSFWorkbook();

	private final String title;

	private final CellStyle titleStyle;

	private final CellStyle headerStyle;

	private final Map<Emphasis, Map<Kind, CellStyle>> styles = new EnumMap<>(Emphasis.class);

	/**
	 * Writes the workbook the tables make into {@code file}, unless the file there already holds this content (its
	 * content key): a year written again with nothing changed rewrites nothing. True when written.
	 */
	static boolean writeUnlessUnchanged(Path file, String contentKey, String title, LocalDateTime generatedAt,
			Consumer<TableWorkbook> tables) throws IOException {
		if (YearendFiles.unchanged(file, contentKey)) {
			return false;
		}
		try (TableWorkbook workbook = new TableWorkbook(title)) {
			tables.accept(workbook);
			workbook.write(file, contentKey, generatedAt);
		}
		return true;
	}

	TableWorkbook(String title) {
		this.title = title;
		this.titleStyle = style(font(true, 16), false, null);
		this.titleStyle.setAlignment(HorizontalAlignment.CENTER);
		this.headerStyle = style(font(true, 11), true, IndexedColors.GREY_25_PERCENT);
		this.headerStyle.setAlignment(HorizontalAlignment.CENTER);
		this.headerStyle.setWrapText(true);
		Font plain = font(false, 11);
		Font bold = font(true, 11);
		for (Emphasis emphasis : Emphasis.values()) {
			Map<Kind, CellStyle> byKind = new EnumMap<>(Kind.class);
			for (Kind kind : Kind.values()) {
				CellStyle style = style(emphasis == Emphasis.TOTAL ? bold : plain, true,
						emphasis == Emphasis.MARKED ? IndexedColors.LIGHT_YELLOW : null);
				style.setDataFormat(this.workbook.createDataFormat().getFormat(format(kind)));
				style.setWrapText(kind == Kind.TEXT);
				byKind.put(kind, style);
			}
			this.styles.put(emphasis, byKind);
		}
	}

	/** A new sheet with its title row and header row. */
	Table sheet(String name, String sheetTitle, List<Column> columns) {
		Sheet sheet = this.workbook.createSheet(name);
		for (int c = 0; c < columns.size(); c++) {
			sheet.setColumnWidth(c, Math.min(255, columns.get(c).width()) * 256);
		}
		Row titleRow = sheet.createRow(0);
		titleRow.setHeightInPoints(28);
		Cell cell = titleRow.createCell(0);
		cell.setCellValue(sheetTitle);
		cell.setCellStyle(this.titleStyle);
		if (columns.size() > 1) {
			sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns.size() - 1));
		}
		Row header = sheet.createRow(1);
		for (int c = 0; c < columns.size(); c++) {
			Cell h = header.createCell(c);
			h.setCellValue(columns.get(c).header());
			h.setCellStyle(this.headerStyle);
		}
		sheet.createFreezePane(0, 2);
		sheet.getPrintSetup().setLandscape(true);
		sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.getPrintSetup().setFitWidth((short) 1);
		sheet.getPrintSetup().setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));
		return new Table(sheet, columns);
	}

	/** A hidden sheet of label/value pairs in columns A and B: what a returned workbook is recognised by. */
	void hiddenInfo(String name, List<String[]> pairs) {
		Sheet sheet = this.workbook.createSheet(name);
		for (int r = 0; r < pairs.size(); r++) {
			Row row = sheet.createRow(r);
			row.createCell(0).setCellValue(pairs.get(r)[0]);
			row.createCell(1).setCellValue(pairs.get(r)[1]);
		}
		this.workbook.setSheetHidden(this.workbook.getSheetIndex(sheet), true);
	}

	/** Writes the workbook next to {@code file} and moves it into place. */
	void write(Path file, String contentKey, LocalDateTime generatedAt) throws IOException {
		Date at = Date.from(generatedAt.atZone(ZoneId.systemDefault()).toInstant());
		var properties = this.workbook.getProperties();
		properties.getCoreProperties().setTitle(this.title);
		properties.getCoreProperties().setCreator(YearendFiles.CREATOR);
		properties.getCoreProperties().setCreated(Optional.of(at));
		properties.getCoreProperties().setModified(Optional.of(at));
		properties.getCustomProperties().addProperty(YearendFiles.CONTENT_KEY, contentKey);
		YearendFiles.writeAtomically(file, (OutputStream out) -> this.workbook.write(out));
	}

	@Override
	public void close() throws IOException {
		this.workbook.close();
	}

	private Font font(boolean bold, int points) {
		Font font = this.workbook.createFont();
		font.setFontName("宋体");
		font.setBold(bold);
		font.setFontHeightInPoints((short) points);
		return font;
	}

	private CellStyle style(Font font, boolean bordered, IndexedColors fill) {
		CellStyle style = this.workbook.createCellStyle();
		style.setFont(font);
		style.setVerticalAlignment(VerticalAlignment.CENTER);
		if (bordered) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		if (fill != null) {
			style.setFillForegroundColor(fill.getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return style;
	}

	private static String format(Kind kind) {
		return switch (kind) {
			case TEXT -> "@";
			case NUMBER -> "#,##0.00";
			case PERCENT -> "0.0%";
			case INTEGER -> "0";
		};
	}

	/** One sheet being filled, a row at a time below its header. */
	final class Table {

		private final Sheet sheet;

		private final List<Column> columns;

		private int next = 2;

		private Table(Sheet sheet, List<Column> columns) {
			this.sheet = sheet;
			this.columns = columns;
		}

		/** Adds a row; values are {@code String}, {@code BigDecimal}, {@code Integer} or {@code null} (blank). */
		void row(Emphasis emphasis, List<?> values) {
			if (values.size() != this.columns.size()) {
				throw new IllegalArgumentException("one value per column: " + values);
			}
			Row row = this.sheet.createRow(this.next++);
			Map<Kind, CellStyle> byKind = TableWorkbook.this.styles.get(emphasis);
			for (int c = 0; c < values.size(); c++) {
				Cell cell = row.createCell(c);
				Kind kind = this.columns.get(c).kind();
				Object value = values.get(c);
				cell.setCellStyle(byKind.get(value instanceof String ? Kind.TEXT : kind));
				if (value instanceof BigDecimal number) {
					cell.setCellValue(number.doubleValue());
				}
				else if (value instanceof Integer number) {
					cell.setCellValue(number);
				}
				else if (value != null) {
					cell.setCellValue(value.toString());
				}
			}
		}

		void row(List<?> values) {
			row(Emphasis.PLAIN, values);
		}

		/** Marks the cells of these columns in the rows written so far as the ones the recipient fills in (yellow). */
		void markInput(int... columns) {
			CellStyle input = TableWorkbook.this.styles.get(Emphasis.MARKED).get(Kind.NUMBER);
			for (int r = 2; r < this.next; r++) {
				Row row = this.sheet.getRow(r);
				for (int c : columns) {
					Cell cell = row.getCell(c);
					if (cell != null) {
						cell.setCellStyle(input);
					}
				}
			}
		}

		/** A line of text under the table (a note, a source), spanning its width. */
		void note(String text) {
			Row row = this.sheet.createRow(this.next++);
			row.createCell(0).setCellValue(text);
		}

	}

}
