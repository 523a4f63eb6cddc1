package cn.minsheng.rollup.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import cn.minsheng.rollup.workbook.FieldValue;
import cn.minsheng.rollup.workbook.ParsedForm;

/**
 * The footer: who filled the form, how to reach them and when (warnings V401–V403). 分管领导 is not checked.
 * <p>
 * A phone number is valid when, spaces and dashes removed, it is an 11-digit mobile number (1[3-9]…), a landline with
 * its area code (0731-12345678, 010-12345678) or a local number of 7–8 digits; several numbers may be separated by /、，;
 * and each must be valid.
 */
final class FooterChecks {

	static final String REPORTER = "填报人";

	static final String PHONE = "联系电话";

	static final String FILL_DATE = "填报日期";

	private static final Pattern PHONE_NUMBER = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}\\d{7,8}|[2-9]\\d{6,7}");

	private final FormContext context;

	private final List<Violation> out;

	FooterChecks(FormContext context, List<Violation> out) {
		this.context = context;
		this.out = out;
	}

	void check(ParsedForm form) {
		form.footer().forEach(this::uncalculated);
		FieldValue reporter = form.footerValue(REPORTER);
		if (reporter.isBlank()) {
			out.add(place(reporter, REPORTER).violation(Rule.REPORTER_MISSING, "未填写"));
		}
		FieldValue phone = form.footerValue(PHONE);
		if (!phone.isUncalculatedFormula()) {
			phone(phone);
		}
		FieldValue fillDate = form.footerValue(FILL_DATE);
		if (!fillDate.isUncalculatedFormula()) {
			fillDate(fillDate);
		}
	}

	/**
	 * A footer formula the reader could not calculate: V211 as anywhere in the form, never 「未填写」 or an invalid
	 * number (the unit sees a value in Excel).
	 */
	private void uncalculated(String label, FieldValue cell) {
		if (cell.isUncalculatedFormula()) {
			out.add(place(cell, label).violation(Rule.FORMULA_WITHOUT_RESULT,
					"为公式，但文件中没有计算结果；请在 Excel 或 WPS 中打开、保存后重新报送"));
		}
	}

	private void phone(FieldValue cell) {
		if (cell.isBlank()) {
			out.add(place(cell, PHONE).violation(Rule.PHONE_INVALID, "未填写"));
			return;
		}
		// A number typed into a numeric cell: its digits, not a display such as 1.39123E+10.
		boolean wholeNumber = cell.number() != null && cell.number() == Math.rint(cell.number());
		String text = wholeNumber ? Texts.number(BigDecimal.valueOf(cell.number().longValue())) : cell.text();
		if (!validPhones(text)) {
			out.add(place(cell, PHONE).violation(Rule.PHONE_INVALID,
					Texts.quote(text) + "不是有效的电话号码（应为 11 位手机号码或固定电话，如 0731-12345678）"));
		}
	}

	static boolean validPhones(String text) {
		String t = ValueParser.halfWidth(text).strip();
		if (t.isEmpty()) {
			return false;
		}
		for (String part : t.split("[/、,，;；]+")) {
			String digits = part.replaceAll("[\\s\\-—–()（）]", "");
			if (!PHONE_NUMBER.matcher(digits).matches()) {
				return false;
			}
		}
		return true;
	}

	private void fillDate(FieldValue cell) {
		ParsedValue<LocalDate> date = ValueParser.date(cell);
		if (date.isInvalid()) {
			out.add(place(cell, FILL_DATE).violation(Rule.FILL_DATE_INVALID, "应为日期（如 2023-11-25），" + date.found()));
		}
		else if (date.isPresent() && date.value().isAfter(context.runDate())) {
			out.add(place(cell, FILL_DATE).violation(Rule.FILL_DATE_INVALID,
					"为 " + date.value() + "，晚于处理日期 " + context.runDate()));
		}
	}

	private Place place(FieldValue cell, String label) {
		return Place.cell(context.sheet(), cell.cellRef(), "表尾", label);
	}

}
