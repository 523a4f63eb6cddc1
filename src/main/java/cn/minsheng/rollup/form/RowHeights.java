package cn.minsheng.rollup.form;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Sets a row's height to fit its wrapped text, as Excel does when one types into a wrapping cell. Files written by
 * a program carry no such heights, and LibreOffice then prints wrapped text over the next row.
 */
public final class RowHeights {

	/** Width of a Chinese character of the 10 pt body font, in column-width units (the default font's digit). */
	private static final double WIDE_CHAR = 1.8;

	private static final double NARROW_CHAR = 0.9;

	private static final float LINE_POINTS = 13.5f;

	private static final float PADDING_POINTS = 3f;

	private RowHeights() {
	}

	/** Fits the row's height to the wrapped text cell needing the most lines; never lower than one line. */
	public static void fit(Row row) {
		Sheet sheet = row.getSheet();
		int lines = 1;
		for (Cell cell : row) {
			if (cell.getCellType() == CellType.STRING && cell.getCellStyle().getWrapText()) {
				double columnWidth = sheet.getColumnWidth(cell.getColumnIndex()) / 256.0 - 1;
				double textWidth = width(cell.getStringCellValue());
				lines = Math.max(lines, (int) Math.ceil(textWidth / Math.max(1, columnWidth)));
			}
		}
		row.setHeightInPoints(lines * LINE_POINTS + PADDING_POINTS);
	}

	static double width(String text) {
		double width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += text.charAt(i) < 0x2E80 ? NARROW_CHAR : WIDE_CHAR;
		}
		return width;
	}

}
