package cn.minsheng.rollup.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import cn.minsheng.rollup.progress.ProgressClass;
import cn.minsheng.rollup.progress.ProgressTally;

/**
 * Ranks the units: first by the share of their indicators completed, then by their mean capped progress.
 * <p>
 * A share rather than a count, because units own between one and seven indicators and a count would rank by size.
 * Units with equal figures share a rank (1, 2, 2, 4) and are listed in catalog order. A unit none of whose
 * indicators has a figure to be judged on is not ranked (ranking it 0% would say it did nothing, when we do not
 * know): it is listed last, unranked.
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
		Map<String, List<IndicatorLine>> byUnit = new HashMap<>();
		lines.forEach((l) -> byUnit.computeIfAbsent(l.indicator().responsibleUnit(), (u) -> new ArrayList<>()).add(l));
		List<UnitLine> unranked = new ArrayList<>();
		for (String unit : units) {
			List<IndicatorLine> own = byUnit.getOrDefault(unit, List.of());
			int carried = (int) own.stream().filter(IndicatorLine::carried).count();
			unranked.add(new UnitLine(submissions.apply(unit),
					ProgressTally.of(own.stream().map(IndicatorLine::progress).toList()), carried, null));
		}
		// A stable sort keeps catalog order among equals.
		List<UnitLine> sorted = unranked.stream()
			.sorted(Comparator.comparing(UnitRanking::rankable).reversed()
				.thenComparing(UnitLine::tally, BEST_FIRST))
			.toList();
		List<UnitLine> ranked = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			UnitLine line = sorted.get(i);
			Integer rank = null;
			if (rankable(line)) {
				boolean tie = i > 0 && BEST_FIRST.compare(sorted.get(i - 1).tally(), line.tally()) == 0;
				rank = tie ? ranked.get(i - 1).rank() : i + 1;
			}
			ranked.add(new UnitLine(line.submission(), line.tally(), line.carried(), rank));
		}
		return ranked;
	}

	private static boolean rankable(UnitLine line) {
		return line.tally().count(ProgressClass.NOT_REPORTED) < line.tally().indicators();
	}

}
