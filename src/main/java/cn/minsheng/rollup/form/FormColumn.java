package cn.minsheng.rollup.form;

import java.util.List;
import java.util.Set;

/**
 * The columns of the main sheet 月报表, in template order. Intake matches headers by name ({@link #header()} or one
 * of the {@link #aliases()}), so moved or extra columns in a unit's file are tolerated.
 */
public enum FormColumn {

	SEQ("序号", ValueType.TEXT, true, 6),
	CODE("项目编码", ValueType.TEXT, true, 10, "编码", "指标编码", "项目代码"),
	LEVEL("层级", ValueType.TEXT, true, 14, "项目层级", "类别"),
	CATEGORY("件", ValueType.TEXT, true, 24, "项目名称", "民生实事项目", "件（项目）"),
	INDICATOR("考核指标", ValueType.TEXT, true, 30, "考核指标(项)", "考核指标（项）", "指标", "项"),
	UNIT_OF_MEASURE("计量单位", ValueType.TEXT, true, 10, "单位"),
	ANNUAL_TARGET("年度目标", ValueType.NUMBER, true, 10, "年度目标任务", "目标任务", "全年目标"),
	PLANNED_FUNDS("计划投资(万元)", ValueType.NUMBER, true, 12, "计划投资", "计划投资（万元）"),
	MONTH_DONE("本月完成", ValueType.NUMBER, false, 10, "本月完成数", "当月完成"),
	CUMULATIVE_DONE("累计完成", ValueType.NUMBER, false, 10, "累计完成数", "累计完成量", "1-本月累计完成"),
	COMPLETION_RATE("完成率", ValueType.PERCENT, false, 9, "完成率(%)", "完成率（%）", "完成比例", "占年任务之比"),
	STATUS("项目状态", ValueType.STATUS_CHOICE, false, 10, "状态", "进展状态"),
	FUNDS_IN_PLACE("累计到位资金(万元)", ValueType.NUMBER, false, 12, "累计到位资金", "到位资金", "累计到位资金（万元）"),
	INVESTMENT_DONE("累计完成投资(万元)", ValueType.NUMBER, false, 12, "累计完成投资", "完成投资", "累计完成投资（万元）"),
	ONLINE_ACCEPTED("线上验收", ValueType.YES_NO, false, 8, "线上验收(是/否)", "省平台验收"),
	OFFLINE_ACCEPTED("线下验收", ValueType.YES_NO, false, 8, "线下验收(是/否)"),
	START_DATE("开工日期", ValueType.DATE, false, 12, "开工时间"),
	FINISH_DATE("完工日期", ValueType.DATE, false, 12, "完工时间", "完成时间"),
	PROBLEMS("存在问题", ValueType.TEXT, false, 24, "存在的问题", "问题"),
	NEXT_STEPS("下步措施", ValueType.TEXT, false, 24, "下一步措施", "下步工作措施"),
	REMARKS("备注", ValueType.TEXT, false, 14);

	private final String header;

	private final ValueType type;

	private final boolean prefilled;

	private final int width;

	private final List<String> aliases;

	private final Set<String> normalizedNames;

	private final List<java.util.regex.Pattern> namesWithNote;

	FormColumn(String header, ValueType type, boolean prefilled, int width, String... aliases) {
		this.header = header;
		this.type = type;
		this.prefilled = prefilled;
		this.width = width;
		this.aliases = List.of(aliases);
		this.normalizedNames = HeaderText.normalizedNames(header, this.aliases);
		this.namesWithNote = this.normalizedNames.stream().map(HeaderSynonyms::withNote).toList();
	}

	/** The header text written into the template. */
	public String header() {
		return this.header;
	}

	public ValueType type() {
		return this.type;
	}

	/** Prefilled from the catalog and locked in the template; the unit fills the others. */
	public boolean prefilled() {
		return this.prefilled;
	}

	/** Column width in characters, enough for the Chinese header and typical content. */
	public int width() {
		return this.width;
	}

	public List<String> aliases() {
		return this.aliases;
	}

	/** Zero-based column index in the template. */
	public int templateIndex() {
		return ordinal();
	}

	/**
	 * True when a (normalized) header text names this column: its header or an alias, one of them with a bracketed
	 * note after it (累计完成（人）), or a way of writing it listed in {@code header-synonyms.txt}.
	 */
	public boolean matches(String normalizedHeader) {
		return this.normalizedNames.contains(normalizedHeader)
				|| normalizedHeader.indexOf('(') > 0
						&& this.namesWithNote.stream().anyMatch((p) -> p.matcher(normalizedHeader).matches())
				|| HeaderSynonyms.columnOf(normalizedHeader).filter((c) -> c == this).isPresent();
	}

}
