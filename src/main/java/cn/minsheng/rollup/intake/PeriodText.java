package cn.minsheng.rollup.intake;

import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.minsheng.rollup.workbook.RowText;

/**
 * Reads a reporting month as people write it: 2023年11月, 2023年11月份, 2023-11, 2023.11, 2023/11, 202311, 十一月,
 * or just 11月 (with the catalog's year); full-width digits too.
 */
final class PeriodText {

	/** 2023年1-11月: a cumulative range names the month it ends with. */
	private static final Pattern YEAR_MONTH_RANGE = Pattern
		.compile("(?<!\\d)(20\\d{2})年(?:\\d{1,2})月?[-—~至到](\\d{1,2})月");

	private static final Pattern YEAR_MONTH = Pattern.compile("(?<!\\d)(20\\d{2})(?:年|[-./_])(\\d{1,2})(?!\\d)");

	private static final Pattern YEAR_CHINESE_MONTH = Pattern.compile("(?<!\\d)(20\\d{2})年(十[一二]|[一二三四五六七八九十])月");

	private static final Pattern COMPACT = Pattern.compile("(?<!\\d)(20\\d{2})(0[1-9]|1[0-2])(?!\\d)");

	private static final Pattern MONTH_ONLY = Pattern.compile("(?<!\\d)(1[0-2]|0?[1-9])月");

	private static final Pattern CHINESE_MONTH_ONLY = Pattern.compile("(十[一二]|[一二三四五六七八九十])月");

	private static final List<String> CHINESE_MONTHS = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
			"十一", "十二");

	/** A bare month number, accepted only where the text is known to be the month (after 报送月份). */
	private static final Pattern BARE_MONTH = Pattern.compile("(1[0-2]|0?[1-9])(?:\\.0)?");

	private PeriodText() {
	}

	/** The month written after 报送月份: any spelling {@link #parse} reads, or just the month's number. */
	static Optional<YearMonth> parseDeclared(String text, int defaultYear) {
		Matcher bare = BARE_MONTH.matcher(RowText.compact(text == null ? "" : text));
		return bare.matches() ? of(defaultYear, Integer.parseInt(bare.group(1))) : parse(text, defaultYear);
	}

	/**
	 * Every month the text mentions, the one {@link #parse} reads first: a file name may carry the day it was sent
	 * (县人社局11月报表（2023-12-01）.xlsx) beside the month it reports.
	 */
	static Set<YearMonth> allIn(String text, int defaultYear) {
		String compact = RowText.compact(text == null ? "" : text);
		Set<YearMonth> months = new LinkedHashSet<>();
		parse(compact, defaultYear).ifPresent(months::add);
		collect(YEAR_MONTH.matcher(compact), months,
				(m) -> of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
		collect(COMPACT.matcher(compact), months,
				(m) -> of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
		collect(MONTH_ONLY.matcher(compact), months, (m) -> of(defaultYear, Integer.parseInt(m.group(1))));
		return months;
	}

	private static void collect(Matcher matcher, Set<YearMonth> months,
			java.util.function.Function<Matcher, Optional<YearMonth>> month) {
		while (matcher.find()) {
			month.apply(matcher).ifPresent(months::add);
		}
	}

	/**
	 * The first month found in the text.
	 * @param defaultYear the year for a month written without one
	 */
	static Optional<YearMonth> parse(String text, int defaultYear) {
		String compact = RowText.compact(text == null ? "" : text);
		Matcher m = YEAR_MONTH_RANGE.matcher(compact);
		if (m.find()) {
			return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		}
		m = YEAR_MONTH.matcher(compact);
		if (m.find()) {
			return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		}
		m = YEAR_CHINESE_MONTH.matcher(compact);
		if (m.find()) {
			return of(Integer.parseInt(m.group(1)), CHINESE_MONTHS.indexOf(m.group(2)) + 1);
		}
		m = COMPACT.matcher(compact);
		if (m.find()) {
			return of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		}
		m = MONTH_ONLY.matcher(compact);
		if (m.find()) {
			return of(defaultYear, Integer.parseInt(m.group(1)));
		}
		m = CHINESE_MONTH_ONLY.matcher(compact);
		if (m.find()) {
			return of(defaultYear, CHINESE_MONTHS.indexOf(m.group(1)) + 1);
		}
		return Optional.empty();
	}

	private static Optional<YearMonth> of(int year, int month) {
		return month >= 1 && month <= 12 ? Optional.of(YearMonth.of(year, month)) : Optional.empty();
	}

}
