package cn.minsheng.rollup.form;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * The input checks of 月报表: numbers not below zero, the status and yes/no lists, dates, the fill date.
 */
final class MainSheetChecks {

	/** Start dates of carried-over projects may lie a few years back. */
	static final int YEARS_BACK = 3;

	private final Sheet sheet;

	private final UnitForm form;

	MainSheetChecks(Sheet sheet, UnitForm form) {
		this.sheet = sheet;
		this.form = form;
	}

	void add() {
		FormValidations checks = new FormValidations(this.sheet);
		int year = this.form.period().getYear();
		String example = FormNotes.exampleDate(this.form.period());
		for (FormColumn column : FormColumn.values()) {
			if (column.prefilled()) {
				continue;
			}
			CellRangeAddressList cells = MainSheetWriter.columnRange(this.form, column);
			switch (column.type()) {
				case NUMBER -> checks.nonNegativeNumber(cells, column.header(), FormNotes.numberHint(column));
				case STATUS_CHOICE -> checks.choice(cells, column.header(), FormChoices.STATUSES);
				case YES_NO -> checks.choice(cells, column.header(), FormChoices.YES_NO);
				case DATE -> checks.date(cells, column.header(), year - YEARS_BACK, year + 1, example);
				default -> {
				}
			}
		}
		int fillDateRow = FooterField.FILL_DATE.row(this.form.footerRow());
		int fillDateColumn = FooterField.FILL_DATE.valueColumn();
		checks.date(new CellRangeAddressList(fillDateRow, fillDateRow, fillDateColumn, fillDateColumn), "填报日期", year,
				year + 1, example);
	}

}
