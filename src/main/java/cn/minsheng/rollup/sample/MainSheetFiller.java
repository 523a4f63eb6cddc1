package cn.minsheng.rollup.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import cn.minsheng.rollup.form.FooterField;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.form.RowHeights;
import cn.minsheng.rollup.form.UnitForm;

/**
 * Types a unit's figures into the template's input cells of 月报表, as a unit would: the cells, their styles and
 * checks stay the template's.
 */
final class MainSheetFiller {

	private MainSheetFiller() {
	}

	static void fill(Sheet sheet, UnitForm form, List<IndicatorFigures> figures, FooterValues footer) {
		for (int i = 0; i < figures.size(); i++) {
			IndicatorFigures f = figures.get(i);
			Row row = sheet.getRow(form.rowOf(i));
			number(row, FormColumn.MONTH_DONE, f.monthDone());
			number(row, FormColumn.CUMULATIVE_DONE, f.cumulative());
			text(row, FormColumn.STATUS, f.status());
			number(row, FormColumn.FUNDS_IN_PLACE, f.fundsInPlace());
			number(row, FormColumn.INVESTMENT_DONE, f.investmentDone());
			text(row, FormColumn.ONLINE_ACCEPTED, f.online());
			text(row, FormColumn.OFFLINE_ACCEPTED, f.offline());
			date(row.getCell(FormColumn.START_DATE.templateIndex()), f.startDate());
			date(row.getCell(FormColumn.FINISH_DATE.templateIndex()), f.finishDate());
			text(row, FormColumn.PROBLEMS, f.problems());
			text(row, FormColumn.NEXT_STEPS, f.nextSteps());
			text(row, FormColumn.REMARKS, f.remarks());
			RowHeights.fit(row);
		}
		int footerRow = form.footerRow();
		footerCell(sheet, footerRow, FooterField.REPORTER).setCellValue(footer.reporter());
		footerCell(sheet, footerRow, FooterField.LEADER).setCellValue(footer.leader());
		footerCell(sheet, footerRow, FooterField.PHONE).setCellValue(footer.phone());
		date(footerCell(sheet, footerRow, FooterField.FILL_DATE), footer.fillDate());
	}

	static Cell footerCell(Sheet sheet, int footerRow, FooterField field) {
		return sheet.getRow(field.row(footerRow)).getCell(field.valueColumn());
	}

	private static void number(Row row, FormColumn column, BigDecimal value) {
		if (value != null) {
			row.getCell(column.templateIndex()).setCellValue(value.doubleValue());
		}
	}

	private static void text(Row row, FormColumn column, String value) {
		if (value != null) {
			row.getCell(column.templateIndex()).setCellValue(value);
		}
	}

	private static void date(Cell cell, LocalDate value) {
		if (value != null) {
			cell.setCellValue(value);
		}
	}

}
