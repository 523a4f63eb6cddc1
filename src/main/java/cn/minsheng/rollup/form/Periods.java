package cn.minsheng.rollup.form;

import java.time.YearMonth;

/**
 * The Chinese way of writing a reporting month.
 */
public final class Periods {

	private Periods() {
	}

	/** 2023年11月 */
	public static String chinese(YearMonth period) {
		return period.getYear() + "年" + period.getMonthValue() + "月";
	}

}
