package cn.minsheng.rollup.form;

import java.time.YearMonth;
import java.util.Map;

/**
 * The Chinese hints the template gives: the filling note under the footer and the hint of each numeric input column.
 */
final class FormNotes {

	private static final Map<FormColumn, String> NUMBER_HINTS = Map.of(
			FormColumn.MONTH_DONE, "填写本月新增完成数（数字，不带单位）；本月没有进展填 0。",
			FormColumn.CUMULATIVE_DONE, "填写 1 月至本月的累计完成数（数字，不带单位），不应小于上月累计。",
			FormColumn.FUNDS_IN_PLACE, "单位：万元。填写截至本月累计到位的资金（数字），一般不超过计划投资。",
			FormColumn.INVESTMENT_DONE, "单位：万元。填写截至本月累计完成的投资（数字），不超过累计到位资金。");

	private FormNotes() {
	}

	static String numberHint(FormColumn column) {
		return NUMBER_HINTS.getOrDefault(column, "请填写大于或等于 0 的数字，不带单位。");
	}

	/** An example date in the reporting month, as the unit should type it. */
	static String exampleDate(YearMonth period) {
		return period.atDay(25).toString();
	}

	static String fillingNote(YearMonth period) {
		return "填表说明：浅黄色单元格由责任单位填写，其余内容请勿改动；累计完成为 1 月至本月的累计数；"
				+ "资金单位为万元；日期按 " + exampleDate(period) + " 格式填写；完成率自动计算；"
				+ "项目分布清单按项目编码逐行填写完成地点和数量。";
	}

}
