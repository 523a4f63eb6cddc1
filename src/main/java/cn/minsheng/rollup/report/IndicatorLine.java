package cn.minsheng.rollup.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.progress.ScheduleProgress;
import cn.minsheng.rollup.validation.ReportedRow;

/**
 * One indicator of the summarized month.
 *
 * @param seq 1-based position in the catalog
 * @param row the responsible unit's row in force for the month, {@code null} when it reported none
 * @param sourceFile the file the row came from, {@code null} without a row
 * @param version the accepted version of that file, {@code null} without a row
 * @param lastReportedMonth for an indicator 未报送 this month: the latest earlier month with a figure, else
 * {@code null}; for information only, it counts nowhere
 * @param lastReportedValue the figure of {@code lastReportedMonth}
 */
public record IndicatorLine(int seq, Indicator indicator, ReportedRow row, ScheduleProgress progress,
		String sourceFile, Integer version, YearMonth lastReportedMonth, BigDecimal lastReportedValue)
		implements DetailLine {

	public IndicatorLine {
		Objects.requireNonNull(indicator, "indicator");
		Objects.requireNonNull(progress, "progress");
	}

	/** Planned money from the catalog, in place and spent from the row (0 when not reported). */
	public Funds funds() {
		BigDecimal planned = indicator.plannedFundsWan() == null ? BigDecimal.ZERO : indicator.plannedFundsWan();
		if (row == null) {
			return new Funds(planned, BigDecimal.ZERO, BigDecimal.ZERO);
		}
		return new Funds(planned, orZero(row.fundsInPlace()), orZero(row.investmentDone()));
	}

	private static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

}
