package cn.minsheng.rollup.yearend;

import cn.minsheng.rollup.form.FormColumn;

/**
 * The cell of a monthly form a stored figure came from, as the template places it: 累计完成 of row 7 is J7.
 */
final class FormCells {

	static final String MAIN_SHEET = "月报表";

	private FormCells() {
	}

	static String cell(FormColumn column, int rowNumber) {
		return letters(column.templateIndex()) + rowNumber;
	}

	/** Zero-based column index as Excel letters: 0 is A, 26 is AA. */
	static String letters(int index) {
		StringBuilder letters = new StringBuilder();
		for (int i = index; i >= 0; i = i / 26 - 1) {
			letters.insert(0, (char) ('A' + i % 26));
		}
		return letters.toString();
	}

}
