package cn.minsheng.rollup.form;

import java.util.List;
import java.util.Set;

/**
 * The columns of the second sheet 项目分布清单: where the work was done.
 */
public enum DistributionColumn {

	CODE("项目编码", ValueType.TEXT, 12, "编码"),
	TOWN("乡镇(街道)", ValueType.TEXT, 16, "乡镇", "乡镇（街道）", "镇街"),
	SITE("村(社区)/点位", ValueType.TEXT, 24, "村(社区)", "村（社区）/点位", "点位", "村（社区）", "地点"),
	QUANTITY("数量", ValueType.NUMBER, 10, "完成数量"),
	DONE_DATE("完成日期", ValueType.DATE, 12, "完成时间"),
	REMARKS("备注", ValueType.TEXT, 20);

	private final String header;

	private final ValueType type;

	private final int width;

	private final List<String> aliases;

	private final Set<String> normalizedNames;

	DistributionColumn(String header, ValueType type, int width, String... aliases) {
		this.header = header;
		this.type = type;
		this.width = width;
		this.aliases = List.of(aliases);
		this.normalizedNames = HeaderText.normalizedNames(header, this.aliases);
	}

	public String header() {
		return this.header;
	}

	public ValueType type() {
		return this.type;
	}

	public int width() {
		return this.width;
	}

	public int templateIndex() {
		return ordinal();
	}

	public boolean matches(String normalizedHeader) {
		return this.normalizedNames.contains(normalizedHeader);
	}

}
