package cn.minsheng.rollup.workbook;

import java.util.Map;

import cn.minsheng.rollup.form.FormColumn;

/**
 * One indicator row of the main sheet 月报表, cells keyed by the column they were matched to.
 *
 * @param rowNumber the row as Excel shows it (1-based)
 */
public record FormRow(int rowNumber, Map<FormColumn, FieldValue> cells) {

	public FormRow {
		cells = Map.copyOf(cells);
	}

	/** The cell of a column, blank (with a best-effort reference) when the column is absent. */
	public FieldValue cell(FormColumn column) {
		FieldValue value = cells.get(column);
		return value != null ? value : FieldValue.blank("第" + rowNumber + "行");
	}

}
