package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.minsheng.rollup.form.FormColumn;

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
		return form.rows().stream().flatMap((r) -> r.cells().values().stream())
			.anyMatch(FieldValue::isUncalculatedFormula)
				|| form.footer().values().stream().anyMatch(FieldValue::isUncalculatedFormula);
	}

	private static ParsedForm withValues(ParsedForm form, FormulaCalculator calculator) {
		String sheet = form.mainSheetName();
		List<FormRow> rows = form.rows().stream().map((row) -> {
			Map<FormColumn, FieldValue> cells = new LinkedHashMap<>();
			row.cells().forEach((column, value) -> cells.put(column, calculator.value(sheet, value)));
			return new FormRow(row.rowNumber(), cells);
		}).toList();
		Map<String, FieldValue> footer = new HashMap<>();
		form.footer().forEach((label, value) -> footer.put(label, calculator.value(sheet, value)));
		return new ParsedForm(form.metadata(), form.declaredUnit(), form.declaredPeriod(), form.columnLetters(),
				form.missingColumns(), rows, footer, form.mainSheetName(), form.distributionSheetFound(),
				form.date1904(), form.columnConflicts(), form.otherForms());
	}

}
