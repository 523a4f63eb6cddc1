package cn.minsheng.rollup.workbook;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import cn.minsheng.rollup.form.DistributionColumn;

/**
 * Rows of 项目分布清单 that hold a formula saved without its result: held back until the file's formulas have been
 * calculated, then passed on. Rows with their results (nearly always every row) never come here, so the list is
 * still streamed. Only {@link #MAX_HELD} rows are ever held: beyond that the file is a script's output that is not
 * calculated here, and every row passes on as read (the check names the formulas and says to save the file in Excel).
 */
final class HeldFormulaRows {

	/** A form's list with a few formulas is held whole; a script's list of formulas is not. */
	static final int MAX_HELD = 10_000;

	private final Consumer<DistributionRow> next;

	private final List<DistributionRow> held = new ArrayList<>();

	private String sheetName;

	private boolean givenUp;

	HeldFormulaRows(Consumer<DistributionRow> next) {
		this.next = next;
	}

	/** Holds back a row one of whose cells is a formula without a result (passes it on once given up). */
	void hold(String sheet, DistributionRow row) {
		if (this.givenUp) {
			this.next.accept(row);
		}
		else if (this.held.size() < MAX_HELD) {
			this.sheetName = sheet;
			this.held.add(row);
		}
		else {
			this.givenUp = true;
			release();
			this.next.accept(row);
		}
	}

	boolean isEmpty() {
		return this.held.isEmpty();
	}

	/** The sheet the held rows come from; {@code null} when none is held. */
	String sheetName() {
		return this.held.isEmpty() ? null : this.sheetName;
	}

	/** Replaces each held formula cell by what {@code calculate} makes of it (itself when it cannot be calculated). */
	void calculate(UnaryOperator<FieldValue> calculate) {
		for (int i = 0; i < this.held.size(); i++) {
			DistributionRow row = this.held.get(i);
			Map<DistributionColumn, FieldValue> cells = new EnumMap<>(DistributionColumn.class);
			row.cells().forEach((column, value) -> cells.put(column,
					value.isUncalculatedFormula() ? calculate.apply(value) : value));
			this.held.set(i, new DistributionRow(row.rowNumber(), cells));
		}
	}

	/** Passes the held rows on, in the order they were read. */
	void release() {
		for (DistributionRow row : this.held) {
			this.next.accept(row);
		}
		this.held.clear();
	}

}
