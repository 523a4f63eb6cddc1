package cn.minsheng.rollup.report;

/**
 * Text from units' forms made safe for a cell: no characters XML cannot carry, no accidental formulas, no overflow.
 */
final class SafeText {

	/** Excel's limit for the text of one cell. */
	private static final int MAX_CELL_TEXT = 32767;

	private SafeText() {
	}

	/** Drops control characters other than tab and line feed (XML 1.0 cannot carry them); {@code null} stays. */
	static String clean(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder clean = new StringBuilder(text.length());
		text.codePoints()
			.filter((c) -> c == '\t' || c == '\n' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
			.forEach(clean::appendCodePoint);
		return clean.length() > MAX_CELL_TEXT ? clean.substring(0, MAX_CELL_TEXT) : clean.toString();
	}

	/** Text Excel, WPS or LibreOffice would take for a formula if someone edited the cell. */
	static boolean looksLikeFormula(String text) {
		return text != null && !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
	}

	/** Width in character cells: CJK and full-width characters take two; the longest line counts. */
	static int displayWidth(String text) {
		int longest = 0;
		for (String line : text.split("\n", -1)) {
			int width = 0;
			for (int i = 0; i < line.length(); i++) {
				char c = line.charAt(i);
				width += c >= 0x1100 && (c <= 0x115F || c >= 0x2E80) ? 2 : 1;
			}
			longest = Math.max(longest, width);
		}
		return longest;
	}

}
