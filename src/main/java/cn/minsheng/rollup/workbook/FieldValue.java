package cn.minsheng.rollup.workbook;

/**
 * One cell as read from a unit's file, before any interpretation: the validation rules decide what it means.
 *
 * @param cellRef the Excel reference such as {@code J7}, used in every message to the unit
 * @param text the text as typed, or the number as Excel would show it; never {@code null}, empty when blank
 * @param number the numeric value where the cell holds a number (or a formula's cached number), else {@code null}
 * @param dateFormatted true when the cell's number format is a date format
 * @param date1904 true when the workbook uses the 1904 date system (old Mac Excel)
 */
public record FieldValue(String cellRef, String text, Double number, boolean dateFormatted, boolean date1904) {

	public FieldValue {
		text = text == null ? "" : text;
	}

	public static FieldValue blank(String cellRef) {
		return new FieldValue(cellRef, "", null, false, false);
	}

	public boolean isBlank() {
		return number == null && text.isBlank();
	}

}
