package cn.minsheng.rollup.validation;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.form.FormLayout;
import cn.minsheng.rollup.form.FormMetadata;
import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.workbook.ParsedForm;
import cn.minsheng.rollup.workbook.SheetCandidate;

/**
 * Checks of the file as a whole: its required columns (V101), its reporting month (V102–V104), the optional columns
 * (V105) and the other sheets that are forms too, set aside when the form was chosen (V106).
 */
final class FormChecks {

	/** Without these the rows cannot be read; the reader normally refuses such a file before validation. */
	static final List<FormColumn> REQUIRED_COLUMNS = List.of(FormColumn.CODE, FormColumn.MONTH_DONE,
			FormColumn.CUMULATIVE_DONE, FormColumn.STATUS);

	/** Columns a unit fills that a form may lack; their absence is told, not silent. */
	private static final List<FormColumn> OPTIONAL_COLUMNS = List.of(FormColumn.FUNDS_IN_PLACE,
			FormColumn.INVESTMENT_DONE, FormColumn.ONLINE_ACCEPTED, FormColumn.OFFLINE_ACCEPTED, FormColumn.START_DATE,
			FormColumn.FINISH_DATE, FormColumn.PROBLEMS, FormColumn.NEXT_STEPS);

	private final FormContext context;

	private final List<Violation> out;

	FormChecks(FormContext context, List<Violation> out) {
		this.context = context;
		this.out = out;
	}

	void check(ParsedForm form) {
		for (FormColumn column : REQUIRED_COLUMNS) {
			if (form.missingColumns().contains(column)) {
				out.add(Place.sheet(context.sheet()).violation(Rule.REQUIRED_COLUMN_MISSING,
						"缺少必需的列「" + column.header() + "」（表头中未找到）"));
			}
		}
		for (FormColumn column : OPTIONAL_COLUMNS) {
			if (form.missingColumns().contains(column)) {
				// never stored as read when it was not: the office and the unit learn which column was not found
				out.add(Place.sheet(context.sheet()).violation(Rule.OPTIONAL_COLUMN_MISSING,
						"没有找到「" + column.header() + "」列（表头中未找到），各行的该项按未填写计入；如表中有此列，请使用模板的列标题"));
			}
		}
		// identified from the other sources, the month written above the table still could not be compared with them
		form.headerFormulas().forEach((key, cellRef) -> out.add(Place.cell(context.sheet(), cellRef, "表头",
				key.equals(cellRef) ? "表头" : key).violation(Rule.FORMULA_WITHOUT_RESULT, RowTyper.NO_RESULT)));
		periods(form);
		for (SheetCandidate other : form.otherForms()) {
			out.add(Rule.OTHER_FORM_SET_ASIDE.at(other.sheetName(), "", "工作簿中另有「" + other.sheetName()
					+ "」工作表也是月报表（" + said(other) + "），本次未读取；已按「" + context.sheet() + "」工作表读取 "
					+ Periods.chinese(context.period()) + " 的数据。一个文件只需一份本月的月报表，以往月份的表可删去"));
		}
		if (context.period().atDay(1).isAfter(context.runDate())) {
			out.add(Rule.PERIOD_IN_FUTURE.at("", "", "报送月份" + Periods.chinese(context.period()) + "尚未到来（处理日期 "
					+ context.runDate() + "），请核对报送月份"));
		}
	}

	private void periods(ParsedForm form) {
		Optional<YearMonth> meta = metadataPeriod(form);
		Optional<YearMonth> header = ValueParser.yearMonth(form.declaredPeriod());
		String headerPlace = context.sheet() + " 表头「报送月份」为";
		if (meta.isPresent() && header.isPresent() && !meta.get().equals(header.get())) {
			out.add(Rule.PERIOD_CONTRADICTION.at(context.sheet(), "", headerPlace + Periods.chinese(header.get())
					+ "，而隐藏的表单信息中为" + Periods.chinese(meta.get()) + "，两者矛盾"));
			return;
		}
		String identified = "，与本次识别的报送月份" + Periods.chinese(context.period()) + "不一致";
		if (meta.isPresent() && !meta.get().equals(context.period())) {
			out.add(Rule.PERIOD_MISMATCH.at(FormLayout.META_SHEET, "",
					"隐藏的表单信息中报送月份为" + Periods.chinese(meta.get()) + identified));
		}
		if (header.isPresent() && !header.get().equals(context.period())) {
			out.add(Rule.PERIOD_MISMATCH.at(context.sheet(), "",
					headerPlace + Periods.chinese(header.get()) + identified));
		}
	}

	private static String said(SheetCandidate sheet) {
		String unit = sheet.declaredUnit().isBlank() ? "未写填报单位" : "填报单位为 " + sheet.declaredUnit();
		String period = sheet.declaredPeriod().isBlank() ? "未写报送月份" : "报送月份为 " + sheet.declaredPeriod();
		return unit + "，" + period + "，" + sheet.dataRows() + " 行数据";
	}

	private static Optional<YearMonth> metadataPeriod(ParsedForm form) {
		String text = form.metadata().get(FormMetadata.KEY_PERIOD);
		return text == null ? Optional.empty() : ValueParser.yearMonth(text);
	}

}
