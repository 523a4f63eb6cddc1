package cn.minsheng.rollup.workbook;

import java.util.List;
import java.util.Map;

/**
 * What was read from a main-sheet candidate.
 *
 * @param header the header found, {@code null} when the sheet has none
 * @param tooManyRows true when the sheet had more data rows than a form can have; reading stopped there
 * @param columnConflicts cells where two columns with the same header hold different figures
 * @param summary for a sheet read only to be told apart from the form, what it holds; {@code null} when its rows
 *     were kept
 * @param headerFormulas the cells of 填报单位 and 报送月份 that are formulas saved without their results, by label
 */
record MainSheet(String sheetName, MainHeader header, String declaredUnit, String declaredPeriod,
		List<FormRow> rows, Map<String, FieldValue> footer, boolean tooManyRows, List<ColumnConflict> columnConflicts,
		SheetCandidate summary, Map<String, String> headerFormulas) {

	MainSheet {
		columnConflicts = List.copyOf(columnConflicts);
		headerFormulas = Map.copyOf(headerFormulas);
		rows = List.copyOf(rows);
		footer = Map.copyOf(footer);
	}

	/** What the sheet holds, as evidence beside the other sheets that could be the form. */
	SheetCandidate candidate() {
		return this.summary != null ? this.summary
				: FiguresDigest.of(this.rows).candidate(this.sheetName, this.declaredUnit, this.declaredPeriod);
	}

	/** A sheet whose header qualifies it as the form (a sheet without one was only searched). */
	boolean qualifies() {
		return this.header != null;
	}

	int matchedColumns() {
		return header == null ? 0 : header.columns().size();
	}

}
