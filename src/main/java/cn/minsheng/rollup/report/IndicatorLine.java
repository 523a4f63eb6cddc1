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
 * @param lastReportedMonth for an indicator without a figure of its own this month: the latest earlier month with a
 * figure, else {@code null}
 * @param lastReportedValue the figure of {@code lastReportedMonth}
 * @param carriedRow the row of {@code lastReportedMonth} when the month is judged on it (carry-forward, 沿用数据);
 * {@code null} when the indicator is judged on its own figure or has none
 */
public record IndicatorLine(int seq, Indicator indicator, ReportedRow row, ScheduleProgress progress,
		String sourceFile, Integer version, YearMonth lastReportedMonth, BigDecimal lastReportedValue,
		ReportedRow carriedRow) implements DetailLine {

	public IndicatorLine {
		Objects.requireNonNull(indicator, "indicator");
		Objects.requireNonNull(progress, "progress");
		if (carriedRow != null && (lastReportedMonth == null || lastReportedValue == null)) {
			throw new IllegalArgumentException("a carried figure names its month and value");
		}
	}

	/** The line without a carried figure: it is judged on the month's own figure, or has none. */
	public IndicatorLine(int seq, Indicator indicator, ReportedRow row, ScheduleProgress progress, String sourceFile,
			Integer version, YearMonth lastReportedMonth, BigDecimal lastReportedValue) {
		this(seq, indicator, row, progress, sourceFile, version, lastReportedMonth, lastReportedValue, null);
	}

	/** Whether the month is judged on an earlier month's figure (沿用数据). */
	public boolean carried() {
		return carriedRow != null;
	}

	/** The row the money and acceptance come from: the month's own, else the carried one; {@code null} for none. */
	public ReportedRow figuresRow() {
		return row != null ? row : carriedRow;
	}

	/** 累计完成 as judged: the month's own, or the carried figure; {@code null} when there is none. */
	public BigDecimal cumulativeInForce() {
		if (carried()) {
			return lastReportedValue;
		}
		return row == null ? null : row.cumulativeDone();
	}

	/** Planned money from the catalog, in place and spent from {@link #figuresRow()} (0 when there is none). */
	public Funds funds() {
		BigDecimal planned = indicator.plannedFundsWan() == null ? BigDecimal.ZERO : indicator.plannedFundsWan();
		ReportedRow figures = figuresRow();
		if (figures == null) {
			return new Funds(planned, BigDecimal.ZERO, BigDecimal.ZERO);
		}
		return new Funds(planned, orZero(figures.fundsInPlace()), orZero(figures.investmentDone()));
	}

	private static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

}
