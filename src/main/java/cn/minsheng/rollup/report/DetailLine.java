package cn.minsheng.rollup.report;

/**
 * A line of the 进展明细 sheet: one indicator, or a subtotal of a category, a level or the county.
 */
public sealed interface DetailLine permits IndicatorLine, SubtotalLine {

}
