package cn.minsheng.rollup.validation;

import static cn.minsheng.rollup.form.FormColumn.COMPLETION_RATE;
import static cn.minsheng.rollup.form.FormColumn.CUMULATIVE_DONE;
import static cn.minsheng.rollup.form.FormColumn.FINISH_DATE;
import static cn.minsheng.rollup.form.FormColumn.FUNDS_IN_PLACE;
import static cn.minsheng.rollup.form.FormColumn.INVESTMENT_DONE;
import static cn.minsheng.rollup.form.FormColumn.MONTH_DONE;
import static cn.minsheng.rollup.form.FormColumn.OFFLINE_ACCEPTED;
import static cn.minsheng.rollup.form.FormColumn.ONLINE_ACCEPTED;
import static cn.minsheng.rollup.form.FormColumn.START_DATE;
import static cn.minsheng.rollup.form.FormColumn.STATUS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.minsheng.rollup.form.FormColumn;

/**
 * Reads the unit-filled cells of a row and reports those that hold the wrong kind of value (V202–V205); these checks
 * need no indicator, so they run on every row, known code or not.
 */
final class RowTyper {

	/** Cells a unit may leave empty, where 「/」「无」「不涉及」 mean exactly that. */
	private static final java.util.Set<FormColumn> OPTIONAL = java.util.EnumSet.of(COMPLETION_RATE, FUNDS_IN_PLACE,
			INVESTMENT_DONE, ONLINE_ACCEPTED, OFFLINE_ACCEPTED, START_DATE, FINISH_DATE);

	private final List<Violation> out;

	/** The form's year, for a date written without one (11月1日). */
	private final int year;

	RowTyper(List<Violation> out) {
		this(out, 0);
	}

	RowTyper(List<Violation> out, int year) {
		this.out = out;
		this.year = year;
	}

	/** What a V211 message says after the cell's place. */
	static final String NO_RESULT = "为公式，但文件中没有计算结果；请在 Excel 或 WPS 中打开、保存后重新报送";

	/** The unit's text columns: stored as written, so a formula without its result would be stored empty. */
	private static final List<FormColumn> TEXTS = List.of(FormColumn.PROBLEMS, FormColumn.NEXT_STEPS,
			FormColumn.REMARKS);

	TypedRow type(RowView row, String code, String unitOfMeasure) {
		for (FormColumn column : TEXTS) {
			if (row.cell(column).isUncalculatedFormula()) {
				uncalculated(row, column);
			}
		}
		return new TypedRow(row, code, number(row, MONTH_DONE, unitOfMeasure), number(row, CUMULATIVE_DONE,
				unitOfMeasure), rate(row), status(row), number(row, FUNDS_IN_PLACE, null),
				number(row, INVESTMENT_DONE, null), yesNo(row, ONLINE_ACCEPTED), yesNo(row, OFFLINE_ACCEPTED),
				date(row, START_DATE), date(row, FINISH_DATE));
	}

	/**
	 * A formula the reader could not calculate: named as such (never 「未填写」, the unit sees a number in Excel), and
	 * read as unreadable so that no other rule speaks of the cell.
	 */
	private <T> ParsedValue<T> uncalculated(RowView row, FormColumn column) {
		out.add(row.place(column).violation(Rule.FORMULA_WITHOUT_RESULT, NO_RESULT));
		return ParsedValue.invalid("为公式，没有计算结果");
	}

	private ParsedValue<BigDecimal> number(RowView row, FormColumn column, String unitOfMeasure) {
		if (row.cell(column).isUncalculatedFormula()) {
			return uncalculated(row, column);
		}
		if (ValueParser.meansNothing(row.cell(column))) {
			return nothing(row, column, "应填写数字（没有进展请填 0）");
		}
		ParsedValue<BigDecimal> read = ValueParser.number(row.cell(column), unitOfMeasure);
		if (read.isInvalid()) {
			out.add(row.place(column).violation(Rule.NOT_A_NUMBER, "应为数字，" + read.found()));
		}
		return nonNegative(row, column, read);
	}

	private ParsedValue<BigDecimal> rate(RowView row) {
		if (row.cell(COMPLETION_RATE).isUncalculatedFormula()) {
			return uncalculated(row, COMPLETION_RATE);
		}
		if (ValueParser.meansNothing(row.cell(COMPLETION_RATE))) {
			return ParsedValue.blank();
		}
		ParsedValue<BigDecimal> read = ValueParser.percent(row.cell(COMPLETION_RATE));
		if (read.isInvalid()) {
			out.add(row.place(COMPLETION_RATE).violation(Rule.NOT_A_NUMBER, "应为百分比（如 85%），" + read.found()));
		}
		return nonNegative(row, COMPLETION_RATE, read);
	}

	private ParsedValue<BigDecimal> nonNegative(RowView row, FormColumn column, ParsedValue<BigDecimal> read) {
		if (read.isPresent() && read.value().signum() < 0) {
			String text = row.cell(column).text();
			String shown = text.isBlank() ? Texts.number(read.value()) : text;
			out.add(row.place(column).violation(Rule.NEGATIVE_NUMBER, "不能为负数，实际填写为" + Texts.quote(shown)));
		}
		return read;
	}

	/**
	 * 「/」 or 「无」 in a number cell: empty where the cell is optional (money); where it is required, the unit is told
	 * that this cell needs a number.
	 */
	private ParsedValue<BigDecimal> nothing(RowView row, FormColumn column, String needed) {
		if (OPTIONAL.contains(column)) {
			return ParsedValue.blank();
		}
		String written = row.cell(column).text().strip();
		out.add(row.place(column).violation(Rule.NOT_A_NUMBER, "填写了" + Texts.quote(written) + "，此格不能空着，"
				+ needed));
		return ParsedValue.invalid("填写了" + Texts.quote(written));
	}

	private ParsedValue<ProjectStatus> status(RowView row) {
		if (row.cell(STATUS).isUncalculatedFormula()) {
			return uncalculated(row, STATUS);
		}
		ParsedValue<ProjectStatus> read = ValueParser.status(row.cell(STATUS));
		if (read.isInvalid()) {
			out.add(row.place(STATUS).violation(Rule.NOT_A_CHOICE, "应为 未开工、在建、已完工、已验收 之一，" + read.found()));
		}
		return read;
	}

	private ParsedValue<Boolean> yesNo(RowView row, FormColumn column) {
		if (row.cell(column).isUncalculatedFormula()) {
			return uncalculated(row, column);
		}
		if (ValueParser.meansNothing(row.cell(column))) {
			return ParsedValue.blank();
		}
		ParsedValue<Boolean> read = ValueParser.yesNo(row.cell(column));
		if (read.isInvalid()) {
			out.add(row.place(column).violation(Rule.NOT_A_CHOICE, "应为「是」或「否」，" + read.found()));
		}
		return read;
	}

	private ParsedValue<LocalDate> date(RowView row, FormColumn column) {
		if (row.cell(column).isUncalculatedFormula()) {
			return uncalculated(row, column);
		}
		if (ValueParser.meansNothing(row.cell(column))) {
			return ParsedValue.blank();
		}
		ParsedValue<LocalDate> read = ValueParser.date(row.cell(column), this.year);
		if (read.isInvalid()) {
			out.add(row.place(column).violation(Rule.NOT_A_DATE, "应为日期（如 2023-11-05），" + read.found()));
		}
		return read;
	}

}
