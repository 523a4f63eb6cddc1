package cn.minsheng.rollup.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * What sort of indicator it is: a counted indicator, a construction item or a key project.
 */
public enum Kind {

	INDICATOR("指标类"), CONSTRUCTION("建设类"), KEY_PROJECT("重点类");

	private final String label;

	Kind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static Optional<Kind> fromLabel(String text) {
		String t = text == null ? "" : text.strip();
		return Arrays.stream(values()).filter((k) -> k.label.equals(t)).findFirst();
	}

}
