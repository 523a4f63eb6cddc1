package cn.minsheng.rollup.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.minsheng.rollup.progress.ProgressTally;
import cn.minsheng.rollup.progress.ScheduleProgress;

/**
 * Ranks the units: first by the share of their indicators completed, then by their mean capped progress.
 * <p>
 * A share rather than a count, because units own between one and seven indicators and a count would rank by size.
 * Units with equal figures share a rank (1, 2, 2, 4) and are listed in catalog order.
 */
final class UnitRanking {

	private static final Comparator<ProgressTally> BEST_FIRST = Comparator
		.comparing(ProgressTally::completionShare)
		.thenComparing(ProgressTally::meanProgress)
		.reversed();

	private UnitRanking() {
	}

	static List<UnitLine> rank(List<String> units, Function<String, UnitSubmission> submissions,
			List<IndicatorLine> lines) {
		Map<String, List<ScheduleProgress>> byUnit = new HashMap<>();
		lines.forEach((l) -> byUnit.computeIfAbsent(l.indicator().responsibleUnit(), (u) -> new ArrayList<>())
			.add(l.progress()));
		List<UnitLine> unranked = new ArrayList<>();
		for (String unit : units) {
			unranked.add(new UnitLine(submissions.apply(unit),
					ProgressTally.of(byUnit.getOrDefault(unit, List.of())), 0));
		}
		// A stable sort keeps catalog order among equals.
		List<UnitLine> sorted = unranked.stream().sorted(Comparator.comparing(UnitLine::tally, BEST_FIRST)).toList();
		List<UnitLine> ranked = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			UnitLine line = sorted.get(i);
			boolean tie = i > 0 && BEST_FIRST.compare(sorted.get(i - 1).tally(), line.tally()) == 0;
			int rank = tie ? ranked.get(i - 1).rank() : i + 1;
			ranked.add(new UnitLine(line.submission(), line.tally(), rank));
		}
		return ranked;
	}

}
