package cn.minsheng.rollup.catalog;

import java.util.Arrays;
import java.util.Optional;

/**
 * The three levels of the year's list: provincial key projects, provincial monitored projects and municipal projects.
 */
public enum Level {

	PROVINCIAL("省重点民生实事", "省", 'S'),
	PROVINCIAL_MONITORED("省重点监测民生项目", "省监测", 'J'),
	MUNICIPAL("市重点民生实事", "市", 'C');

	private final String label;

	private final String shortLabel;

	private final char codePrefix;

	Level(String label, String shortLabel, char codePrefix) {
		this.label = label;
		this.shortLabel = shortLabel;
		this.codePrefix = codePrefix;
	}

	public String label() {
		return this.label;
	}

	public String shortLabel() {
		return this.shortLabel;
	}

	public char codePrefix() {
		return this.codePrefix;
	}

	/** Accepts the full label or the short one, as the office may type either. */
	public static Optional<Level> fromLabel(String text) {
		String t = text == null ? "" : text.strip();
		return Arrays.stream(values()).filter((l) -> l.label.equals(t) || l.shortLabel.equals(t)).findFirst();
	}

}
