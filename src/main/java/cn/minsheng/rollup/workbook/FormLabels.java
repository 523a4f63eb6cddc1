package cn.minsheng.rollup.workbook;

import java.util.List;

import cn.minsheng.rollup.workbook.LabeledValues.Label;

/**
 * The labels of the form's header block and footer, with the spellings units use for them.
 */
final class FormLabels {

	static final String UNIT = ParsedForm.UNIT_LABEL;

	static final String PERIOD = ParsedForm.PERIOD_LABEL;

	static final String REPORTER = "填报人";

	static final String LEADER = "分管领导";

	static final String PHONE = "联系电话";

	static final String FILL_DATE = "填报日期";

	/** Above the header row. */
	static final List<Label> HEADER_BLOCK = List.of(new Label(UNIT, List.of("填报单位", "报送单位", "填表单位")),
			new Label(PERIOD, List.of("报送月份", "填报月份", "统计月份", "报告月份", "月份")));

	/** Below the indicator rows; the keys are the labels without their colon. */
	static final List<Label> FOOTER = List.of(new Label(REPORTER, List.of("填报人", "填表人")),
			new Label(LEADER, List.of("分管领导", "分管负责人")), new Label(PHONE, List.of("联系电话", "电话")),
			new Label(FILL_DATE, List.of("填报日期", "填表日期", "报送日期")));

	private FormLabels() {
	}

}
