package cn.minsheng.rollup.workbook;

/**
 * A sheet as the workbook lists it, before its rows are read.
 *
 * @param name the tab name
 * @param index zero-based position among the workbook's sheet tabs
 * @param hidden true for hidden and very hidden sheets
 */
record SheetInfo(String name, int index, boolean hidden) {
}
