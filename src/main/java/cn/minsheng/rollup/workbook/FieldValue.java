package cn.minsheng.rollup.workbook;

/**
 * One cell as read from a unit's file, before any interpretation: the validation rules decide what it means.
 *
 * @param cellRef the Excel reference such as {@code J7}, used in every message to the unit
 * @param text the text as typed, or the number as Excel would show it; never {@code null}, empty when blank
 * @param number the numeric value where the cell holds a number (or a formula's cached number), else {@code null}
 * @param dateFormatted true when the cell's number format is a date format
 * @param date1904 true when the workbook uses the 1904 date system (old Mac Excel)
 * @param formula the formula of a cell saved without its calculated result (files written by scripts, some exports)
 *     that could not be calculated on reading, else {@code null}
 */
public record FieldValue(String cellRef, String text, Double number, boolean dateFormatted, boolean date1904,
		String formula) {

	public FieldValue {
		text = text == null ? "" : text;
	}

	public FieldValue(String cellRef, String text, Double number, boolean dateFormatted, boolean date1904) {
		this(cellRef, text, number, dateFormatted, date1904, null);
	}

	public static FieldValue blank(String cellRef) {
		return new FieldValue(cellRef, "", null, false, false);
	}

	/** A formula cell the file holds no result for: not blank, whatever the unit sees in Excel. */
	public static FieldValue uncalculated(String cellRef, String formula) {
		return new FieldValue(cellRef, "", null, false, false, formula == null ? "" : formula);
	}

	public boolean isBlank() {
		return number == null && text.isBlank() && formula == null;
	}

	public boolean isUncalculatedFormula() {
		return formula != null;
	}

}
