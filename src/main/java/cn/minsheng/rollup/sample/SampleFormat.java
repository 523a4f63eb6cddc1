package cn.minsheng.rollup.sample;

import java.util.Locale;
import java.util.Optional;

/**
 * The file format a sample form is saved in.
 */
public enum SampleFormat {

	/** Excel 2007+ workbook, as handed out. */
	XLSX(".xlsx", 1_048_575),
	/** Excel 97–2003 workbook, as an older Excel or WPS saves it; at most 65,535 list rows. */
	XLS(".xls", 65_535);

	private final String extension;

	private final int maxDistributionRows;

	SampleFormat(String extension, int maxDistributionRows) {
		this.extension = extension;
		this.maxDistributionRows = maxDistributionRows;
	}

	public String extension() {
		return this.extension;
	}

	/** Rows 项目分布清单 can hold below its header in this format. */
	public int maxDistributionRows() {
		return this.maxDistributionRows;
	}

	/** Accepts {@code xlsx}, {@code .XLS} and the like. */
	public static Optional<SampleFormat> fromText(String text) {
		String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
		for (SampleFormat format : values()) {
			if (format.extension.equals(t) || format.extension.substring(1).equals(t)) {
				return Optional.of(format);
			}
		}
		return Optional.empty();
	}

}
