package cn.minsheng.rollup.report;

import java.util.List;

import cn.minsheng.rollup.progress.ProgressThresholds;

/**
 * The 口径说明 printed with the summary: how each figure is computed, one sentence each, in the office's words.
 */
final class SummaryNotes {

	/** How the progress of a 标准值 indicator is counted: the one definition the summary, bulletin and rules use. */
	static final String STANDARD = "标准值类指标达到标准计100%，未达到计0%";

	/** How the 序时进度 of a 标准值 or 里程碑 indicator runs. */
	static final String STEP_SCHEDULE = "标准值类和里程碑类指标到期月份之前序时进度为0、不判滞后、不发督办函，到期月份起为100%";

	private SummaryNotes() {
	}

	static List<String> overview(ProgressThresholds t, boolean carryForward) {
		String yellow = t.yellowPoints().stripTrailingZeros().toPlainString();
		String red = t.redPoints().stripTrailingZeros().toPlainString();
		String ahead = t.aheadPoints().stripTrailingZeros().toPlainString();
		return List.of("完成率 = 已完成指标数 ÷ 指标总数；平均进度 = 各指标完成率（超过100%按100%计）的平均值。",
				carryForward ? "本月未报送或报表被退回的指标，沿用本年度最近一次已采用的数据计算进度、资金和验收，在进展明细「数据说明」中注明"
						+ "（如「沿用10月数据」），并在「其中沿用此前数据」中计数；本年度尚无任何数据的指标计为未报送，进度按0计。"
						: "本月未报送或报表被退回的指标计为未报送，进度按0计，不沿用此前数据；进展明细另列最近一次报送的数据，仅供参考。",
				"单项完成率：累计数量类 = 累计完成 ÷ 年度目标；" + STANDARD + "；里程碑类指标达到计100%，未达到计0%。",
				"序时进度：累计数量类 = 报表月份 ÷ 到期月份（最高100%）；" + STEP_SCHEDULE
						+ "。差距 = 完成率（最高按100%计）− 序时进度，单位为百分点。",
				"进度分类：已完成（完成率达到100%）；超序时（高于序时进度" + ahead + "个百分点及以上）；正常；滞后（落后序时进度"
						+ yellow + "～" + red + "个百分点，黄色）；严重滞后（落后超过" + red + "个百分点，红色）；"
						+ "未报送（没有可计的数据，灰色）。滞后项数 = 黄色项数 + 红色项数。",
				"资金到位率 = 累计到位资金 ÷ 计划投资；支出率 = 累计完成投资 ÷ 计划投资；验收率 = 已验收指标数 ÷ 指标数；"
						+ "均按各指标计入统计的数据计算。",
				"按时或逾期以单位本月第一份被采用报表的报送时间为准；被退回指本月所报文件均未通过校验（原因见单位报送表）。",
				"单位排名先按完成率、再按平均进度；没有任何可计数据的单位不排名。",
				"双过半：截至6月底全县平均进度与投资完成率（累计完成投资 ÷ 计划投资）均达到50%；6月没有任何已采用数据时写「6月数据未报送」。",
				"严重滞后的指标，或连续两个月及以上滞后的指标，建议发督办函（见滞后督办表）。",
				"月度趋势：每个月按该月的口径计算；某月没有任何可计数据的，该格留空，图中不画点。");
	}

}
