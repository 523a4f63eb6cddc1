package cn.minsheng.rollup.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * How progress of an indicator is measured.
 * <ul>
 * <li>累计数量: a cumulative count toward the annual target, scheduled linearly up to the due month;</li>
 * <li>标准值: a standard that is met or not (e.g. 低保 ≥ 650 元/人·月), no linear schedule;</li>
 * <li>里程碑: a milestone (e.g. construction started), 0 % until it is reached.</li>
 * </ul>
 */
public enum Measure {

	CUMULATIVE("累计数量"), STANDARD("标准值"), MILESTONE("里程碑");

	private final String label;

	Measure(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	public static Optional<Measure> fromLabel(String text) {
		String t = text == null ? "" : text.strip();
		return Arrays.stream(values()).filter((m) -> m.label.equals(t)).findFirst();
	}

}
