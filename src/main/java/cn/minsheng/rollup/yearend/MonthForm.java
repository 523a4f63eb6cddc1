package cn.minsheng.rollup.yearend;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.minsheng.rollup.validation.ReportedRow;

/**
 * A unit's accepted form in force for one month, with its rows: what the year-end documents cite as their source.
 *
 * @param fileName the file as the unit sent it
 * @param storedPath where the original is kept (the archive)
 * @param version 1, 2, … among the unit's accepted forms of the month
 */
public record MonthForm(String unit, YearMonth month, long submissionId, String fileName, String storedPath,
		int version, String sha256, List<ReportedRow> rows) {

	public MonthForm {
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(month, "month");
		Objects.requireNonNull(fileName, "fileName");
		rows = List.copyOf(rows);
	}

	public Optional<ReportedRow> row(String code) {
		return this.rows.stream().filter((r) -> r.code().equals(code)).findFirst();
	}

	/** 「2023年11月 县民政局-2023-11.xlsx（第2版）」: how a document names this form. */
	public String describe() {
		return this.month.getYear() + "年" + this.month.getMonthValue() + "月 " + this.fileName
				+ (this.version > 1 ? "（第" + this.version + "版）" : "");
	}

}
