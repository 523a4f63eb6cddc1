package cn.minsheng.rollup.validation;

import static cn.minsheng.rollup.form.FormColumn.CUMULATIVE_DONE;
import static cn.minsheng.rollup.form.FormColumn.MONTH_DONE;
import static cn.minsheng.rollup.form.FormColumn.STATUS;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Measure;
import cn.minsheng.rollup.form.FormColumn;

/**
 * The figures a row must carry and how they relate to last month: V201 (required values), V210 (cumulative below the
 * accepted one) and V301 (本月完成 against the change of 累计完成).
 * <p>
 * A blank 本月完成 is accepted, read as 0, when 累计完成 is 0 or equals last month's accepted figure: nothing happened.
 */
final class RowFigures {

	static final BigDecimal TOLERANCE = new BigDecimal("0.01");

	private final FormContext context;

	private final Set<FormColumn> missingColumns;

	private final List<Violation> out;

	RowFigures(FormContext context, Set<FormColumn> missingColumns, List<Violation> out) {
		this.context = context;
		this.missingColumns = missingColumns;
		this.out = out;
	}

	void check(Indicator indicator, TypedRow row) {
		Optional<BigDecimal> prior = context.priorCumulative(indicator.code());
		required(indicator, row, prior);
		BigDecimal cumulative = row.cumulative().value();
		if (cumulative != null && prior.isPresent() && cumulative.compareTo(prior.get()) < 0) {
			out.add(row.view().place(CUMULATIVE_DONE).violation(Rule.CUMULATIVE_BELOW_PRIOR, "为 "
					+ Texts.number(cumulative) + "，小于此前已审核的累计完成 " + Texts.number(prior.get())));
		}
		Optional<PriorFigures.Prior> later = context.laterCumulative(indicator.code());
		if (cumulative != null && later.isPresent() && cumulative.compareTo(later.get().cumulative()) > 0) {
			String month = cn.minsheng.rollup.form.Periods.chinese(later.get().month());
			out.add(row.view().place(CUMULATIVE_DONE).violation(Rule.CUMULATIVE_ABOVE_LATER, "为 "
					+ Texts.number(cumulative) + "，大于 " + month + " 已审核的累计完成 " + Texts.number(later.get().cumulative())
					+ "；请核实 " + month + " 的报表是否也需要更正"));
		}
		if (indicator.measure() == Measure.CUMULATIVE) {
			// against the month just before only: 本月完成 is one month's work, never the change since June
			monthAgainstCumulative(row, context.previousMonthCumulative(indicator.code()));
		}
	}

	private void required(Indicator indicator, TypedRow row, Optional<BigDecimal> prior) {
		switch (indicator.measure()) {
			case CUMULATIVE -> {
				if (row.monthDone().isBlank() && !nothingHappened(row.cumulative().value(), prior)
						&& derivedMonth(context, indicator.code(), row).isEmpty()) {
					missing(row, MONTH_DONE, "");
				}
				if (row.cumulative().isBlank()) {
					missing(row, CUMULATIVE_DONE, "");
				}
				if (row.status().isBlank()) {
					missing(row, STATUS, "");
				}
			}
			case STANDARD -> {
				if (row.cumulative().isBlank()) {
					missing(row, CUMULATIVE_DONE, "（标准值类指标请填写当前标准，如 "
							+ Texts.number(indicator.annualTarget()) + "）");
				}
			}
			case MILESTONE -> {
				if (row.cumulative().isBlank() && row.status().isBlank()) {
					missing(row, CUMULATIVE_DONE, "（里程碑类指标请填写 0 或 1，或填写项目状态）");
				}
			}
		}
	}

	/**
	 * A blank 本月完成 with last month's accepted 累计完成 at hand is 累计 − 上月: the template shows that figure beside
	 * the cell, so a unit may leave it to be worked out.
	 */
	static Optional<BigDecimal> derivedMonth(FormContext context, String code, TypedRow row) {
		BigDecimal cumulative = row.cumulative().value();
		if (!row.monthDone().isBlank() || cumulative == null) {
			return Optional.empty();
		}
		if (context.period().getMonthValue() == 1) {
			return Optional.of(cumulative);
		}
		return context.previousMonthCumulative(code).map(cumulative::subtract);
	}

	private static boolean nothingHappened(BigDecimal cumulative, Optional<BigDecimal> prior) {
		return cumulative != null
				&& (cumulative.signum() == 0 || prior.map((p) -> p.compareTo(cumulative) == 0).orElse(false));
	}

	private void missing(TypedRow row, FormColumn column, String hint) {
		if (!missingColumns.contains(column)) {
			out.add(row.view().place(column).violation(Rule.REQUIRED_VALUE_MISSING, "未填写" + hint));
		}
	}

	private void monthAgainstCumulative(TypedRow row, Optional<BigDecimal> prior) {
		BigDecimal month = row.monthDone().value();
		BigDecimal cumulative = row.cumulative().value();
		if (month == null || cumulative == null || (prior.isEmpty() && context.period().getMonthValue() > 1)) {
			return;
		}
		BigDecimal expected = cumulative.subtract(prior.orElse(BigDecimal.ZERO));
		if (month.subtract(expected).abs().compareTo(TOLERANCE) > 0) {
			String why = prior.isPresent()
					? "累计完成 " + Texts.number(cumulative) + " 减去上月已审核的累计完成 " + Texts.number(prior.get())
							+ " 为 " + Texts.number(expected)
					: "1 月份本月完成应等于累计完成 " + Texts.number(cumulative);
			out.add(row.view().place(MONTH_DONE).violation(Rule.MONTH_NOT_DIFFERENCE,
					"为 " + Texts.number(month) + "，但" + why));
		}
	}

}
