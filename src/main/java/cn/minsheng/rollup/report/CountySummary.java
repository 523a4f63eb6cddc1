package cn.minsheng.rollup.report;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.progress.ProgressThresholds;

/**
 * Everything the county summary workbook shows for one month, computed from the catalog and the ledger's accepted
 * data; no workbook concerns.
 *
 * @param thresholds the class thresholds the figures were judged with
 * @param carryForward whether an indicator without a figure of its own this month is judged on its latest earlier
 * figure of the year (沿用数据) rather than counted 未报送
 * @param details indicator lines in catalog order with category, level and county subtotal lines
 * @param units one line per unit of the catalog, best rank first
 * @param lagging the 滞后 and 严重滞后 indicators, red first, most behind first
 * @param problems reported 存在问题 / 下步措施, by unit in catalog order
 * @param warnings the accepted warnings in force, by unit in catalog order, then rule, sheet and cell
 */
public record CountySummary(YearMonth period, ProgressThresholds thresholds, boolean carryForward, Overview overview,
		List<DetailLine> details, List<UnitLine> units, List<LaggingLine> lagging, List<ProblemLine> problems,
		List<QualityWarning> warnings, Trend trend) {

	public CountySummary {
		Objects.requireNonNull(period, "period");
		Objects.requireNonNull(thresholds, "thresholds");
		Objects.requireNonNull(overview, "overview");
		details = List.copyOf(details);
		units = List.copyOf(units);
		lagging = List.copyOf(lagging);
		problems = List.copyOf(problems);
		warnings = List.copyOf(warnings);
		Objects.requireNonNull(trend, "trend");
	}

	/**
	 * Computes the summary of {@code data.period()} with carry-forward, the default.
	 * @throws IllegalArgumentException when the period is not in the catalog's year
	 */
	public static CountySummary of(Catalog catalog, PeriodData data, ProgressThresholds thresholds) {
		return of(catalog, data, thresholds, true);
	}

	/**
	 * Computes the summary of {@code data.period()}.
	 * @param carryForward judge an indicator without a figure this month on its latest earlier one of the year
	 * @throws IllegalArgumentException when the period is not in the catalog's year
	 */
	public static CountySummary of(Catalog catalog, PeriodData data, ProgressThresholds thresholds,
			boolean carryForward) {
		return new SummaryCalculator(catalog, data, thresholds, carryForward).compute();
	}

	/** The indicator lines only, in catalog order. */
	public List<IndicatorLine> indicatorLines() {
		return details.stream().filter(IndicatorLine.class::isInstance).map(IndicatorLine.class::cast).toList();
	}

}
