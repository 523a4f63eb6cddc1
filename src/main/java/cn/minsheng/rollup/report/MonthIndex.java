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
 * The rows in force per month and indicator, taken only from the indicator's responsible unit.
 */
final class MonthIndex {

	private final Map<YearMonth, Map<String, ReportedRow>> rows = new HashMap<>();

	private final ProgressThresholds thresholds;

	MonthIndex(Catalog catalog, PeriodData data, ProgressThresholds thresholds) {
		this.thresholds = thresholds;
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

	Optional<ReportedRow> row(YearMonth month, Indicator indicator) {
		return Optional.ofNullable(this.rows.getOrDefault(month, Map.of()).get(indicator.code()));
	}

	ScheduleProgress progress(YearMonth month, Indicator indicator) {
		BigDecimal value = row(month, indicator).map((r) -> reportedValue(indicator, r)).orElse(null);
		return ScheduleProgress.assess(indicator, month.getMonthValue(), value, this.thresholds);
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

}
