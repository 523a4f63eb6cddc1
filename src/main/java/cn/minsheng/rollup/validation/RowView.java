package cn.minsheng.rollup.validation;

import java.util.Map;

import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.workbook.FieldValue;
import cn.minsheng.rollup.workbook.FormRow;

/**
 * One main-sheet row with the means to name its cells in messages.
 */
record RowView(FormRow row, String sheet, Map<FormColumn, String> columnLetters) {

	FieldValue cell(FormColumn column) {
		return row.cell(column);
	}

	int rowNumber() {
		return row.rowNumber();
	}

	/** The cell's place: its reference from the reader, else column letter and row, else 第N行. */
	Place place(FormColumn column) {
		String ref = row.cells().containsKey(column) ? row.cell(column).cellRef() : null;
		if (!Texts.isCellRef(ref) && columnLetters.containsKey(column)) {
			ref = columnLetters.get(column) + row.rowNumber();
		}
		return Place.cell(sheet, ref, "第" + row.rowNumber() + "行", column.header());
	}

}
