package cn.minsheng.rollup.validation;

import static cn.minsheng.rollup.form.FormColumn.FINISH_DATE;
import static cn.minsheng.rollup.form.FormColumn.START_DATE;

import java.time.LocalDate;
import java.util.List;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.form.Periods;

/**
 * Whether a row's 开工日期 and 完工日期 make sense (warnings V308–V310). A continuing (续办) project may have started
 * in an earlier year; a date outside the year is not also reported as after the period.
 */
final class RowDates {

	private final FormContext context;

	private final List<Violation> out;

	RowDates(FormContext context, List<Violation> out) {
		this.context = context;
		this.out = out;
	}

	void check(Indicator indicator, TypedRow row) {
		LocalDate start = row.start().value();
		LocalDate finish = row.finish().value();
		if (start != null && finish != null && finish.isBefore(start)) {
			add(row, FINISH_DATE, Rule.FINISH_BEFORE_START, "为 " + finish + "，早于开工日期 " + start);
		}
		if (start != null && start.getYear() != context.year()
				&& !(indicator.continuing() && start.getYear() < context.year())) {
			outsideYear(row, START_DATE, start);
		}
		if (finish != null && finish.getYear() != context.year()) {
			outsideYear(row, FINISH_DATE, finish);
		}
		else if (finish != null && finish.isAfter(context.period().atEndOfMonth())) {
			add(row, FINISH_DATE, Rule.FINISH_AFTER_PERIOD,
					"为 " + finish + "，晚于报送月份" + Periods.chinese(context.period()) + "的最后一天");
		}
	}

	private void outsideYear(TypedRow row, FormColumn column, LocalDate date) {
		add(row, column, Rule.DATE_OUTSIDE_YEAR, "为 " + date + "，不在" + context.year() + "年内");
	}

	private void add(TypedRow row, FormColumn column, Rule rule, String rest) {
		out.add(row.view().place(column).violation(rule, rest));
	}

}
