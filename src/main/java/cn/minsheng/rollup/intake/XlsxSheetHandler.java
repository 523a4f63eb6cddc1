package cn.minsheng.rollup.intake;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet part into {@link SheetRowVisitor} rows. POI's {@link XSSFSheetXMLHandler} resolves shared and
 * inline strings, booleans and errors; this handler sits in front of it to also see each cell's type, style and raw
 * value, which POI does not pass on but intake needs (the number itself and whether its format is a date).
 */
final class XlsxSheetHandler extends DefaultHandler implements SheetContentsHandler {

	private static final String SPREADSHEETML_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String ERROR_PREFIX = "ERROR:";

	private final XSSFSheetXMLHandler poiHandler;

	private final StylesTable styles;

	private final CellValues values;

	private final SheetRowVisitor visitor;

	private final Map<Integer, NumberFormat> formats = new HashMap<>();

	private final StringBuilder rawValue = new StringBuilder();

	private String cellType;

	private String cellStyle;

	private boolean valueOpen;

	private int currentRow;

	private int lastColumn;

	private int column;

	private SortedMap<Integer, FieldValue> cells = new TreeMap<>();

	XlsxSheetHandler(StylesTable styles, SharedStrings strings, CellValues values, SheetRowVisitor visitor) {
		this.styles = styles;
		this.values = values;
		this.visitor = visitor;
		this.poiHandler = new XSSFSheetXMLHandler(styles, null, strings, this, values.formatter(), false);
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		if (SPREADSHEETML_NS.equals(uri)) {
			if ("c".equals(localName)) {
				this.column = column(attributes.getValue("r"));
				this.cellType = attributes.getValue("t");
				this.cellStyle = attributes.getValue("s");
				this.rawValue.setLength(0);
			}
			else if ("v".equals(localName)) {
				this.valueOpen = true;
			}
		}
		this.poiHandler.startElement(uri, localName, qName, attributes);
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		if (SPREADSHEETML_NS.equals(uri) && "v".equals(localName)) {
			this.valueOpen = false;
		}
		this.poiHandler.endElement(uri, localName, qName);
	}

	@Override
	public void characters(char[] ch, int start, int length) throws SAXException {
		if (this.valueOpen && this.rawValue.length() < IntakeLimits.MAX_CELL_TEXT) {
			this.rawValue.append(ch, start, Math.min(length, IntakeLimits.MAX_CELL_TEXT - this.rawValue.length()));
		}
		this.poiHandler.characters(ch, start, length);
	}

	@Override
	public void startRow(int rowNum) {
		this.currentRow = rowNum;
		this.lastColumn = -1;
		this.cells = new TreeMap<>();
	}

	@Override
	public void endRow(int rowNum) {
		if (!this.cells.isEmpty() && !this.visitor.row(rowNum, this.cells)) {
			throw new StopSheet();
		}
	}

	@Override
	public void cell(String cellReference, String formattedValue, XSSFComment comment) {
		if (formattedValue == null) {
			return; // a comment on an empty cell
		}
		if (this.column >= IntakeLimits.MAX_COLUMNS) {
			return;
		}
		FieldValue value = toValue(this.currentRow, this.column, formattedValue);
		if (!value.isBlank()) {
			this.cells.put(this.column, value);
		}
	}

	private FieldValue toValue(int row, int column, String formatted) {
		if (this.cellType == null || "n".equals(this.cellType)) {
			Double number = parse(this.rawValue.toString());
			if (number != null) {
				NumberFormat format = numberFormat();
				return this.values.number(row, column, number, format.index(), format.pattern());
			}
		}
		if ("e".equals(this.cellType) && formatted.startsWith(ERROR_PREFIX)) {
			return this.values.text(row, column, formatted.substring(ERROR_PREFIX.length()));
		}
		return this.values.text(row, column, formatted);
	}

	private NumberFormat numberFormat() {
		int styleIndex = parseStyle();
		return this.formats.computeIfAbsent(styleIndex, this::lookUpFormat);
	}

	/** Mirrors POI: a cell without a style uses style 0 when the workbook has styles. */
	private NumberFormat lookUpFormat(int styleIndex) {
		if (this.styles == null || styleIndex < 0) {
			return NumberFormat.GENERAL;
		}
		try {
			XSSFCellStyle style = this.styles.getStyleAt(styleIndex);
			if (style == null) {
				return NumberFormat.GENERAL;
			}
			int index = style.getDataFormat();
			String pattern = style.getDataFormatString();
			return new NumberFormat(index, pattern != null ? pattern : BuiltinFormats.getBuiltinFormat(index));
		}
		catch (RuntimeException ex) {
			return NumberFormat.GENERAL;
		}
	}

	private int parseStyle() {
		if (this.cellStyle == null) {
			return (this.styles != null && this.styles.getNumCellStyles() > 0) ? 0 : -1;
		}
		try {
			return Integer.parseInt(this.cellStyle.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	/** Every cell element counts, also empty ones: a cell without a reference follows the one before it. */
	private int column(String reference) {
		this.lastColumn = columnAt(reference);
		return this.lastColumn;
	}

	private int columnAt(String reference) {
		if (reference != null) {
			try {
				return new CellReference(reference).getCol();
			}
			catch (RuntimeException ex) {
				// fall through: a malformed reference is placed after the previous cell, as Excel does
			}
		}
		return this.lastColumn + 1;
	}

	private static Double parse(String raw) {
		if (raw.isBlank()) {
			return null;
		}
		try {
			double value = Double.parseDouble(raw.trim());
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/** A cell's number format: its index and pattern. */
	private record NumberFormat(int index, String pattern) {

		static final NumberFormat GENERAL = new NumberFormat(0, "General");

	}

	/** Thrown out of the SAX parse when the visitor needs no more rows of the sheet. */
	static final class StopSheet extends RuntimeException {

		StopSheet() {
			super("sheet no longer needed", null, false, false);
		}

	}

}
