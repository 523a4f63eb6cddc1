package cn.minsheng.rollup.validation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.minsheng.rollup.workbook.FieldValue;

/**
 * Reads cell values the way people type them; pure functions that describe what they found instead of throwing.
 * <ul>
 * <li>Numbers: numeric cells, or text with thousands separators ({@code 1,234.5}, {@code 1，234}), full-width
 * digits ({@code １２３．５}), surrounding spaces, {@code 万} ({@code 1.2万} = 12000, but {@code 35万元} = 35 since the
 * funds columns are kept in 万元) and a trailing unit of measure from {@link #KNOWN_UNITS} or the indicator's own
 * ({@code 120人}, {@code 35 个}). Estimates ({@code 约120}, {@code 120余人}), ranges and words are not numbers. A
 * comma that does not group thousands ({@code 1,2}) is not read, as it may separate two values.</li>
 * <li>Blank is absent, never 0: the rules decide where a blank is acceptable.</li>
 * <li>Percents: {@code 85%}, {@code 85％}, {@code 0.85}, or {@code 85} (a value above 1.5 is percentage points),
 * all read as the fraction 0.85.</li>
 * <li>Dates: see {@link DateText}; a month alone ({@code 2023年11月}) is read as its first day.</li>
 * </ul>
 */
public final class ValueParser {

	/** Units of measure accepted after a number in any column, besides the indicator's own. */
	public static final Set<String> KNOWN_UNITS = Set.of("人", "人次", "名", "位", "户", "家", "个", "所", "张", "床",
			"项", "件", "处", "间", "座", "栋", "套", "台", "辆", "条", "次", "村", "公里", "千米", "KM", "米", "M", "平方米",
			"㎡", "M2", "亩", "吨", "元", "万元", "元/人·月", "元/人·年", "元/月", "元/年");

	/** Above this, a number in a percent column is percentage points (85 means 85 %), not a fraction. */
	static final BigDecimal PERCENT_POINTS_ABOVE = new BigDecimal("1.5");

	private static final String DIGITS = "[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?";

	private static final Pattern NUMBER = Pattern.compile(DIGITS);

	private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("(" + DIGITS + ")\\s*(万(?!元))?\\s*(.*)");

	private static final Pattern FORMULA_ERROR = Pattern
		.compile("#(DIV/0!|N/A|NAME\\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA)");

	private static final Pattern WHITESPACE = Pattern.compile("\\s");

	/** Hyphens, dashes and minus signs that stand for the hyphen of a code (S03‐1, S03—1). */
	private static final Pattern DASH = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE63]");

	private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

	private static final Set<String> NOTHING = Set.of("/", "／", "\\", "—", "——", "－", "-", "--", "无", "不涉及", "暂无",
			"N/A", "n/a", "NA");

	private static final Set<String> YES = Set.of("是", "Y", "YES", "TRUE", "√", "✓", "✔", "☑");

	private static final Set<String> NO = Set.of("否", "N", "NO", "FALSE", "×", "✗", "✘", "X", "☒");

	private ValueParser() {
	}

	public static ParsedValue<BigDecimal> number(FieldValue cell) {
		return number(cell, null);
	}

	/** A number, also accepting {@code unitOfMeasure} (the indicator's unit) after it. */
	public static ParsedValue<BigDecimal> number(FieldValue cell, String unitOfMeasure) {
		if (cell.number() != null) {
			return numericCell(cell);
		}
		return number(cell.text(), unitOfMeasure);
	}

	public static ParsedValue<BigDecimal> number(String text, String unitOfMeasure) {
		String t = halfWidth(text).strip();
		if (t.isEmpty()) {
			return ParsedValue.blank();
		}
		Matcher m = NUMBER_WITH_UNIT.matcher(t);
		if (!m.matches() || !acceptedUnit(m.group(3), unitOfMeasure)) {
			return ParsedValue.invalid(describe(text));
		}
		BigDecimal value = new BigDecimal(m.group(1).replace(",", ""));
		return ParsedValue.of(plain(m.group(2) != null ? value.multiply(TEN_THOUSAND) : value));
	}

	/** A completion rate as a fraction: 0.85 for 85 %. */
	public static ParsedValue<BigDecimal> percent(FieldValue cell) {
		if (cell.number() != null) {
			ParsedValue<BigDecimal> read = numericCell(cell);
			return read.isPresent() ? ParsedValue.of(fraction(read.value())) : read;
		}
		String t = halfWidth(cell.text()).strip();
		if (t.isEmpty()) {
			return ParsedValue.blank();
		}
		boolean percentSign = t.endsWith("%");
		String digits = percentSign ? t.substring(0, t.length() - 1).strip() : t;
		if (!NUMBER.matcher(digits).matches()) {
			return ParsedValue.invalid(describe(cell.text()));
		}
		BigDecimal value = new BigDecimal(digits.replace(",", ""));
		return ParsedValue.of(percentSign ? plain(value.movePointLeft(2)) : fraction(value));
	}

	public static ParsedValue<LocalDate> date(FieldValue cell) {
		return DateText.read(cell);
	}

	/** A date; one written without a year (11月5日) takes {@code year}, the form's. */
	public static ParsedValue<LocalDate> date(FieldValue cell, int year) {
		return DateText.read(cell, year);
	}

	/**
	 * Whether the cell holds one of the marks people write for 不涉及 / nothing: 「/」「—」「－」「-」「无」「不涉及」
	 * 「暂无」. In an optional cell it means the cell is empty.
	 */
	public static boolean meansNothing(FieldValue cell) {
		return cell.number() == null && NOTHING.contains(halfWidth(cell.text()).replaceAll("\\s", ""));
	}

	/** 是/否, Y/N, √/×, TRUE/FALSE, or a numeric 1/0. */
	public static ParsedValue<Boolean> yesNo(FieldValue cell) {
		if (cell.number() != null) {
			double n = cell.number();
			return n == 1 ? ParsedValue.of(true) : n == 0 ? ParsedValue.of(false) : ParsedValue.invalid(describe(cell));
		}
		String t = halfWidth(cell.text()).replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		if (t.isEmpty()) {
			return ParsedValue.blank();
		}
		if (YES.contains(t) || NO.contains(t)) {
			return ParsedValue.of(YES.contains(t));
		}
		return ParsedValue.invalid(describe(cell.text()));
	}

	/** 未开工/在建/已完工/已验收 and the other ways of writing them listed in {@link ProjectStatus}. */
	public static ParsedValue<ProjectStatus> status(FieldValue cell) {
		String t = halfWidth(cell.text()).strip();
		if (t.isEmpty() && cell.number() == null) {
			return ParsedValue.blank();
		}
		return ProjectStatus.fromText(t).map(ParsedValue::of).orElseGet(() -> ParsedValue.invalid(describe(cell)));
	}

	/** An indicator code as the catalog writes it: half-width, no spaces, upper case, plain hyphen. */
	public static String code(String text) {
		if (isPlainCode(text)) {
			return text; // what a code typed in the template looks like already; this runs for every list row
		}
		String plain = WHITESPACE.matcher(halfWidth(text)).replaceAll("");
		return DASH.matcher(plain).replaceAll("-").toUpperCase(Locale.ROOT);
	}

	/** Upper-case ASCII letters, digits and plain hyphens only: {@link #code} would return it unchanged. */
	private static boolean isPlainCode(String text) {
		if (text == null) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
				return false;
			}
		}
		return true;
	}

	/** A reporting month written as 2023年11月, 2023年11月份, 2023-11, 2023.11, 2023/11 or a full date. */
	public static Optional<YearMonth> yearMonth(String text) {
		return DateText.yearMonth(text);
	}

	/** Full-width ASCII forms and the odd spaces and minus signs turned into plain ASCII. */
	public static String halfWidth(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			if (c >= '\uFF01' && c <= '\uFF5E') {
				out.append((char) (c - 0xFEE0));
			}
			else if (c == '\u3000' || c == '\u00A0' || (c >= '\u2002' && c <= '\u200B')) {
				out.append(' ');
			}
			else {
				out.append(c == '\u2212' ? '-' : c);
			}
		}
		return out.toString();
	}

	static ParsedValue<BigDecimal> numericCell(FieldValue cell) {
		double n = cell.number();
		if (cell.dateFormatted()) {
			return ParsedValue.invalid("实际为日期" + Texts.quote(cell.text()));
		}
		if (Double.isNaN(n) || Double.isInfinite(n)) {
			return ParsedValue.invalid(describe(cell.text()));
		}
		// 15 significant digits drop the binary noise of formulas (0.1 + 0.2) without touching real figures.
		return ParsedValue.of(plain(new BigDecimal(n, new MathContext(15))));
	}

	static String describe(FieldValue cell) {
		return describe(cell.text().isEmpty() && cell.number() != null ? cell.number().toString() : cell.text());
	}

	static String describe(String text) {
		String t = halfWidth(text).strip();
		if (FORMULA_ERROR.matcher(t).matches()) {
			return "实际为公式错误" + Texts.quote(t);
		}
		return "实际填写为" + Texts.quote(text);
	}

	private static boolean acceptedUnit(String unit, String unitOfMeasure) {
		String u = unit.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
		return u.isEmpty() || KNOWN_UNITS.contains(u)
				|| (unitOfMeasure != null && u.equals(unitOfMeasure.replaceAll("\\s", "").toUpperCase(Locale.ROOT)));
	}

	private static BigDecimal fraction(BigDecimal value) {
		return value.abs().compareTo(PERCENT_POINTS_ABOVE) > 0 ? plain(value.movePointLeft(2)) : value;
	}

	private static BigDecimal plain(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

}
