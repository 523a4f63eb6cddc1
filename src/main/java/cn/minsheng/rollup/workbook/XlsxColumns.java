package cn.minsheng.rollup.workbook;

import org.apache.poi.ss.util.CellReference;

/**
 * The column of each cell of a row from its {@code r} attribute: a cell without one, or with one that does not
 * parse, follows the cell before it, as in Excel. Every cell element counts, also empty ones.
 */
final class XlsxColumns {

	/** Letters A to XFD: three at most. */
	private static final int MAX_LETTERS = 3;

	/** Row numbers that surely fit an int; longer ones are left to POI's parser (which refuses them). */
	private static final int MAX_ROW_DIGITS = 9;

	private int last = -1;

	/** The row number (1-based) the last reference spelled out in canonical form (AB12, not AB012), else -1. */
	private int referenceRow = -1;

	void startRow() {
		this.last = -1;
	}

	int next(String reference) {
		this.referenceRow = -1;
		this.last = columnOf(reference);
		return this.last;
	}

	/**
	 * The cell's reference exactly as {@link CellValues#ref} would spell it for {@code row}, when the last reference
	 * read is that (what every writer puts there), else {@code null}: the reader then keeps the file's string instead
	 * of building one for every cell.
	 */
	String canonical(String reference, int row) {
		return this.referenceRow == row + 1 ? reference : null;
	}

	private int columnOf(String reference) {
		if (reference == null) {
			return this.last + 1;
		}
		int plain = plainColumn(reference);
		if (plain >= 0) {
			this.referenceRow = rowNumber(reference, plain);
			return plain;
		}
		try {
			return new CellReference(reference).getCol();
		}
		catch (RuntimeException ex) {
			return this.last + 1; // a malformed reference is placed after the previous cell, as Excel does
		}
	}

	/** The row number of a plain reference to {@code column}, -1 when it is not written as Excel writes it. */
	private static int rowNumber(String reference, int column) {
		int start = column < 26 ? 1 : column < 702 ? 2 : 3;
		if (reference.charAt(start) == '0') {
			return -1;
		}
		int row = 0;
		for (int i = start; i < reference.length(); i++) {
			row = row * 10 + (reference.charAt(i) - '0');
		}
		return row;
	}

	/** The column of a reference such as {@code AB12} (what every writer puts there), else -1. */
	static int plainColumn(String reference) {
		int length = reference.length();
		int column = 0;
		int i = 0;
		while (i < length && i < MAX_LETTERS && reference.charAt(i) >= 'A' && reference.charAt(i) <= 'Z') {
			column = column * 26 + (reference.charAt(i) - 'A' + 1);
			i++;
		}
		if (i == 0 || i == length || length - i > MAX_ROW_DIGITS) {
			return -1;
		}
		for (int j = i; j < length; j++) {
			char c = reference.charAt(j);
			if (c < '0' || c > '9') {
				return -1;
			}
		}
		return column - 1;
	}

}
