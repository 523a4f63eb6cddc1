package cn.minsheng.rollup.form;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalizes header text as people type it: line breaks, spaces (also full-width), full-width brackets, an
 * asterisk marking a required column.
 */
public final class HeaderText {

	private HeaderText() {
	}

	private static final Pattern IGNORED = Pattern.compile("[\\s\\u3000\\u00a0*＊]");

	/**
	 * A column's header and aliases, normalized once: header matching asks every column about every header cell of
	 * every file, and normalizing the names again for each question was a twentieth of reading a form.
	 */
	static Set<String> normalizedNames(String header, List<String> aliases) {
		Set<String> names = new HashSet<>();
		names.add(normalize(header));
		aliases.forEach((alias) -> names.add(normalize(alias)));
		return Set.copyOf(names);
	}

	public static String normalize(String text) {
		if (text == null) {
			return "";
		}
		return IGNORED.matcher(text).replaceAll("")
			.replace('（', '(')
			.replace('）', ')')
			.replace('：', ':');
	}

}
