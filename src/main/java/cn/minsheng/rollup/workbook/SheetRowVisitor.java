package cn.minsheng.rollup.workbook;

import java.util.List;
import java.util.SortedMap;

/**
 * What a streaming workbook reader reports, whatever the file format, so that one interpreter reads .xlsx and .xls
 * identically. Calls arrive in order: {@link #startWorkbook} once, then for each sheet {@link #startSheet}, its
 * non-empty rows in order and {@link #endSheet}.
 */
interface SheetRowVisitor {

	/**
	 * The workbook's sheets, known before any row is read.
	 * @param date1904 true when the workbook uses the 1904 date system
	 */
	void startWorkbook(List<SheetInfo> sheets, boolean date1904);

	/**
	 * A sheet starts.
	 * @return false when the visitor does not need this sheet: the reader may then skip its rows
	 */
	boolean startSheet(String name, int index, boolean hidden);

	/**
	 * One row with at least one cell.
	 * @param rowIndex zero-based row index
	 * @param cells the row's cells by zero-based column index
	 * @return false when the visitor needs no more rows of this sheet
	 */
	boolean row(int rowIndex, SortedMap<Integer, FieldValue> cells);

	/** The sheet's merged cells, after its rows and before {@link #endSheet}; not called when it has none. */
	default void merged(List<MergedRange> ranges) {
		// most visitors have no use for them
	}

	/** The sheet ended (also after {@link #row} returned false or {@link #startSheet} returned false). */
	void endSheet();

}
