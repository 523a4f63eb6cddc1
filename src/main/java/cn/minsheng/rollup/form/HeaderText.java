package cn.minsheng.rollup.form;

/**
 * Normalizes header text as people type it: line breaks, spaces (also full-width), full-width brackets, an
 * asterisk marking a required column.
 */
public final class HeaderText {

	private HeaderText() {
	}

	/** True when a normalized header text is a column's header or one of its aliases. */
	static boolean names(String normalizedHeader, String header, java.util.List<String> aliases) {
		return normalize(header).equals(normalizedHeader)
				|| aliases.stream().anyMatch((a) -> normalize(a).equals(normalizedHeader));
	}

	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		return text.replaceAll("[\\s\\u3000\\u00a0*＊]", "")
			.replace('（', '(')
			.replace('）', ')')
			.replace('：', ':');
	}

}
