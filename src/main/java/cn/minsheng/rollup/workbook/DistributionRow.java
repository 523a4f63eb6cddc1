package cn.minsheng.rollup.workbook;

import java.util.Map;

import cn.minsheng.rollup.form.DistributionColumn;

/**
 * One row of the sheet 项目分布清单 (where the work was done); streamed, never held all at once.
 *
 * @param rowNumber the row as Excel shows it (1-based)
 */
public record DistributionRow(int rowNumber, Map<DistributionColumn, FieldValue> cells) {

	public DistributionRow {
		cells = DistributionCells.copyOf(cells);
	}

	public FieldValue cell(DistributionColumn column) {
		FieldValue value = cells.get(column);
		return value != null ? value : FieldValue.blank("第" + rowNumber + "行");
	}

}
