package cn.minsheng.rollup.workbook;

/**
 * The kinds of .xlsx cell by their {@code t} attribute, and the text each shows, as POI's sheet handler reads them.
 */
enum CellText {

	/** No type, {@code n}, or one POI does not know ({@code d}): a number, shown through the cell's style. */
	NUMBER,

	/** {@code s}: an index into the shared strings. */
	SHARED,

	/** {@code inlineStr}: the text is in the cell, with {@code _xHHHH_} escapes. */
	INLINE,

	/** {@code b}: 0 is FALSE, anything else TRUE. */
	BOOLEAN,

	/** {@code e}: the error as Excel writes it (#DIV/0!). */
	ERROR,

	/** {@code str}: a formula's text result. */
	FORMULA;

	/** Nine digits always fit an int. */
	private static final int MAX_PLAIN_INDEX_DIGITS = 9;

	static CellText of(String type) {
		if (type == null) {
			return NUMBER;
		}
		if (type.length() == 1) { // the common types by their letter, without hashing the text for every cell
			return switch (type.charAt(0)) {
				case 's' -> SHARED;
				case 'b' -> BOOLEAN;
				case 'e' -> ERROR;
				default -> NUMBER;
			};
		}
		return switch (type) {
			case "s" -> SHARED;
			case "inlineStr" -> INLINE;
			case "b" -> BOOLEAN;
			case "e" -> ERROR;
			case "str" -> FORMULA;
			default -> NUMBER;
		};
	}

	/**
	 * The text of a cell of this kind, from what its value elements held; {@code null} for a shared string index
	 * that is not a number (POI shows nothing). Not for {@link #NUMBER}, which needs the cell's style.
	 */
	String text(CharSequence value, SharedStringTable strings) {
		return switch (this) {
			case SHARED -> shared(value, strings);
			case INLINE -> SharedStringTable.decode(value.toString());
			case BOOLEAN -> value.charAt(0) == '0' ? "FALSE" : "TRUE";
			case ERROR, FORMULA -> value.toString();
			case NUMBER -> throw new IllegalStateException("a number's text depends on its style");
		};
	}

	/** An index of plain digits (what every writer saves) is read without a string, any other as before. */
	private static String shared(CharSequence value, SharedStringTable strings) {
		int length = value.length();
		if (length == 0 || length > MAX_PLAIN_INDEX_DIGITS) {
			return shared(value.toString().trim(), strings);
		}
		int index = 0;
		for (int i = 0; i < length; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				return shared(value.toString().trim(), strings);
			}
			index = index * 10 + (c - '0');
		}
		return strings.text(index);
	}

	private static String shared(String index, SharedStringTable strings) {
		if (index.isEmpty()) {
			return null;
		}
		int parsed;
		try {
			parsed = Integer.parseInt(index);
		}
		catch (NumberFormatException ex) {
			return null;
		}
		return strings.text(parsed);
	}

}
