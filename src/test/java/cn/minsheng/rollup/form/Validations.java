package cn.minsheng.rollup.form;

import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Finds the data validation that covers a cell, for tests that read a workbook back.
 */
public final class Validations {

	private Validations() {
	}

	public static Optional<DataValidation> at(Sheet sheet, int row, int column) {
		List<? extends DataValidation> all = sheet.getDataValidations();
		for (DataValidation validation : all) {
			for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
				if (range.isInRange(row, column)) {
					return Optional.of(validation);
				}
			}
		}
		return Optional.empty();
	}

}
