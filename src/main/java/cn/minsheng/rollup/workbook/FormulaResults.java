package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.minsheng.rollup.form.FormColumn;

/**
 * Calculates the main-sheet formulas a file holds no result for (files written by scripts, some exports): the unit
 * sees a number in Excel, so the form must not read 「未填写」. Only such files are opened whole, with POI's
 * {@link FormulaEvaluator}, and only those cells are calculated; a formula POI cannot calculate (an unknown function,
 * another workbook) stays uncalculated, and the check tells the unit to open and save the file in Excel or WPS.
 */
final class FormulaResults {

	/** A file larger than this is not opened whole: its formulas stay uncalculated. */
	private static final long MAX_EVALUATED_BYTES = 16L * 1024 * 1024;

	private FormulaResults() {
	}

	static ParsedForm calculate(ParsedForm form, Path file) {
		if (!hasUncalculated(form)) {
			return form;
		}
		try {
			if (Files.size(file) > MAX_EVALUATED_BYTES) {
				return form;
			}
			try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
					XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
				Sheet sheet = workbook.getSheet(form.mainSheetName());
				if (sheet == null) {
					return form;
				}
				Calculator calculator = new Calculator(sheet, workbook.getCreationHelper().createFormulaEvaluator(),
						form.date1904());
				return withValues(form, calculator);
			}
		}
		catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			return form; // left uncalculated: the check names each such cell
		}
	}

	private static boolean hasUncalculated(ParsedForm form) {
		return form.rows().stream().flatMap((r) -> r.cells().values().stream())
			.anyMatch(FieldValue::isUncalculatedFormula)
				|| form.footer().values().stream().anyMatch(FieldValue::isUncalculatedFormula);
	}

	private static ParsedForm withValues(ParsedForm form, Calculator calculator) {
		List<FormRow> rows = form.rows().stream().map((row) -> {
			Map<FormColumn, FieldValue> cells = new LinkedHashMap<>();
			row.cells().forEach((column, value) -> cells.put(column, calculator.value(value)));
			return new FormRow(row.rowNumber(), cells);
		}).toList();
		Map<String, FieldValue> footer = new HashMap<>();
		form.footer().forEach((label, value) -> footer.put(label, calculator.value(value)));
		return new ParsedForm(form.metadata(), form.declaredUnit(), form.declaredPeriod(), form.columnLetters(),
				form.missingColumns(), rows, footer, form.mainSheetName(), form.distributionSheetFound(),
				form.date1904(), form.columnConflicts(), form.otherForms());
	}

	/** One main sheet's formulas, calculated on demand. */
	private static final class Calculator {

		private final Sheet sheet;

		private final FormulaEvaluator evaluator;

		private final boolean date1904;

		private final DataFormatter formatter = new DataFormatter();

		Calculator(Sheet sheet, FormulaEvaluator evaluator, boolean date1904) {
			this.sheet = sheet;
			this.evaluator = evaluator;
			this.date1904 = date1904;
		}

		FieldValue value(FieldValue read) {
			if (!read.isUncalculatedFormula()) {
				return read;
			}
			CellReference ref = new CellReference(read.cellRef());
			Row row = this.sheet.getRow(ref.getRow());
			Cell cell = row == null ? null : row.getCell(ref.getCol());
			if (cell == null) {
				return read;
			}
			try {
				CellValue result = this.evaluator.evaluate(cell);
				return result == null ? read : toField(read.cellRef(), cell, result);
			}
			catch (RuntimeException ex) {
				return read; // NotImplementedException, a reference POI cannot follow
			}
		}

		private FieldValue toField(String cellRef, Cell cell, CellValue result) {
			return switch (result.getCellType()) {
				case NUMERIC -> {
					double n = result.getNumberValue();
					String shown = this.formatter.formatRawCellContents(n, cell.getCellStyle().getDataFormat(),
							cell.getCellStyle().getDataFormatString());
					yield new FieldValue(cellRef, shown, n, DateUtil.isADateFormat(cell.getCellStyle().getDataFormat(),
							cell.getCellStyle().getDataFormatString()), this.date1904);
				}
				case STRING -> new FieldValue(cellRef, result.getStringValue(), null, false, this.date1904);
				case BOOLEAN -> new FieldValue(cellRef, result.getBooleanValue() ? "TRUE" : "FALSE", null, false,
						this.date1904);
				case ERROR -> new FieldValue(cellRef, FormulaError.forInt(result.getErrorValue()).getString(), null,
						false, this.date1904);
				default -> FieldValue.blank(cellRef);
			};
		}

	}

}
