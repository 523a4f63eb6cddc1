package cn.minsheng.rollup.workbook;

import java.util.List;
import java.util.Map;

import cn.minsheng.rollup.form.FormColumn;

/**
 * Everything read from a unit's file except the distribution rows (which are streamed): the small main sheet,
 * its header block and footer, and the hidden metadata.
 *
 * @param metadata key/value pairs of the hidden sheet, empty when the sheet is missing
 * @param declaredUnit the text after 填报单位 in the header block, empty when absent
 * @param declaredPeriod the text after 报送月份 in the header block (unparsed, e.g. "2023年11月"), empty when absent
 * @param columnLetters the column letter each matched main-sheet column was found in
 * @param missingColumns template columns that no header matched
 * @param rows the indicator rows, in file order, trailing 合计/notes/blank rows already skipped
 * @param footer footer values keyed by label without the colon: 填报人, 分管领导, 联系电话, 填报日期
 * @param mainSheetName the sheet the rows were read from
 * @param distributionSheetFound true when a 项目分布清单 sheet was present
 * @param date1904 true when the workbook uses the 1904 date system
 * @param columnConflicts cells where two columns with the same header hold different figures
 * @param otherForms the workbook's other sheets that qualify as the form too (a copy of last month's table, another
 *     unit's form), in sheet order; empty for a workbook with one form
 * @param headerFormulas formula cells of the header block saved without their results that could not be calculated:
 *     the cell of 填报单位 or 报送月份 after its label, keyed by {@link #UNIT_LABEL} or {@link #PERIOD_LABEL} (its
 *     declared text is then empty); where a label was not found at all, each formula cell of the block (which may
 *     hold the label itself), keyed by its own reference
 */
public record ParsedForm(Map<String, String> metadata, String declaredUnit, String declaredPeriod,
		Map<FormColumn, String> columnLetters, List<FormColumn> missingColumns, List<FormRow> rows,
		Map<String, FieldValue> footer, String mainSheetName, boolean distributionSheetFound, boolean date1904,
		List<ColumnConflict> columnConflicts, List<SheetCandidate> otherForms, Map<String, String> headerFormulas) {

	/** The label of the unit in the header block, a key of {@link #headerFormulas()}. */
	public static final String UNIT_LABEL = "填报单位";

	/** The label of the month in the header block, a key of {@link #headerFormulas()}. */
	public static final String PERIOD_LABEL = "报送月份";

	public ParsedForm(Map<String, String> metadata, String declaredUnit, String declaredPeriod,
			Map<FormColumn, String> columnLetters, List<FormColumn> missingColumns, List<FormRow> rows,
			Map<String, FieldValue> footer, String mainSheetName, boolean distributionSheetFound, boolean date1904,
			List<ColumnConflict> columnConflicts, List<SheetCandidate> otherForms) {
		this(metadata, declaredUnit, declaredPeriod, columnLetters, missingColumns, rows, footer, mainSheetName,
				distributionSheetFound, date1904, columnConflicts, otherForms, Map.of());
	}

	public ParsedForm(Map<String, String> metadata, String declaredUnit, String declaredPeriod,
			Map<FormColumn, String> columnLetters, List<FormColumn> missingColumns, List<FormRow> rows,
			Map<String, FieldValue> footer, String mainSheetName, boolean distributionSheetFound, boolean date1904,
			List<ColumnConflict> columnConflicts) {
		this(metadata, declaredUnit, declaredPeriod, columnLetters, missingColumns, rows, footer, mainSheetName,
				distributionSheetFound, date1904, columnConflicts, List.of(), Map.of());
	}

	public ParsedForm(Map<String, String> metadata, String declaredUnit, String declaredPeriod,
			Map<FormColumn, String> columnLetters, List<FormColumn> missingColumns, List<FormRow> rows,
			Map<String, FieldValue> footer, String mainSheetName, boolean distributionSheetFound, boolean date1904) {
		this(metadata, declaredUnit, declaredPeriod, columnLetters, missingColumns, rows, footer, mainSheetName,
				distributionSheetFound, date1904, List.of());
	}

	public ParsedForm {
		columnConflicts = List.copyOf(columnConflicts);
		otherForms = List.copyOf(otherForms);
		headerFormulas = Map.copyOf(headerFormulas);
		metadata = Map.copyOf(metadata);
		declaredUnit = declaredUnit == null ? "" : declaredUnit;
		declaredPeriod = declaredPeriod == null ? "" : declaredPeriod;
		columnLetters = Map.copyOf(columnLetters);
		missingColumns = List.copyOf(missingColumns);
		rows = List.copyOf(rows);
		footer = Map.copyOf(footer);
	}

	/** The sheet read, summed up as the {@link #otherForms} are, to be weighed beside them. */
	public SheetCandidate asCandidate() {
		return FiguresDigest.of(this.rows).candidate(this.mainSheetName, this.declaredUnit, this.declaredPeriod);
	}

	public FieldValue footerValue(String label) {
		FieldValue value = footer.get(label);
		return value != null ? value : FieldValue.blank(label);
	}

}
