package cn.minsheng.rollup.workbook;

import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The number format behind each cell style of an .xlsx workbook, worked out the first time a style is used, so that
 * a number cell costs an array look-up instead of a style object, a pattern and a date test of its own.
 */
final class XlsxCellFormats {

	private final XlsxStyles styles;

	private final CellValues values;

	private final CellFormat[] byStyle;

	private final CellFormat unstyled;

	XlsxCellFormats(XlsxStyles styles, CellValues values) {
		this.styles = styles;
		this.values = values;
		this.byStyle = new CellFormat[styles == null ? 0 : styles.styleCount()];
		this.unstyled = new CellFormat((short) -1, null, values.shownFormat(0, "General"));
	}

	/**
	 * The format of a number cell with this {@code s} attribute, chosen as POI's sheet handler chooses it: no
	 * attribute means style 0, a style the workbook lacks means none. A style attribute that is not a number fails
	 * the file, as it does in POI.
	 */
	CellFormat forStyle(String styleAttribute) {
		if (this.styles == null) {
			return this.unstyled;
		}
		int index = styleAttribute != null ? Integer.parseInt(styleAttribute.trim()) : 0;
		if (index < 0 || index >= this.byStyle.length) {
			return this.unstyled;
		}
		CellFormat format = this.byStyle[index];
		if (format == null) {
			format = lookUp(index);
			this.byStyle[index] = format;
		}
		return format;
	}

	/** As POI's {@code XSSFCellStyle.getDataFormatString()}: the workbook's own pattern first, else the built-in. */
	private CellFormat lookUp(int styleIndex) {
		short index = this.styles.formatIndex(styleIndex);
		String pattern = this.styles.customPattern(index);
		if (pattern == null) {
			pattern = BuiltinFormats.getBuiltinFormat(index & 0xffff);
		}
		return new CellFormat(index, pattern, this.values.shownFormat(index, pattern));
	}

	/**
	 * One style's number format.
	 *
	 * @param index the format index as POI reads it
	 * @param pattern the pattern as POI reads it; {@code null} when the cell has no style
	 * @param shown how intake shows a number in this format
	 */
	record CellFormat(short index, String pattern, CellValues.ShownFormat shown) {
	}

}
