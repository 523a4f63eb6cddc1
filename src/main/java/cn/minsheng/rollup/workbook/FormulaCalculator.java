package cn.minsheng.rollup.workbook;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Calculates, on demand, formula cells of an open workbook that the file holds no result for, with POI's
 * {@link FormulaEvaluator}; a cell POI cannot calculate (an unknown function, another workbook) stays as read.
 */
final class FormulaCalculator {

	private final Workbook workbook;

	private final FormulaEvaluator evaluator;

	private final boolean date1904;

	private final DataFormatter formatter = new DataFormatter();

	FormulaCalculator(Workbook workbook, boolean date1904) {
		this.workbook = workbook;
		this.evaluator = workbook.getCreationHelper().createFormulaEvaluator();
		this.date1904 = date1904;
	}

	/** The calculated value of a formula cell read without its result; {@code read} itself otherwise. */
	FieldValue value(String sheetName, FieldValue read) {
		if (!read.isUncalculatedFormula()) {
			return read;
		}
		Sheet sheet = sheetName == null ? null : this.workbook.getSheet(sheetName);
		CellReference ref = new CellReference(read.cellRef());
		Row row = sheet == null ? null : sheet.getRow(ref.getRow());
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
