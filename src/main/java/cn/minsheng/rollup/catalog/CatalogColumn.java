package cn.minsheng.rollup.catalog;

import java.util.List;

/**
 * The columns of the catalog workbook; each accepts the Chinese header the office sees and the English one of the CSV
 * the list came as.
 */
enum CatalogColumn {

	CODE("项目编码", "code"),
	LEVEL("层级", "level"),
	CATEGORY_NO("件编号", "category_no"),
	CATEGORY("件（项目类别）", "category"),
	INDICATOR("考核指标（项）", "indicator"),
	KIND("指标类型", "kind"),
	MEASURE("计量方式", "measure"),
	UNIT_OF_MEASURE("计量单位", "unit_of_measure"),
	ANNUAL_TARGET("年度目标", "annual_target"),
	RESPONSIBLE_UNIT("责任单位", "responsible_unit"),
	PLANNED_FUNDS("计划投资（万元）", "planned_funds_wan"),
	DUE_MONTH("完成时限（月）", "due_month"),
	CONTINUING("续办/新增", "continuing");

	private final String chinese;

	private final String english;

	CatalogColumn(String chinese, String english) {
		this.chinese = chinese;
		this.english = english;
	}

	String chinese() {
		return this.chinese;
	}

	String english() {
		return this.english;
	}

	boolean matches(String header) {
		String h = normalize(header);
		return h.equalsIgnoreCase(this.english) || h.equals(normalize(this.chinese))
				|| withoutNote(h).equals(withoutNote(normalize(this.chinese)));
	}

	static String normalize(String header) {
		return header == null ? ""
				: header.replaceAll("[\\s\\u3000]", "").replace('(', '（').replace(')', '）');
	}

	private static String withoutNote(String header) {
		return header.replaceAll("（[^）]*）", "");
	}

	static List<CatalogColumn> inOrder() {
		return List.of(values());
	}

}
