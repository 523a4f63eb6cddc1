package cn.minsheng.rollup.workbook;

import java.util.SortedMap;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet part into {@link SheetRowVisitor} rows, typing each cell once from its raw value: numbers
 * through their style's number format, shared and inline strings, booleans, errors and formula results as text. It
 * reads the cells as POI's {@code XSSFSheetXMLHandler} does (same rows, columns, texts), without formatting every
 * cell to text first.
 */
final class XlsxSheetHandler extends DefaultHandler {

	private static final String SPREADSHEETML_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	/**
	 * Text gathered for one value; enough that an escaped text ({@code _x0041_} is one character) still fills a cell
	 * after decoding, while a hostile value cannot fill the memory.
	 */
	private static final int MAX_GATHERED = 8 * IntakeLimits.MAX_CELL_TEXT;

	/** Digits and a point read without a string; 19 digits could overflow a long. */
	private static final int MAX_PLAIN_NUMBER_LENGTH = 19;

	/** 2^53: every whole number up to it is a double. */
	private static final long MAX_EXACT = 1L << 53;

	/** 10^22 is the largest power of ten that is a double. */
	private static final int MAX_EXACT_DECIMALS = 22;

	private static final double[] EXACT_POWERS = exactPowers();

	private final SharedStringTable strings;

	private final XlsxCellFormats formats;

	private final CellValues values;

	private final SheetRowVisitor visitor;

	private final XlsxColumns columns = new XlsxColumns();

	/** The cell's text as POI gathers it: every value element, the text runs of an inline string. */
	private final StringBuilder text = new StringBuilder(64);

	/** What the cell's value elements hold, for reading the number. */
	private final StringBuilder raw = new StringBuilder(32);

	private String cellType;

	/** What the type makes of the cell, worked out once for it. */
	private CellText kind = CellText.NUMBER;

	private String cellStyle;

	/** The cell's {@code r} attribute when it is the reference a message names, else {@code null} (built if needed). */
	private String reference;

	private boolean textOpen;

	private boolean valueOpen;

	private boolean inlineOpen;

	/** The cell has a formula element; its text, when not shared from another cell. */
	private boolean formulaSeen;

	private boolean formulaOpen;

	/** The merged cells listed after the rows; a hostile sheet cannot list more than a form would use. */
	private final java.util.List<MergedRange> merged = new java.util.ArrayList<>();

	private final StringBuilder formula = new StringBuilder(32);

	private int currentRow;

	private int nextRow;

	private int column;

	private SortedMap<Integer, FieldValue> cells = new RowCells();

	XlsxSheetHandler(SharedStringTable strings, XlsxCellFormats formats, CellValues values, SheetRowVisitor visitor) {
		this.strings = strings;
		this.formats = formats;
		this.values = values;
		this.visitor = visitor;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		if (!SPREADSHEETML_NS.equals(uri)) {
			return;
		}
		switch (localName) {
			case "c" -> startCell(attributes);
			case "v" -> {
				openText();
				this.valueOpen = true;
			}
			case "row" -> startRow(attributes.getValue("r"));
			case "is" -> this.inlineOpen = true;
			case "t" -> {
				if (this.inlineOpen) {
					openText();
				}
			}
			case "inlineStr" -> openText(); // not in the schema, but POI's handler takes it as a value element
			case "f" -> {
				this.formulaSeen = true;
				this.formulaOpen = true;
			}
			case "mergeCell" -> {
				MergedRange range = MergedRange.parse(attributes.getValue("ref"));
				if (range != null && range.spansRows() && this.merged.size() < IntakeLimits.MAX_MERGED_RANGES) {
					this.merged.add(range);
				}
			}
			default -> {
				// row and sheet properties: nothing a form's reader needs
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		if (!SPREADSHEETML_NS.equals(uri)) {
			return;
		}
		switch (localName) {
			case "v" -> {
				this.valueOpen = false;
				closeText();
			}
			case "t" -> {
				if (this.inlineOpen) {
					closeText();
				}
			}
			case "inlineStr" -> closeText();
			case "is" -> {
				this.inlineOpen = false;
				cell(this.kind); // the cell's type still decides, as in POI
				this.text.setLength(0);
			}
			case "row" -> endRow();
			case "f" -> this.formulaOpen = false;
			case "c" -> endCell();
			case "mergeCells" -> {
				if (!this.merged.isEmpty()) {
					this.visitor.merged(java.util.List.copyOf(this.merged));
				}
			}
			default -> {
				// nothing to finish
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (this.textOpen) {
			append(this.text, ch, start, length, MAX_GATHERED);
		}
		if (this.valueOpen && this.kind == CellText.NUMBER) { // only a number is read from the raw value
			append(this.raw, ch, start, length, IntakeLimits.MAX_CELL_TEXT);
		}
		if (this.formulaOpen) {
			append(this.formula, ch, start, length, IntakeLimits.MAX_CELL_TEXT);
		}
	}

	private static void append(StringBuilder to, char[] ch, int start, int length, int limit) {
		if (to.length() < limit) {
			to.append(ch, start, Math.min(length, limit - to.length()));
		}
	}

	private void startRow(String reference) {
		this.currentRow = reference != null ? Integer.parseInt(reference.trim()) - 1 : this.nextRow;
		this.columns.startRow();
		this.cells = new RowCells();
	}

	private void endRow() {
		this.nextRow = this.currentRow + 1;
		if (!this.cells.isEmpty() && !this.visitor.row(this.currentRow, this.cells)) {
			throw new StopSheet();
		}
	}

	/**
	 * Reads the cell's attributes in one pass by index (a lookup by name scans them all again for each name). The
	 * names are unprefixed, so they are matched on the qualified name as {@code getValue("r")} matches them; the
	 * first of a repeated name counts, as with {@code getValue}. The style is only taken for a number, the one kind
	 * it shows.
	 */
	private void startCell(Attributes attributes) {
		String ref = null;
		String type = null;
		int style = -1;
		for (int i = 0, n = attributes.getLength(); i < n; i++) {
			String name = attributes.getQName(i);
			if (name.length() == 1) {
				switch (name.charAt(0)) {
					case 'r' -> ref = ref == null ? attributes.getValue(i) : ref;
					case 't' -> type = type == null ? attributes.getValue(i) : type;
					case 's' -> style = style < 0 ? i : style;
					default -> {
						// other attributes (cm, vm, ph) change nothing read here
					}
				}
			}
		}
		this.column = this.columns.next(ref);
		this.reference = this.columns.canonical(ref, this.currentRow);
		this.cellType = type;
		this.kind = CellText.of(type);
		this.cellStyle = style >= 0 && this.kind == CellText.NUMBER ? attributes.getValue(style) : null;
		this.raw.setLength(0);
		this.formulaSeen = false;
		this.formula.setLength(0);
		if (this.kind == CellText.NUMBER) {
			this.formats.forStyle(this.cellStyle); // a broken style fails the file here, as in POI
		}
	}

	/**
	 * A formula saved without a result (no value element, or an empty one) is kept as such: it is not blank for the
	 * unit, who sees a number in Excel; the reader calculates it or the check says why it cannot.
	 */
	private void endCell() {
		if (this.formulaSeen && this.column < IntakeLimits.MAX_COLUMNS && !this.cells.containsKey(this.column)) {
			this.cells.put(this.column,
					this.values.uncalculated(this.currentRow, this.column, this.reference, this.formula.toString()));
		}
		this.formulaSeen = false;
	}

	private void openText() {
		this.textOpen = true;
		if (!this.inlineOpen) {
			this.text.setLength(0);
		}
	}

	/** A value element ends: outside an inline string that is a cell, as in POI. */
	private void closeText() {
		this.textOpen = false;
		if (!this.inlineOpen) {
			cell(this.kind);
			this.text.setLength(0);
		}
	}

	private void cell(CellText kind) {
		if (this.column >= IntakeLimits.MAX_COLUMNS) {
			return;
		}
		FieldValue value = toValue(kind);
		if (value != null && !value.isBlank()) {
			this.cells.put(this.column, value);
		}
	}

	private FieldValue toValue(CellText kind) {
		if (kind == CellText.NUMBER && (this.cellType == null || "n".equals(this.cellType))) {
			Double number = parse(this.raw);
			if (number != null) {
				return this.values.number(this.currentRow, this.column, this.reference, number,
						this.formats.forStyle(this.cellStyle).shown());
			}
		}
		String shown = kind == CellText.NUMBER ? numberText() : kind.text(this.text, this.strings);
		return shown == null ? null : this.values.text(this.currentRow, this.column, this.reference, shown);
	}

	/** What POI shows for a number cell whose value is not a plain number: formatted if it parses, else as is. */
	private String numberText() {
		String value = this.text.toString();
		XlsxCellFormats.CellFormat format = this.formats.forStyle(this.cellStyle);
		if (format.pattern() == null || value.isEmpty()) {
			return value;
		}
		try {
			return this.values.formatter()
				.formatRawCellContents(Double.parseDouble(value.trim()), format.index(), format.pattern());
		}
		catch (RuntimeException ex) {
			return value;
		}
	}

	/**
	 * The number in a value element, {@code null} when there is none. A plain decimal such as {@code 45249.0} (what
	 * every writer saves) is read without a string: up to 2^53 and 22 decimals one division is exact and rounds once,
	 * which is what {@link Double#parseDouble} returns for it; anything else goes through it.
	 */
	static Double parse(CharSequence raw) {
		int length = raw.length();
		int i = length > 0 && raw.charAt(0) == '-' ? 1 : 0;
		long digits = 0;
		int decimals = -1;
		boolean any = false;
		for (; i < length && i < MAX_PLAIN_NUMBER_LENGTH; i++) {
			char c = raw.charAt(i);
			if (c >= '0' && c <= '9') {
				digits = digits * 10 + (c - '0');
				decimals += decimals >= 0 ? 1 : 0;
				any = true;
			}
			else if (c == '.' && decimals < 0 && any) {
				decimals = 0;
			}
			else {
				break;
			}
		}
		if (i == length && any && decimals != 0 && digits <= MAX_EXACT && decimals <= MAX_EXACT_DECIMALS) {
			double value = decimals > 0 ? digits / EXACT_POWERS[decimals] : digits;
			return raw.charAt(0) == '-' ? -value : value;
		}
		return parseText(raw);
	}

	private static Double parseText(CharSequence raw) {
		String text = raw.toString();
		if (text.isBlank()) {
			return null;
		}
		try {
			double value = Double.parseDouble(text.trim());
			return Double.isFinite(value) ? value : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static double[] exactPowers() {
		double[] powers = new double[MAX_EXACT_DECIMALS + 1];
		powers[0] = 1;
		for (int i = 1; i < powers.length; i++) {
			powers[i] = powers[i - 1] * 10;
		}
		return powers;
	}

	/** Thrown out of the SAX parse when the visitor needs no more rows of the sheet. */
	static final class StopSheet extends RuntimeException {

		StopSheet() {
			super("sheet no longer needed", null, false, false);
		}

	}

}
