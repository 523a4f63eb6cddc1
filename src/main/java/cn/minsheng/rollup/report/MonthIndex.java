package cn.minsheng.rollup.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.progress.ProgressClass;
import cn.minsheng.rollup.progress.ProgressThresholds;
import cn.minsheng.rollup.progress.ScheduleProgress;
import cn.minsheng.rollup.validation.ReportedRow;

/**
 * The rows in force per month and indicator, taken only from the indicator's responsible unit, and the figure each
 * month is judged on: the month's own, or, with carry-forward, the latest earlier month's of the year.
 */
final class MonthIndex {

	private final Map<YearMonth, Map<String, ReportedRow>> rows = new HashMap<>();

	private final Map<YearMonth, Map<String, Optional<InForce>>> inForce = new HashMap<>();

	private final ProgressThresholds thresholds;

	private final boolean carryForward;

	MonthIndex(Catalog catalog, PeriodData data, ProgressThresholds thresholds, boolean carryForward) {
		this.thresholds = thresholds;
		this.carryForward = carryForward;
		Map<String, Indicator> byCode = new HashMap<>();
		catalog.indicators().forEach((i) -> byCode.put(i.code(), i));
		for (UnitRow unitRow : data.rows()) {
			Indicator indicator = byCode.get(unitRow.row().code());
			// A unit's figures count only for the indicators it is responsible for.
			if (indicator != null && indicator.responsibleUnit().equals(unitRow.unit())) {
				this.rows.computeIfAbsent(unitRow.month(), (m) -> new HashMap<>())
					.putIfAbsent(indicator.code(), unitRow.row());
			}
		}
	}

	/** The month's own row, with or without a figure. */
	Optional<ReportedRow> row(YearMonth month, Indicator indicator) {
		return Optional.ofNullable(this.rows.getOrDefault(month, Map.of()).get(indicator.code()));
	}

	/**
	 * The figure {@code month} is judged on: the month's own; else, with carry-forward, the latest earlier month's of
	 * the year; empty when there is none.
	 */
	Optional<InForce> inForce(YearMonth month, Indicator indicator) {
		Map<String, Optional<InForce>> ofMonth = this.inForce.computeIfAbsent(month, (m) -> new HashMap<>());
		Optional<InForce> known = ofMonth.get(indicator.code());
		if (known != null) {
			return known;
		}
		Optional<InForce> found = own(month, indicator);
		if (found.isEmpty() && this.carryForward && month.getMonthValue() > 1) {
			found = inForce(month.minusMonths(1), indicator);
		}
		ofMonth.put(indicator.code(), found);
		return found;
	}

	/** The latest month before {@code month} in the year with a figure of its own, whatever carry-forward says. */
	Optional<InForce> latestBefore(YearMonth month, Indicator indicator) {
		for (YearMonth m = month.minusMonths(1); m.getYear() == month.getYear(); m = m.minusMonths(1)) {
			Optional<InForce> own = own(m, indicator);
			if (own.isPresent()) {
				return own;
			}
		}
		return Optional.empty();
	}

	private Optional<InForce> own(YearMonth month, Indicator indicator) {
		return row(month, indicator).flatMap((r) -> Optional.ofNullable(reportedValue(indicator, r))
			.map((v) -> new InForce(month, r, v)));
	}

	ScheduleProgress progress(YearMonth month, Indicator indicator) {
		BigDecimal value = inForce(month, indicator).map(InForce::value).orElse(null);
		return ScheduleProgress.assess(indicator, month.getMonthValue(), value, this.thresholds);
	}

	/** Whether any of {@code indicators} has a figure of the month's own (an accepted figure of that month). */
	boolean anyOwnFigure(YearMonth month, List<Indicator> indicators) {
		return indicators.stream().anyMatch((i) -> own(month, i).isPresent());
	}

	/** Whether any of {@code indicators} has a figure to be judged on in {@code month}. */
	boolean anyFigure(YearMonth month, List<Indicator> indicators) {
		return indicators.stream().anyMatch((i) -> inForce(month, i).isPresent());
	}

	/** The codes of {@code indicators} that were 已完成 in any month of the year up to {@code last}. */
	Set<String> completedThrough(List<Indicator> indicators, YearMonth last) {
		Set<String> codes = new HashSet<>();
		for (YearMonth m = YearMonth.of(last.getYear(), 1); !m.isAfter(last); m = m.plusMonths(1)) {
			for (Indicator indicator : indicators) {
				if (progress(m, indicator).progressClass() == ProgressClass.COMPLETED) {
					codes.add(indicator.code());
				}
			}
		}
		return codes;
	}

	/**
	 * The figure progress is judged on: 累计完成, or, where only 完成率 was given, 完成率 × 年度目标; {@code null}
	 * when the row has neither.
	 */
	static BigDecimal reportedValue(Indicator indicator, ReportedRow row) {
		if (row.cumulativeDone() != null) {
			return row.cumulativeDone();
		}
		return row.completionRate() == null ? null : row.completionRate().multiply(indicator.annualTarget());
	}

	/** A figure and the month and row it comes from. */
	record InForce(YearMonth month, ReportedRow row, BigDecimal value) {
	}

}
