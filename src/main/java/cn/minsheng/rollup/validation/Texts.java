package cn.minsheng.rollup.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/**
 * How values appear in messages: text from a unit's file on one line, shortened, in 「」; numbers plain.
 */
final class Texts {

	static final int MAX_QUOTED = 40;

	private static final Pattern CELL_REF = Pattern.compile("[A-Z]{1,3}[1-9][0-9]{0,6}");

	private Texts() {
	}

	static String quote(String text) {
		String t = text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").strip();
		if (t.codePointCount(0, t.length()) > MAX_QUOTED) {
			t = t.substring(0, t.offsetByCodePoints(0, MAX_QUOTED)) + "…";
		}
		return "「" + t + "」";
	}

	/** 1234.5, never 1.2345E+3. */
	static String number(BigDecimal value) {
		BigDecimal v = value.stripTrailingZeros();
		return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
	}

	/** 0.855 as 85.5%. */
	static String percent(BigDecimal fraction) {
		return number(fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP)) + "%";
	}

	/** True for a real Excel reference such as J7 (not a fallback like 第7行). */
	static boolean isCellRef(String ref) {
		return ref != null && CELL_REF.matcher(ref).matches();
	}

}
