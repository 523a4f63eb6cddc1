package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.form.ValueType;

/**
 * Calculates the formulas a file holds no result for (files written by scripts, some exports) in the main sheet, its
 * footer and the distribution rows held back for them: the unit sees a number in Excel, so the form must not read
 * 「未填写」. Only such files are opened whole, with POI's {@link FormulaEvaluator}, and only those cells are
 * calculated; a formula POI cannot calculate stays uncalculated, and the check tells the unit to open and save the
 * file in Excel or WPS.
 */
final class FormulaResults {

	/** A file larger than this is not opened whole: its formulas stay uncalculated. */
	private static final long MAX_EVALUATED_BYTES = 16L * 1024 * 1024;

	private FormulaResults() {
	}

	/**
	 * The form with its formulas calculated; the held distribution rows are calculated in place (and stay held: the
	 * caller passes them on).
	 */
	static ParsedForm calculate(ParsedForm form, HeldFormulaRows held, Path file) {
		boolean formulasInForm = hasUncalculated(form);
		if (!formulasInForm && held.isEmpty()) {
			return form;
		}
		try {
			if (Files.size(file) > MAX_EVALUATED_BYTES) {
				return form;
			}
			try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
					XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
				FormulaCalculator calculator = new FormulaCalculator(workbook, form.date1904());
				String distributionSheet = held.sheetName();
				held.calculate((value) -> calculator.value(distributionSheet, value));
				return formulasInForm ? withValues(form, calculator) : form;
			}
		}
		catch (IOException | RuntimeException | InvalidFormatException ex) {
			return form; // left uncalculated: the check names each such cell
		}
	}

	private static boolean hasUncalculated(ParsedForm form) {
		return !form.headerFormulas().isEmpty() || form.rows().stream().flatMap((r) -> r.cells().values().stream())
			.anyMatch(FieldValue::isUncalculatedFormula)
				|| form.footer().values().stream().anyMatch(FieldValue::isUncalculatedFormula);
	}

	private static ParsedForm withValues(ParsedForm form, FormulaCalculator calculator) {
		String sheet = form.mainSheetName();
		List<FormRow> rows = new ArrayList<>();
		for (FormRow row : form.rows()) {
			if (row.cells().values().stream().noneMatch(FieldValue::isUncalculatedFormula)) {
				rows.add(row);
				continue;
			}
			Map<FormColumn, FieldValue> cells = new LinkedHashMap<>();
			row.cells().forEach((column, value) -> cells.put(column, calculator.value(sheet, value)));
			FormRow calculated = new FormRow(row.rowNumber(), cells);
			if (!calculatedToNothing(calculated)) {
				rows.add(calculated);
			}
		}
		Map<String, FieldValue> footer = new HashMap<>();
		form.footer().forEach((label, value) -> footer.put(label, calculator.value(sheet, value)));
		Map<String, String> declared = new HashMap<>(Map.of(ParsedForm.UNIT_LABEL, form.declaredUnit(),
				ParsedForm.PERIOD_LABEL, form.declaredPeriod()));
		Map<String, String> stillFormulas = new LinkedHashMap<>();
		form.headerFormulas().forEach((key, cellRef) -> {
			FieldValue value = calculator.value(sheet, FieldValue.uncalculated(cellRef, ""));
			if (value.isUncalculatedFormula()) {
				stillFormulas.put(key, cellRef);
			}
			else if (declared.containsKey(key)) {
				declared.put(key, MainSheetInterpreter.declared(key, value));
			}
			else {
				// a cell of the block that may hold a label and its value: read as the sheet's reading would have
				LabeledValues.find(new TreeMap<>(Map.of(0, value)), FormLabels.HEADER_BLOCK).forEach((label, found) ->
						declared.computeIfPresent(label, (l, old) -> old.isEmpty()
								? MainSheetInterpreter.declared(label, found) : old));
			}
		});
		return new ParsedForm(form.metadata(), declared.get(ParsedForm.UNIT_LABEL),
				declared.get(ParsedForm.PERIOD_LABEL), form.columnLetters(), form.missingColumns(), rows, footer,
				form.mainSheetName(), form.distributionSheetFound(), form.date1904(), form.columnConflicts(),
				form.otherForms(), stillFormulas);
	}

	/**
	 * A row the sheet's reading kept for a formula (in 项目编码 or a figure) that came out as no indicator: an empty
	 * code and no figure (=IF(A9="","",…) below the table), or a 合计 row. The same test as for a file holding the
	 * results, so a calculated file reads as the saved one would.
	 */
	private static boolean calculatedToNothing(FormRow row) {
		FieldValue code = row.cell(FormColumn.CODE);
		if (RowText.isCodeLike(code) || code.isUncalculatedFormula()) {
			return false;
		}
		boolean figures = row.cells().entrySet().stream()
			.anyMatch((e) -> (e.getKey().type() == ValueType.NUMBER || e.getKey().type() == ValueType.PERCENT)
					&& (RowText.isNumeric(e.getValue()) || e.getValue().isUncalculatedFormula()));
		return !figures || RowText.isTotalOrNote(row.cells().values());
	}

}
