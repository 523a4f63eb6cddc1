package cn.minsheng.rollup.form;

import java.time.YearMonth;

/**
 * How handed-out form files are named: {@code 县人社局-2023年11月-月报表.xlsx}, safe on Windows and Linux file systems.
 */
public final class FormFileNames {

	public static final String SUFFIX = "月报表";

	private FormFileNames() {
	}

	/** The name without extension, e.g. {@code 县人社局-2023年11月-月报表}. */
	public static String baseName(String unit, YearMonth period) {
		return sanitize(unit) + "-" + Periods.chinese(period) + "-" + SUFFIX;
	}

	/** The name with the given extension ({@code .xlsx} or {@code .xls}). */
	public static String fileName(String unit, YearMonth period, String extension) {
		return baseName(unit, period) + extension;
	}

	/**
	 * Replaces what Windows or Linux forbid in a file name (and control characters) by an underscore, and trims
	 * leading and trailing spaces and dots, which Windows drops silently.
	 */
	public static String sanitize(String name) {
		String cleaned = name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		cleaned = cleaned.replaceAll("^[.\\s]+|[.\\s]+$", "");
		return cleaned.isEmpty() ? "_" : cleaned;
	}

}
