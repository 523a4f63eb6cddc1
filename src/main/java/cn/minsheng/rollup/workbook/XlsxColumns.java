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

	/** Where {@link #plain} puts the row number: above the columns, which have fewer than 2^15 (ZZZ is 18,277). */
	private static final int ROW_SHIFT = 15;

	private static final long COLUMN_MASK = (1L << ROW_SHIFT) - 1;

	private int last = -1;

	/** The row number (1-based) the last reference spelled out in canonical form (AB12, not AB012), else -1 or 0. */
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
		long plain = plain(reference);
		if (plain >= 0) {
			this.referenceRow = (int) (plain >>> ROW_SHIFT);
			return (int) (plain & COLUMN_MASK);
		}
		try {
			return new CellReference(reference).getCol();
		}
		catch (RuntimeException ex) {
			return this.last + 1; // a malformed reference is placed after the previous cell, as Excel does
		}
	}

	/** The column of a reference such as {@code AB12} (what every writer puts there), else -1. */
	static int plainColumn(String reference) {
		long plain = plain(reference);
		return plain < 0 ? -1 : (int) (plain & COLUMN_MASK);
	}

	/**
	 * A plain reference read in one pass, its row number above {@link #ROW_SHIFT} (0 when written with a leading
	 * zero, as no writer does) and its column below; -1 when it is not plain.
	 */
	private static long plain(String reference) {
		int length = reference.length();
		int column = 0;
		int i = 0;
		char c = 0;
		while (i < length && i < MAX_LETTERS && (c = reference.charAt(i)) >= 'A' && c <= 'Z') {
			column = column * 26 + (c - 'A' + 1);
			i++;
		}
		if (i == 0 || i == length || length - i > MAX_ROW_DIGITS) {
			return -1;
		}
		boolean leadingZero = reference.charAt(i) == '0';
		long row = 0;
		for (int j = i; j < length; j++) {
			c = reference.charAt(j);
			if (c < '0' || c > '9') {
				return -1;
			}
			row = row * 10 + (c - '0');
		}
		return (leadingZero ? 0 : row) << ROW_SHIFT | (column - 1);
	}

}
