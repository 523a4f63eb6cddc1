package cn.minsheng.rollup.workbook;

import java.util.SortedMap;

/**
 * A row held back while the reader looks for the header.
 *
 * @param index zero-based row index
 * @param cells the non-blank cells by zero-based column index
 */
record ScannedRow(int index, SortedMap<Integer, FieldValue> cells) {
}
