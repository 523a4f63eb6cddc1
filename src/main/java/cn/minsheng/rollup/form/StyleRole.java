package cn.minsheng.rollup.form;

/**
 * What a cell is for in the form; each role has exactly one cell style per workbook.
 */
enum StyleRole {

	TITLE, INFO, HEADER, FIXED_TEXT, FIXED_WRAP, FIXED_NUMBER, PERCENT, INPUT_NUMBER, INPUT_CHOICE, INPUT_DATE,
	INPUT_WRAP, FOOTER_LABEL, FOOTER_INPUT, FOOTER_DATE, NOTE, LIST_TEXT, LIST_NUMBER, LIST_DATE;

	/** Input cells the unit fills: unlocked under sheet protection. */
	boolean unlocked() {
		return switch (this) {
			case INPUT_NUMBER, INPUT_CHOICE, INPUT_DATE, INPUT_WRAP, FOOTER_INPUT, FOOTER_DATE, LIST_TEXT, LIST_NUMBER,
					LIST_DATE ->
				true;
			default -> false;
		};
	}

	/** Cells of the indicator table, drawn with thin borders. */
	boolean bordered() {
		return switch (this) {
			case HEADER, FIXED_TEXT, FIXED_WRAP, FIXED_NUMBER, PERCENT, INPUT_NUMBER, INPUT_CHOICE, INPUT_DATE,
					INPUT_WRAP ->
				true;
			default -> false;
		};
	}

}
