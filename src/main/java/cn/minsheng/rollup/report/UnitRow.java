package cn.minsheng.rollup.report;

import java.time.YearMonth;
import java.util.Objects;

import cn.minsheng.rollup.validation.ReportedRow;

/**
 * One row of the accepted submission in force for a unit and month.
 */
public record UnitRow(YearMonth month, String unit, ReportedRow row) {

	public UnitRow {
		Objects.requireNonNull(month, "month");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(row, "row");
	}

}
