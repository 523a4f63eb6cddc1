package cn.minsheng.rollup.workbook;

/**
 * Recognises delimited text (a form exported or saved as CSV) from the first bytes of a file.
 */
final class CsvText {

	/** Share of control bytes (other than tab and line breaks) tolerated in text. */
	private static final double MAX_CONTROL_SHARE = 0.01;

	private CsvText() {
	}

	/**
	 * True for text with at least one line break and a comma, semicolon or tab; bytes above 0x7f are accepted as
	 * text, since units save CSV in UTF-8 or GBK.
	 */
	static boolean looksLikeCsv(byte[] head) {
		int controls = 0;
		boolean newline = false;
		boolean delimiter = false;
		for (byte b : head) {
			int c = b & 0xff;
			if (c == 0) {
				return false;
			}
			if (c == '\n' || c == '\r') {
				newline = true;
			}
			else if (c == ',' || c == '\t' || c == ';') {
				delimiter = true;
			}
			else if (c < 0x20 || c == 0x7f) {
				controls++;
			}
		}
		return newline && delimiter && controls <= head.length * MAX_CONTROL_SHARE;
	}

}
