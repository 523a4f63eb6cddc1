package cn.minsheng.rollup.yearend;

import java.util.Arrays;
import java.util.Optional;

/**
 * The two acceptances of the year: 线上验收 on the provincial platform (省系统平台) and 线下验收 on site.
 */
enum AcceptanceKind {

	ONLINE("线上验收", "线上"), OFFLINE("线下验收", "线下");

	private final String label;

	private final String shortLabel;

	AcceptanceKind(String label, String shortLabel) {
		this.label = label;
		this.shortLabel = shortLabel;
	}

	String label() {
		return this.label;
	}

	/** 线上, 线上验收, 省平台 …: what the office may type in its record. */
	static Optional<AcceptanceKind> fromText(String text) {
		String t = text == null ? "" : text.replaceAll("\\s", "");
		if (t.contains("平台")) {
			return Optional.of(ONLINE);
		}
		return Arrays.stream(values()).filter((k) -> t.equals(k.label) || t.equals(k.shortLabel)).findFirst();
	}

}
