package cn.minsheng.rollup.sample;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A slip a unit makes when filling its form, injected on purpose so intake and validation can be shown to catch it.
 * Each names the cell it changes in its Chinese description.
 */
public enum SampleMistake {

	CUMULATIVE_BELOW_LAST_MONTH("累计完成小于上月累计（把本月数填进了累计完成）", true),
	TEXT_IN_NUMBER_CELL("数字单元格中填了文字（如累计完成填“约120”）", true),
	MISSING_REQUIRED_CELL("必填单元格为空（累计完成未填）", true),
	OTHER_UNITS_CODE("项目编码改成了其他单位的编码", true),
	MONTH_DONE_MISMATCH("本月完成不等于本月累计减上月累计", true),
	FUNDS_ABOVE_PLAN("累计到位资金超过计划投资", true),
	INVESTMENT_ABOVE_FUNDS("累计完成投资超过累计到位资金", true),
	ACCEPTED_BEFORE_DONE("未完成即填报线上验收“是”", true),
	STATUS_CONTRADICTS_FIGURES("项目状态与完成数不符（未完成却填“已完工”）", true),
	DATE_OUTSIDE_YEAR("完工日期不在本年度", true),
	PERIOD_LABEL_MISMATCH("报送月份填成了上个月", true),
	MISSING_REPORTER("未填写填报人", true),
	INVALID_PHONE("联系电话格式不正确", true),
	DISTRIBUTION_OTHER_UNITS_CODE("项目分布清单中填写了其他单位的项目编码", false),
	DISTRIBUTION_SUM_MISMATCH("项目分布清单数量合计与累计完成不符", false);

	private final String description;

	private final boolean mainSheet;

	SampleMistake(String description, boolean mainSheet) {
		this.description = description;
		this.mainSheet = mainSheet;
	}

	/** Chinese description for help text and reports. */
	public String description() {
		return this.description;
	}

	/** True when the mistake is made on 月报表, false when on 项目分布清单. */
	public boolean mainSheet() {
		return this.mainSheet;
	}

	/** Accepts the constant's name in any case, with hyphens for underscores (as typed on a command line). */
	public static Optional<SampleMistake> fromText(String text) {
		String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		return Arrays.stream(values()).filter((m) -> m.name().equals(t)).findFirst();
	}

}
