package cn.minsheng.rollup.workbook;

import java.util.Collection;
import java.util.regex.Pattern;

import cn.minsheng.rollup.form.HeaderText;

/**
 * How intake tells kinds of rows apart from their text: indicator codes, 合计 rows, notes under a table.
 */
public final class RowText {

	private static final Pattern TOTAL = Pattern.compile(".{0,6}(?:合计|总计|小计|共计).{0,6}");

	private static final Pattern NOTE = Pattern.compile("(?:注|附注|备注|说明|填表说明)(?:[:.、0-9一二三四五六七八九(]|$).*"
			+ "|(?:填表说明|说明).*");

	private static final Pattern NUMBER_TEXT = Pattern.compile("[-+]?\\d[\\d,]*(?:\\.\\d+)?%?|[-+]?\\.\\d+%?");

	private RowText() {
	}

	/**
	 * {@link HeaderText#normalize} with full-width letters, digits and signs also turned into their ASCII forms;
	 * written out as a loop because it runs for every cell of every row.
	 */
	public static String compact(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = halfWidth(text.charAt(i));
			if (!isDropped(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	private static char halfWidth(char c) {
		return c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
	}

	private static boolean isDropped(char c) {
		return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '*';
	}

	static boolean isCodeLike(FieldValue value) {
		return value != null && value.number() == null && isCode(value.text());
	}

	/**
	 * Whether the text, {@link #compact compacted}, is a code: {@code [A-Za-z]{1,3}\d{1,4}(?:[-_.·—–]\d{1,4}){0,2}}
	 * (S01-1, J02-3, C07-1; also typed in lower case, with full-width characters or an odd dash). Checked in one
	 * pass without compacting a copy, since it runs for every row of a list; the three kinds of character cannot
	 * stand for each other, so the first failing one decides.
	 */
	private static boolean isCode(String text) {
		int part = 0; // 0: the letters, then alternately digits (odd) and a separator (even)
		int run = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = halfWidth(text.charAt(i));
			if (isDropped(c)) {
				continue;
			}
			if (c >= '0' && c <= '9') {
				if (part % 2 == 0) {
					if (part == 0 && run == 0) {
						return false; // digits without letters before them
					}
					part++;
					run = 0;
				}
				if (++run > 4) {
					return false;
				}
			}
			else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
				if (part != 0 || ++run > 3) {
					return false;
				}
			}
			else if (isSeparator(c)) {
				if (part % 2 == 0 || part == 5) {
					return false;
				}
				part++;
			}
			else {
				return false;
			}
		}
		return part % 2 == 1;
	}

	private static boolean isSeparator(char c) {
		return c == '-' || c == '_' || c == '.' || c == '·' || c == '—' || c == '–';
	}

	static boolean isNumeric(FieldValue value) {
		if (value == null) {
			return false;
		}
		return value.number() != null || NUMBER_TEXT.matcher(compact(value.text())).matches();
	}

	/** A 合计/总计/小计 row or a note (注：…, 说明…) under the table: neither is an indicator. */
	static boolean isTotalOrNote(Collection<FieldValue> cells) {
		boolean first = true;
		for (FieldValue cell : cells) {
			if (isNumeric(cell)) {
				continue; // a serial number in front of the text
			}
			String text = compact(cell.text());
			if (TOTAL.matcher(text).matches() || first && NOTE.matcher(text).matches()) {
				return true;
			}
			first = false;
		}
		return false;
	}

}
