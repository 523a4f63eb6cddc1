package cn.minsheng.rollup.report;

import java.util.List;

import cn.minsheng.rollup.progress.ProgressThresholds;

/**
 * The 口径说明 printed with the summary: how each figure is computed, in the office's words.
 */
final class SummaryNotes {

	private SummaryNotes() {
	}

	static List<String> overview(ProgressThresholds t) {
		String yellow = t.yellowPoints().stripTrailingZeros().toPlainString();
		String red = t.redPoints().stripTrailingZeros().toPlainString();
		String ahead = t.aheadPoints().stripTrailingZeros().toPlainString();
		return List.of("完成率 = 已完成指标数 ÷ 指标总数；平均进度 = 各指标完成率（超过100%按100%计）的平均值，本月未报送的指标按0计。",
				"单项完成率 = 累计完成 ÷ 年度目标；标准值类指标达到标准计100%、未达到计0%；里程碑类指标完成计100%、未完成计0%。",
				"序时进度 = 报表月份 ÷ 到期月份（最高100%）；标准值类指标到期月份前为0、到期月份起为100%。"
						+ "差距 = 完成率（最高按100%计）− 序时进度，单位为百分点。",
				"进度分类：已完成（完成率达到100%）；超序时（高于序时进度" + ahead + "个百分点及以上）；正常；滞后（落后序时进度"
						+ yellow + "～" + red + "个百分点，黄色）；严重滞后（落后超过" + red + "个百分点，红色）；"
						+ "未报送（本月无已采用的数据，灰色）。",
				"资金到位率 = 累计到位资金 ÷ 计划投资；支出率 = 累计完成投资 ÷ 计划投资；验收率 = 已验收指标数 ÷ 指标数。"
						+ "均只计本月已采用报表中的数据。",
				"按时或逾期以单位本月第一份被采用报表的报送时间为准；被退回指本月所报文件均未通过校验（原因见单位报送表）。",
				"双过半：截至6月底全县平均进度与投资完成率（累计完成投资 ÷ 计划投资）均达到50%。",
				"严重滞后的指标，或连续两个月及以上滞后的指标，建议发督办函（见滞后督办表）。",
				"未报送的指标在进展明细中另列最近一次报送的数据，仅供参考，不计入上述统计。");
	}

}
