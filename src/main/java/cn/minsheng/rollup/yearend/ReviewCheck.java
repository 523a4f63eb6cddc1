package cn.minsheng.rollup.yearend;

/**
 * The checks of the 回头看 review, each as an inspection team would make it across the year.
 */
enum ReviewCheck {

	CUMULATIVE_DECREASE("累计完成减少", "累计完成小于此前月份的累计完成"),
	MONTH_DOES_NOT_ADD_UP("本月完成与累计不符", "本月完成不等于 本月累计完成 − 上月累计完成（1 月应等于累计完成）"),
	LIST_TOTAL("分布清单合计与累计不符", "项目分布清单中该指标的数量合计不等于月报表的累计完成"),
	FUNDS_DECREASE("资金减少", "累计到位资金或累计完成投资小于上月"),
	FUNDS_OVER_PLAN("资金超过计划", "累计到位资金或累计完成投资大于项目清单中的计划投资"),
	FINISHED_WITHOUT_DATE("已完工无完工日期", "项目状态为已完工或已验收，但未填完工日期"),
	ACCEPTED_BEFORE_COMPLETION("未完工先验收", "线上验收或线下验收为“是”，但项目状态不是已完工、已验收"),
	MONTH_MISSING("月报表缺报", "该月没有已接收的月报表"),
	CERTIFIED_DIFFERS("认定数与报送数不符", "统计部门评估认定的数字与单位报送的累计完成不一致");

	private final String label;

	private final String description;

	ReviewCheck(String label, String description) {
		this.label = label;
		this.description = description;
	}

	String label() {
		return this.label;
	}

	String description() {
		return this.description;
	}

}
