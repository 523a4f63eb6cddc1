package cn.minsheng.rollup.workbook;

import java.util.Objects;

/**
 * Two columns with the same header (a unit inserted its own copy of a column) holding different figures in one row:
 * neither can be taken without a word.
 *
 * @param cellRef the cell of the first such column, where the feedback marks the problem
 * @param message the Chinese reason after the cell's name, e.g.
 *     「与 P4 所在列的标题都是「累计完成」，两格填写的不同（120、130）；请删去多余的一列或使两格一致后重新报送」
 */
public record ColumnConflict(String cellRef, String message, Kind kind) {

	public ColumnConflict {
		Objects.requireNonNull(cellRef, "cellRef");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(kind, "kind");
	}

	public ColumnConflict(String cellRef, String message) {
		this(cellRef, message, Kind.REPEATED_COLUMN);
	}

	/** What makes the cell unclear. */
	public enum Kind {

		/** Two columns with one header hold different figures. */
		REPEATED_COLUMN,
		/** A figure in a cell merged over several rows: it belongs to none of them alone. */
		MERGED_FIGURE

	}

}
