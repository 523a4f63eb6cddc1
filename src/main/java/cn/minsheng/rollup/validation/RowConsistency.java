package cn.minsheng.rollup.validation;

import static cn.minsheng.rollup.form.FormColumn.COMPLETION_RATE;
import static cn.minsheng.rollup.form.FormColumn.CUMULATIVE_DONE;
import static cn.minsheng.rollup.form.FormColumn.FUNDS_IN_PLACE;
import static cn.minsheng.rollup.form.FormColumn.INVESTMENT_DONE;
import static cn.minsheng.rollup.form.FormColumn.OFFLINE_ACCEPTED;
import static cn.minsheng.rollup.form.FormColumn.ONLINE_ACCEPTED;
import static cn.minsheng.rollup.form.FormColumn.STATUS;

import java.math.BigDecimal;
import java.util.List;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Measure;
import cn.minsheng.rollup.form.FormColumn;

/**
 * Whether a row's figures agree with each other, the catalog and its status (warnings V302–V307, V311–V313); the
 * dates are {@link RowDates}'.
 */
final class RowConsistency {

	static final BigDecimal RATE_TOLERANCE = new BigDecimal("0.01");

	private final FormContext context;

	private final List<Violation> out;

	RowConsistency(FormContext context, List<Violation> out) {
		this.context = context;
		this.out = out;
	}

	void check(Indicator indicator, TypedRow row, BigDecimal rate) {
		BigDecimal cumulative = row.cumulative().value();
		if (cumulative != null) {
			againstTarget(indicator, row, cumulative);
		}
		money(indicator, row);
		status(row, cumulative, rate);
		accepted(row, ONLINE_ACCEPTED, row.online(), rate);
		accepted(row, OFFLINE_ACCEPTED, row.offline(), rate);
		BigDecimal reported = row.reportedRate().value();
		if (reported != null && cumulative != null) {
			BigDecimal computed = Completion.ratio(cumulative, indicator.annualTarget());
			if (reported.subtract(computed).abs().compareTo(RATE_TOLERANCE) > 0) {
				add(row, COMPLETION_RATE, Rule.RATE_MISMATCH, "为 " + Texts.percent(reported) + "，按 累计完成 "
						+ Texts.number(cumulative) + " ÷ 年度目标 " + Texts.number(indicator.annualTarget()) + " 计算应为 "
						+ Texts.percent(computed));
			}
		}
	}

	private void againstTarget(Indicator indicator, TypedRow row, BigDecimal cumulative) {
		BigDecimal target = indicator.annualTarget();
		String value = "为 " + Texts.number(cumulative);
		if (indicator.measure() == Measure.CUMULATIVE
				&& cumulative.compareTo(target.multiply(context.farAboveTarget())) > 0) {
			add(row, CUMULATIVE_DONE, Rule.FAR_ABOVE_TARGET, value + "，超过年度目标 " + Texts.number(target) + " 的 "
					+ Texts.percent(context.farAboveTarget()) + "，请核实");
		}
		if (indicator.measure() == Measure.STANDARD && cumulative.compareTo(target) < 0) {
			add(row, CUMULATIVE_DONE, Rule.BELOW_STANDARD, value + "，未达到标准 " + Texts.number(target)
					+ indicator.unitOfMeasure());
		}
		if (indicator.measure() == Measure.MILESTONE && cumulative.signum() != 0
				&& cumulative.compareTo(BigDecimal.ONE) != 0) {
			add(row, CUMULATIVE_DONE, Rule.MILESTONE_NOT_BINARY, value + "，里程碑类指标应填 0（未达到）或 1（已达到）");
		}
	}

	private void money(Indicator indicator, TypedRow row) {
		BigDecimal funds = row.funds().value();
		BigDecimal investment = row.investment().value();
		if (funds != null && investment != null && investment.compareTo(funds) > 0) {
			add(row, INVESTMENT_DONE, Rule.INVESTMENT_ABOVE_FUNDS,
					"为 " + Texts.number(investment) + " 万元，大于累计到位资金 " + Texts.number(funds) + " 万元");
		}
		BigDecimal plan = indicator.plannedFundsWan();
		if (funds != null && plan != null && funds.compareTo(plan) > 0) {
			add(row, FUNDS_IN_PLACE, Rule.FUNDS_ABOVE_PLAN,
					"为 " + Texts.number(funds) + " 万元，大于计划投资 " + Texts.number(plan) + " 万元");
		}
	}

	private void status(TypedRow row, BigDecimal cumulative, BigDecimal rate) {
		ProjectStatus status = row.status().value();
		if (status == null) {
			return;
		}
		String said = "为「" + status.label() + "」，但";
		if (status.finished() && rate != null && rate.compareTo(BigDecimal.ONE) < 0) {
			add(row, STATUS, Rule.FINISHED_BUT_INCOMPLETE, said + "完成率仅 " + Texts.percent(rate));
		}
		if (status == ProjectStatus.NOT_STARTED && cumulative != null && cumulative.signum() > 0) {
			add(row, STATUS, Rule.NOT_STARTED_WITH_PROGRESS, said + "累计完成为 " + Texts.number(cumulative));
		}
	}

	private void accepted(TypedRow row, FormColumn column, ParsedValue<Boolean> accepted, BigDecimal rate) {
		if (!Boolean.TRUE.equals(accepted.value())) {
			return;
		}
		ProjectStatus status = row.status().value();
		if (status != null && !status.finished()) {
			add(row, column, Rule.ACCEPTED_BEFORE_DONE, "为「是」，但项目状态为「" + status.label() + "」");
		}
		else if (rate != null && rate.compareTo(BigDecimal.ONE) < 0) {
			add(row, column, Rule.ACCEPTED_BEFORE_DONE, "为「是」，但完成率仅 " + Texts.percent(rate));
		}
	}

	private void add(TypedRow row, FormColumn column, Rule rule, String rest) {
		out.add(row.view().place(column).violation(rule, rest));
	}

}
