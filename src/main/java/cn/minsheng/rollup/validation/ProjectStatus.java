package cn.minsheng.rollup.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The four states a unit may give a project (项目状态), with the other ways people write them.
 */
public enum ProjectStatus {

	NOT_STARTED("未开工", "未启动", "尚未开工"),
	UNDER_CONSTRUCTION("在建", "在建中", "建设中", "施工中", "正在建设", "正在施工", "已开工", "实施中", "推进中"),
	COMPLETED("已完工", "已完成", "完工", "完成", "已竣工", "竣工"),
	ACCEPTED("已验收", "验收", "已通过验收");

	private final String label;

	private final List<String> aliases;

	ProjectStatus(String label, String... aliases) {
		this.label = label;
		this.aliases = List.of(aliases);
	}

	/** The word the template offers and the ledger stores. */
	public String label() {
		return this.label;
	}

	/** 已完工 or 已验收. */
	public boolean finished() {
		return this == COMPLETED || this == ACCEPTED;
	}

	/** Matches the label or an alias, ignoring all spaces. */
	public static Optional<ProjectStatus> fromText(String text) {
		String t = text == null ? "" : text.replaceAll("[\\s\\u3000\\u00a0]", "");
		return Arrays.stream(values()).filter((s) -> s.label.equals(t) || s.aliases.contains(t)).findFirst();
	}

}
