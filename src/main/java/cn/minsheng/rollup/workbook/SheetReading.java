package cn.minsheng.rollup.workbook;

import java.util.SortedMap;

/**
 * How one sheet is being interpreted while its rows stream past.
 */
interface SheetReading {

	/**
	 * One non-empty row.
	 * @return false when no more rows of the sheet are needed
	 */
	boolean row(int rowIndex, SortedMap<Integer, FieldValue> cells);

	/** The sheet's merged cells, listed after its rows (by both file formats); before {@link #end}. */
	default void merged(java.util.List<MergedRange> ranges) {
		// most readings have no use for them
	}

	/** The sheet ended. */
	void end();

}
