package cn.minsheng.rollup.system;

import java.nio.charset.StandardCharsets;

/**
 * Turns text read from a file or its name (a unit, a file name) into one harmless path segment: no separators, no
 * {@code ..}, no control characters, not too long. Nothing read from a file can make us write outside our folders.
 */
public final class SafeNames {

	private static final int MAX_BYTES = 180;

	private SafeNames() {
	}

	/** A folder name; "未识别" when nothing usable is left. */
	public static String segment(String text) {
		String cleaned = clean(text);
		return cleaned.isEmpty() ? "未识别" : truncateUtf8(cleaned, 80);
	}

	/** A file name keeping its extension; "文件" when nothing usable is left. */
	public static String fileName(String text) {
		String cleaned = clean(text);
		if (cleaned.isEmpty()) {
			return "文件";
		}
		int dot = cleaned.lastIndexOf('.');
		String ext = dot > 0 && cleaned.length() - dot <= 10 ? cleaned.substring(dot) : "";
		String stem = ext.isEmpty() ? cleaned : cleaned.substring(0, dot);
		return truncateUtf8(stem, MAX_BYTES - ext.getBytes(StandardCharsets.UTF_8).length) + ext;
	}

	private static String clean(String text) {
		if (text == null) {
			return "";
		}
		// a run of dots is one dot: "报表..xlsx" keeps its extension, and no ".." is left to climb with
		String cleaned = text.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").replaceAll("\\.{2,}", ".").strip();
		while (cleaned.startsWith(".") || cleaned.startsWith("-")) {
			cleaned = cleaned.substring(1);
		}
		// Windows drops trailing dots and blanks, so a name ending in them would not be the name we stored
		while (cleaned.endsWith(".") || cleaned.endsWith(" ")) {
			cleaned = cleaned.substring(0, cleaned.length() - 1);
		}
		return cleaned.replace("\uFFFD", "_");
	}

	private static String truncateUtf8(String text, int maxBytes) {
		if (text.getBytes(StandardCharsets.UTF_8).length <= maxBytes) {
			return text;
		}
		StringBuilder out = new StringBuilder();
		int bytes = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
			if (bytes + len > maxBytes) {
				break;
			}
			out.appendCodePoint(cp);
			bytes += len;
			i += Character.charCount(cp);
		}
		return out.toString();
	}

}
