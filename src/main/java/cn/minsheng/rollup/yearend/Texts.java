package cn.minsheng.rollup.yearend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * How the year-end documents write figures: 1,234.5 万元, 85.0%, 2023年12月31日.
 */
final class Texts {

	private Texts() {
	}

	static String number(BigDecimal value) {
		return value == null ? "—" : value.stripTrailingZeros().toPlainString();
	}

	static String money(BigDecimal value) {
		return value == null ? "—" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** A fraction as a percentage with one decimal; 「—」 for none. */
	static String percent(BigDecimal fraction) {
		return fraction == null ? "—"
				: fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
	}

	static String percent(int count, int of) {
		return of == 0 ? "—" : percent(BigDecimal.valueOf(count).divide(BigDecimal.valueOf(of), 10,
				RoundingMode.HALF_UP));
	}

	static String date(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

}
