package cn.minsheng.rollup.dispatch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.minsheng.rollup.progress.ProgressClass;
import cn.minsheng.rollup.report.CountySummary;
import cn.minsheng.rollup.report.IndicatorLine;

/**
 * The indicators that reached 已完成 in the summarized month for the first time in the year: what the bulletin
 * reports as the units that finished items first.
 * <p>
 * "First time" is judged on the summaries of the earlier months of the year as the ledger has them now: an indicator
 * that was 已完成 in any earlier month (and, say, went unreported since) does not count again.
 *
 * @param lines the indicator lines of the summarized month, in catalog order
 */
record NewlyCompleted(List<IndicatorLine> lines) {

	NewlyCompleted {
		lines = List.copyOf(lines);
	}

	/**
	 * @param earlier the summaries of January to the month before {@code current}, in any order
	 */
	static NewlyCompleted of(CountySummary current, List<CountySummary> earlier) {
		return of(current, earlier.stream()
			.flatMap((s) -> s.indicatorLines().stream())
			.filter(NewlyCompleted::completed)
			.map((l) -> l.indicator().code())
			.collect(Collectors.toSet()));
	}

	/** @param before the codes of the indicators 已完成 in any earlier month of the year */
	static NewlyCompleted of(CountySummary current, Set<String> before) {
		return new NewlyCompleted(current.indicatorLines()
			.stream()
			.filter(NewlyCompleted::completed)
			.filter((l) -> !before.contains(l.indicator().code()))
			.toList());
	}

	/** The lines by responsible unit, units in catalog order. */
	Map<String, List<IndicatorLine>> byUnit() {
		return this.lines.stream()
			.collect(Collectors.groupingBy((l) -> l.indicator().responsibleUnit(), LinkedHashMap::new,
					Collectors.toList()));
	}

	private static boolean completed(IndicatorLine line) {
		return line.progress().progressClass() == ProgressClass.COMPLETED;
	}

}
