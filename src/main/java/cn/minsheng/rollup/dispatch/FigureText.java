package cn.minsheng.rollup.dispatch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Writes the summary's figures as the documents print them, rounded as the summary workbook shows them: rates with
 * one decimal (0.0%), gaps in points with one decimal, money with two decimals (#,##0.00).
 */
final class FigureText {

	static final String NONE = "—";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private FigureText() {
	}

	/** 0.4532 → 45.3%; {@code null} → —. */
	static String percent(BigDecimal fraction) {
		return fraction == null ? NONE : fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP) + "%";
	}

	/** −38.24 → -38.2; {@code null} → —. */
	static String points(BigDecimal points) {
		return points == null ? NONE : points.setScale(1, RoundingMode.HALF_UP).toPlainString();
	}

	/** −38.24 → 38.2, for prose that says 落后 or 超前 itself. */
	static String pointsAbsolute(BigDecimal points) {
		return points(points.abs());
	}

	/** A quantity without trailing zeros: 4125.50 → 4125.5; {@code null} → —. */
	static String quantity(BigDecimal value) {
		return value == null ? NONE : value.stripTrailingZeros().toPlainString();
	}

	/** 1234.5 → 1,234.50. */
	static String money(BigDecimal wan) {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(wan);
	}

	/** 2023年12月1日: Arabic numerals, as GB/T 9704-2012 writes the date of a document. */
	static String date(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	/** 11月底. */
	static String monthEnd(YearMonth period) {
		return period.getMonthValue() + "月底";
	}

	/** Thresholds and other configured points as the office writes them: 30, 12.5. */
	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
