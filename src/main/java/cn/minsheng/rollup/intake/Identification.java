package cn.minsheng.rollup.intake;

import java.time.YearMonth;
import java.util.Objects;

/**
 * Which unit a form comes from and which month it reports, and where each was learnt.
 *
 * @param unit the responsible unit, as the catalog names it
 * @param period the reporting month
 * @param unitSource where the unit was found
 * @param periodSource where the period was found
 * @param templateVersion the template version written in the hidden metadata, {@code null} without metadata
 */
public record Identification(String unit, YearMonth period, Source unitSource, Source periodSource,
		String templateVersion) {

	public Identification {
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(unitSource, "unitSource");
		Objects.requireNonNull(periodSource, "periodSource");
	}

	/** Where a fact about the form was found, most trusted first. */
	public enum Source {

		/** The hidden sheet the template carries. */
		METADATA,
		/** 填报单位 / 报送月份 above the table. */
		HEADER,
		/** The indicator codes in the rows, all owned by one unit. */
		CODES,
		/** The file name. */
		FILE_NAME,
		/** The folder the file was dropped in (input/2023-11/…), for the month only: the last hint. */
		FOLDER

	}

}
