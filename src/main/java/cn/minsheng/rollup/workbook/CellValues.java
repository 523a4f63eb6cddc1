package cn.minsheng.rollup.workbook;

import java.text.SimpleDateFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Turns raw cell content into {@link FieldValue}s the same way for both file formats: numbers are shown as Excel on
 * a Chinese desktop shows them, long text is cut to Excel's cell limit.
 */
final class CellValues {

	private static final String GENERAL = "General";

	/** Built-in format 14, the short date: POI renders it US style, Chinese Excel and WPS show 2023/11/25. */
	private static final String BUILTIN_SHORT_DATE = "m/d/yy";

	/**
	 * Built-in formats that Chinese Excel and WPS use but a file need not define (ECMA-376 Part 1, 18.8.30, zh-cn);
	 * POI knows them only as "reserved", so without this table a date such as 2023年11月25日 would not count as one.
	 */
	private static final Map<Integer, String> CHINESE_BUILTIN_FORMATS = Map.ofEntries(
			Map.entry(27, "yyyy\"年\"m\"月\""), Map.entry(28, "m\"月\"d\"日\""), Map.entry(29, "m\"月\"d\"日\""),
			Map.entry(30, "m-d-yy"), Map.entry(31, "yyyy\"年\"m\"月\"d\"日\""), Map.entry(32, "h\"时\"mm\"分\""),
			Map.entry(33, "h\"时\"mm\"分\"ss\"秒\""), Map.entry(34, "h\"时\"mm\"分\""),
			Map.entry(35, "h\"时\"mm\"分\"ss\"秒\""), Map.entry(36, "yyyy\"年\"m\"月\""),
			Map.entry(50, "yyyy\"年\"m\"月\""), Map.entry(51, "m\"月\"d\"日\""), Map.entry(52, "yyyy\"年\"m\"月\""),
			Map.entry(53, "m\"月\"d\"日\""), Map.entry(54, "m\"月\"d\"日\""), Map.entry(55, "h\"时\"mm\"分\""),
			Map.entry(56, "h\"时\"mm\"分\"ss\"秒\""), Map.entry(57, "yyyy\"年\"m\"月\""),
			Map.entry(58, "m\"月\"d\"日\""));

	private static final String RESERVED = "reserved-";

	/** Quoted text in a date format (yyyy"年"m"月"), which POI would print with its quotes. */
	private static final Pattern QUOTED_TEXT = Pattern.compile("\"([^\"A-Za-z]*)\"");

	/** A backslash-escaped character in a date format (yyyy\年). */
	private static final Pattern ESCAPED_CHARACTER = Pattern.compile("\\\\([^A-Za-z])");

	/** Chinese numerals ([DBNum1]二〇二三年), which POI cannot render; the date shows in digits instead. */
	private static final Pattern CHINESE_NUMERALS = Pattern.compile("\\[DBNum\\d]", Pattern.CASE_INSENSITIVE);

	/** Below this, General shows a whole number as its digits (ExcelGeneralNumberFormat). */
	private static final double GENERAL_DIGITS_LIMIT = 1E10;

	/** A row's cells are at most {@link IntakeLimits#MAX_COLUMNS} wide: their letters are made once. */
	private static final String[] COLUMN_LETTERS = columnLetters();

	private final DataFormatter formatter;

	private final boolean date1904;

	/** What the formats kept by the .xlsx reader (one per style) last showed. */
	private final ShownNumbers shownNumbers = new ShownNumbers();

	private String lastLongText;

	private String lastCut;

	private int lastRow = -1;

	private String lastRowNumber;

	CellValues(boolean date1904) {
		this.date1904 = date1904;
		this.formatter = newFormatter();
	}

	/** The formatter both readers use, so that a number reads the same from .xlsx and .xls. */
	static DataFormatter newFormatter() {
		DataFormatter formatter = new DataFormatter(Locale.CHINA);
		formatter.addFormat(BUILTIN_SHORT_DATE, new SimpleDateFormat("yyyy/M/d", Locale.CHINA));
		return formatter;
	}

	boolean date1904() {
		return this.date1904;
	}

	DataFormatter formatter() {
		return this.formatter;
	}

	/** For a reader that has the format only as its index and pattern: nothing it shows is kept. */
	FieldValue number(int row, int column, double value, int formatIndex, String formatString) {
		ShownFormat format = shownFormat(formatIndex, formatString);
		return new FieldValue(cellRef(row, column), shown(value, format), value, format.dateFormatted(),
				this.date1904);
	}

	/** Everything about a number format that does not depend on the number, worked out once per format. */
	ShownFormat shownFormat(int formatIndex, String formatString) {
		int index = Math.max(formatIndex, 0);
		String format = formatString;
		if (format == null || format.isEmpty() || format.startsWith(RESERVED)) {
			format = CHINESE_BUILTIN_FORMATS.getOrDefault(index, GENERAL);
		}
		boolean dateFormatted = isDateFormat(index, format);
		return new ShownFormat(index, dateFormatted ? plainDateFormat(format) : format, dateFormatted);
	}

	FieldValue number(int row, int column, double value, ShownFormat format) {
		return number(row, column, null, value, format);
	}

	/** @param reference the cell's reference as {@link #ref} spells it, or {@code null} to have it built */
	FieldValue number(int row, int column, String reference, double value, ShownFormat format) {
		String shown = format.general() && isPlainInteger(value) ? Long.toString((long) value) : kept(value, format);
		return new FieldValue(reference(reference, row, column), shown, value, format.dateFormatted(),
				this.date1904);
	}

	private String kept(double value, ShownFormat format) {
		String shown = this.shownNumbers.get(format, value);
		if (shown == null) {
			shown = format(value, format.index(), format.pattern());
			this.shownNumbers.put(format, value, shown);
		}
		return shown;
	}

	private String shown(double value, ShownFormat format) {
		return format.general() && isPlainInteger(value) ? Long.toString((long) value)
				: format(value, format.index(), format.pattern());
	}

	/**
	 * A whole number that Excel's General format shows as its digits (what POI's formatter also prints for it);
	 * larger ones switch to other notations, and -0 keeps its sign, so those still go through the formatter.
	 */
	private static boolean isPlainInteger(double value) {
		return Math.abs(value) < GENERAL_DIGITS_LIMIT && value == Math.rint(value)
				&& (value != 0 || Double.doubleToRawLongBits(value) == 0);
	}

	FieldValue text(int row, int column, String text) {
		return text(row, column, null, text);
	}

	/** @param reference the cell's reference as {@link #ref} spells it, or {@code null} to have it built */
	FieldValue text(int row, int column, String reference, String text) {
		String kept = text == null ? "" : text;
		if (kept.length() > IntakeLimits.MAX_CELL_TEXT) {
			kept = cut(kept);
		}
		return new FieldValue(reference(reference, row, column), kept, null, false, this.date1904);
	}

	/**
	 * Cuts an over-long text to Excel's limit. One shared string may fill every cell of a hostile file; all those
	 * cells then share one cut copy instead of each holding its own.
	 */
	private String cut(String text) {
		if (text != this.lastLongText) {
			this.lastLongText = text;
			this.lastCut = text.substring(0, IntakeLimits.MAX_CELL_TEXT);
		}
		return this.lastCut;
	}

	/** A formula cell saved without its result. */
	FieldValue uncalculated(int row, int column, String reference, String formula) {
		return FieldValue.uncalculated(reference(reference, row, column), formula);
	}

	private String reference(String known, int row, int column) {
		return known != null ? known : cellRef(row, column);
	}

	/** {@link #ref}, with the row's number made once for all the cells of the row. */
	private String cellRef(int row, int column) {
		if (row != this.lastRow || this.lastRowNumber == null) {
			this.lastRow = row;
			this.lastRowNumber = Integer.toString(row + 1);
		}
		return letters(column).concat(this.lastRowNumber);
	}

	static String ref(int row, int column) {
		return letters(column).concat(Integer.toString(row + 1));
	}

	private static String letters(int column) {
		return column >= 0 && column < COLUMN_LETTERS.length ? COLUMN_LETTERS[column]
				: CellReference.convertNumToColString(column);
	}

	private static String[] columnLetters() {
		String[] letters = new String[IntakeLimits.MAX_COLUMNS];
		for (int i = 0; i < letters.length; i++) {
			letters[i] = CellReference.convertNumToColString(i);
		}
		return letters;
	}

	private String format(double value, int index, String format) {
		try {
			return this.formatter.formatRawCellContents(value, index, format, this.date1904);
		}
		catch (RuntimeException ex) {
			// a damaged or exotic format string: show the plain number rather than fail the file
			return NumberToTextConverter.toText(value);
		}
	}

	/** A date format as POI can render it: literal text unquoted, numerals in digits. */
	private static String plainDateFormat(String format) {
		String plain = CHINESE_NUMERALS.matcher(format).replaceAll("");
		plain = QUOTED_TEXT.matcher(plain).replaceAll((m) -> Matcher.quoteReplacement(m.group(1)));
		return ESCAPED_CHARACTER.matcher(plain).replaceAll((m) -> Matcher.quoteReplacement(m.group(1)));
	}

	private static boolean isDateFormat(int index, String format) {
		try {
			return DateUtil.isADateFormat(index, format);
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/**
	 * A number format ready to show numbers with.
	 *
	 * @param index the format index, never negative
	 * @param pattern the pattern as the formatter gets it (for dates, the plain form)
	 * @param dateFormatted true when the format shows a date or time
	 */
	record ShownFormat(int index, String pattern, boolean dateFormatted) {

		boolean general() {
			return !this.dateFormatted && GENERAL.equals(this.pattern);
		}

	}

}
