package cn.minsheng.rollup.form;

import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Adds Excel's input checks to a sheet, each with a Chinese hint shown on entering the cell and a Chinese message
 * shown when the value is refused. Excel, WPS and LibreOffice all honour them; pasted values bypass them, which is
 * why intake checks everything again.
 */
final class FormValidations {

	/** Excel refuses an explicit list longer than this (the items joined by commas). */
	static final int MAX_EXPLICIT_LIST = 255;

	private static final String ERROR_TITLE = "输入有误";

	private final Sheet sheet;

	private final DataValidationHelper helper;

	FormValidations(Sheet sheet) {
		this.sheet = sheet;
		this.helper = sheet.getDataValidationHelper();
	}

	void nonNegativeNumber(CellRangeAddressList cells, String title, String hint) {
		DataValidationConstraint constraint = this.helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0",
				null);
		add(constraint, cells, title, hint, "此处只能填写大于或等于 0 的数字，请勿输入文字、单位或百分号。");
	}

	void choice(CellRangeAddressList cells, String title, List<String> values) {
		String joined = String.join("、", values);
		DataValidationConstraint constraint = this.helper.createExplicitListConstraint(values.toArray(String[]::new));
		add(constraint, cells, title, "请从下拉列表中选择：" + joined, "只能填写以下之一：" + joined + "。请从下拉列表中选择。");
	}

	/** A list taken from cells elsewhere in the workbook, for lists too long to write out. */
	void choiceFromRange(CellRangeAddressList cells, String title, String rangeFormula) {
		DataValidationConstraint constraint = this.helper.createFormulaListConstraint(rangeFormula);
		add(constraint, cells, title, "请从下拉列表中选择", "只能填写下拉列表中的值，请从下拉列表中选择。");
	}

	/** A date from 1 January of {@code fromYear} to 31 December of {@code toYear}; {@code example} as 2023-11-25. */
	void date(CellRangeAddressList cells, String title, int fromYear, int toYear, String example) {
		DataValidationConstraint constraint = this.helper.createDateConstraint(OperatorType.BETWEEN,
				"=DATE(" + fromYear + ",1,1)", "=DATE(" + toYear + ",12,31)", null);
		add(constraint, cells, title, "请填写日期，格式如 " + example,
				"请填写 " + fromYear + " 年至 " + toYear + " 年之间的有效日期，格式如 " + example + "。");
	}

	private void add(DataValidationConstraint constraint, CellRangeAddressList cells, String title, String hint,
			String error) {
		DataValidation validation = this.helper.createValidation(constraint, cells);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createPromptBox(title, hint);
		validation.setShowPromptBox(true);
		validation.createErrorBox(ERROR_TITLE, error);
		validation.setShowErrorBox(true);
		validation.setEmptyCellAllowed(true);
		this.sheet.addValidationData(validation);
	}

}
