package cn.minsheng.rollup.workbook;

import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.function.Consumer;

import cn.minsheng.rollup.form.DistributionColumn;

/**
 * Reads the sheet 项目分布清单: finds its header among the first rows, then passes each data row on the moment it is
 * read, so that a sheet of any length is never held in memory.
 */
final class DistributionSheetInterpreter implements SheetReading {

	private final String sheetName;

	private final int minMatches;

	private final Consumer<DistributionRow> rows;

	private final HeldFormulaRows held;

	private final Runnable onHeaderFound;

	private Map<DistributionColumn, Integer> columns;

	/** The header's columns in column order, and the sheet column each is in: what every row is read by. */
	private DistributionColumn[] named;

	private int[] at;

	/**
	 * @param minMatches header cells that must name a distribution column for a row to be the header
	 * @param rows receives each row as it is read
	 * @param held receives instead the rows that hold a formula saved without its result, to be calculated later
	 * @param onHeaderFound told once when the header is found
	 */
	DistributionSheetInterpreter(String sheetName, int minMatches, Consumer<DistributionRow> rows,
			HeldFormulaRows held, Runnable onHeaderFound) {
		this.sheetName = sheetName;
		this.minMatches = minMatches;
		this.rows = rows;
		this.held = held;
		this.onHeaderFound = onHeaderFound;
	}

	/** The columns a row names, by the first column each is found in. */
	static Map<DistributionColumn, Integer> match(SortedMap<Integer, FieldValue> cells) {
		Map<DistributionColumn, Integer> found = new EnumMap<>(DistributionColumn.class);
		cells.forEach((index, cell) -> {
			String text = cell.number() == null ? RowText.compact(cell.text()) : "";
			for (DistributionColumn column : DistributionColumn.values()) {
				if (!text.isEmpty() && !found.containsKey(column) && column.matches(text)) {
					found.put(column, index);
					break;
				}
			}
		});
		return found;
	}

	@Override
	public boolean row(int rowIndex, SortedMap<Integer, FieldValue> cells) {
		if (this.columns == null) {
			if (rowIndex >= IntakeLimits.HEADER_SCAN_ROWS) {
				return false;
			}
			Map<DistributionColumn, Integer> matched = match(cells);
			if (matched.size() >= this.minMatches) {
				this.columns = matched;
				this.named = matched.keySet().toArray(DistributionColumn[]::new);
				this.at = matched.values().stream().mapToInt(Integer::intValue).toArray();
				this.onHeaderFound.run();
			}
			return true;
		}
		Integer codeColumn = this.columns.get(DistributionColumn.CODE);
		boolean coded = codeColumn != null && RowText.isCodeLike(cells.get(codeColumn));
		// a row with an indicator code is data; only the others can be totals, notes or a footer
		if (coded || !RowText.isTotalOrNote(cells.values()) && !LabeledValues.hasLabel(cells, FormLabels.FOOTER)) {
			emit(rowIndex, cells);
		}
		return true;
	}

	@Override
	public void end() {
		// rows were passed on as they came
	}

	private void emit(int rowIndex, SortedMap<Integer, FieldValue> cells) {
		FieldValue[] values = DistributionCells.newValues();
		boolean blank = true;
		boolean uncalculated = false;
		for (int i = 0; i < this.named.length; i++) {
			FieldValue value = cells.get(this.at[i]);
			blank &= value == null;
			uncalculated |= value != null && value.isUncalculatedFormula();
			values[this.named[i].ordinal()] = value != null ? value : FieldValue.blank(CellValues.ref(rowIndex,
					this.at[i]));
		}
		if (uncalculated) {
			this.held.hold(this.sheetName, new DistributionRow(rowIndex + 1, DistributionCells.of(values)));
		}
		else if (!blank) {
			this.rows.accept(new DistributionRow(rowIndex + 1, DistributionCells.of(values)));
		}
	}

}
