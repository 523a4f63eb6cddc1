package cn.minsheng.rollup.validation;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DateUtil;

import cn.minsheng.rollup.workbook.FieldValue;

/**
 * Dates as units write them.
 * <ul>
 * <li>Numeric cells: an Excel serial in the workbook's date system (1900, with its phantom 29 Feb 1900, or 1904),
 * read with POI's {@link DateUtil}; a serial counts when the cell has a date format or it falls in 1990–2099. An
 * eight-digit number such as 20231105 is read as yyyyMMdd.</li>
 * <li>Text: 2023年11月5日 (or 5号), 2023.11.5, 2023/11/05, 2023-11-05 (a time after it is ignored), 20231105.</li>
 * <li>A month alone (2023年11月, 2023-11) is read as the month's first day: it is the earliest the unit can mean,
 * so a 完工日期 written that way is never pushed past the reporting month.</li>
 * <li>A day without a year (11月5日, 11月5号) takes the form's year, when the form's year is known.</li>
 * <li>A date-formatted number before 1990 is not a date of the year: 「9.5」 typed into a date cell becomes
 * 1900-01-09, which no unit means.</li>
 * </ul>
 */
final class DateText {

	private static final Pattern FULL = Pattern.compile(
			"(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?|[./-](\\d{1,2})[./-](\\d{1,2})"
					+ "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?|(\\d{2})(\\d{2}))");

	private static final Pattern MONTH = Pattern.compile("(\\d{4})\\s*(?:年\\s*(\\d{1,2})\\s*月份?|[./-](\\d{1,2}))");

	private static final int PLAUSIBLE_FROM = 1990;

	private static final int PLAUSIBLE_TO = 2099;

	private DateText() {
	}

	private static final Pattern WITHOUT_YEAR = Pattern.compile("(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]?");

	static ParsedValue<LocalDate> read(FieldValue cell) {
		return read(cell, 0);
	}

	/** @param year the form's year, for a date written without one; 0 when unknown */
	static ParsedValue<LocalDate> read(FieldValue cell, int year) {
		if (cell.number() != null) {
			return serial(cell);
		}
		String t = ValueParser.halfWidth(cell.text()).strip();
		if (t.isEmpty()) {
			return ParsedValue.blank();
		}
		Matcher withoutYear = WITHOUT_YEAR.matcher(t);
		if (year > 0 && withoutYear.matches()) {
			return ymd(String.valueOf(year), withoutYear.group(1), withoutYear.group(2)).map(ParsedValue::of)
				.orElseGet(() -> ParsedValue.invalid(ValueParser.describe(cell.text())));
		}
		Optional<LocalDate> date = fullDate(t)
			.or(() -> MONTH.matcher(t).matches() ? yearMonth(t).map((ym) -> ym.atDay(1)) : Optional.empty());
		return date.map(ParsedValue::of).orElseGet(() -> ParsedValue.invalid(ValueParser.describe(cell.text())));
	}

	static Optional<YearMonth> yearMonth(String text) {
		String t = ValueParser.halfWidth(text).strip();
		Matcher m = MONTH.matcher(t);
		if (m.matches()) {
			return ym(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
		}
		return fullDate(t).map(YearMonth::from);
	}

	private static ParsedValue<LocalDate> serial(FieldValue cell) {
		double n = cell.number();
		if (n == Math.rint(n) && n >= 19000101 && n <= 29991231) {
			Optional<LocalDate> ymd = fullDate(BigDecimal.valueOf(n).toBigInteger().toString());
			if (ymd.isPresent()) {
				return ParsedValue.of(ymd.get());
			}
		}
		if (DateUtil.isValidExcelDate(n)) {
			LocalDate date = DateUtil.getLocalDateTime(n, cell.date1904()).toLocalDate();
			if (date.getYear() >= PLAUSIBLE_FROM && date.getYear() <= PLAUSIBLE_TO) {
				return ParsedValue.of(date);
			}
			if (cell.dateFormatted()) {
				// what Excel makes of 「9.5」 typed into a date cell: shown as a date, meant as none
				return ParsedValue.invalid("实际为" + Texts.quote(date.toString()) + "（可能是把「"
						+ Texts.number(java.math.BigDecimal.valueOf(n)) + "」这样的数字填进了日期格），请按 2023-11-05 的格式填写日期");
			}
		}
		return ParsedValue.invalid(ValueParser.describe(cell));
	}

	private static Optional<LocalDate> fullDate(String t) {
		Matcher m = FULL.matcher(t);
		if (!m.matches()) {
			return Optional.empty();
		}
		for (int g : List.of(2, 4, 6)) {
			if (m.group(g) != null) {
				return ymd(m.group(1), m.group(g), m.group(g + 1));
			}
		}
		return Optional.empty();
	}

	private static Optional<LocalDate> ymd(String year, String month, String day) {
		try {
			return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static Optional<YearMonth> ym(String year, String month) {
		try {
			return Optional.of(YearMonth.of(Integer.parseInt(year), Integer.parseInt(month)));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
