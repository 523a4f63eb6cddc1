package cn.minsheng.rollup.workbook;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A merged cell of a sheet, zero-based and inclusive, as the file lists it after its rows.
 */
record MergedRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

	/** Reads 「Q4:Q7」; {@code null} for a reference that is not a range. */
	static MergedRange parse(String reference) {
		if (reference == null || !reference.contains(":")) {
			return null;
		}
		try {
			CellRangeAddress range = CellRangeAddress.valueOf(reference.strip());
			return new MergedRange(range.getFirstRow(), range.getLastRow(), range.getFirstColumn(),
					range.getLastColumn());
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	boolean spansRows() {
		return this.lastRow > this.firstRow;
	}

	/** 「Q4:Q7」 */
	String reference() {
		return new CellRangeAddress(this.firstRow, this.lastRow, this.firstColumn, this.lastColumn).formatAsString();
	}

}
