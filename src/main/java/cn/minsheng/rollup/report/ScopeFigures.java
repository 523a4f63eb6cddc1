package cn.minsheng.rollup.report;

import java.util.List;
import java.util.Objects;

import cn.minsheng.rollup.progress.ProgressTally;

/**
 * The figures of a group of indicators: the county, a level, a category or a unit.
 */
public record ScopeFigures(String label, ProgressTally tally, Funds funds, Acceptance acceptance) {

	public ScopeFigures {
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(tally, "tally");
		Objects.requireNonNull(funds, "funds");
		Objects.requireNonNull(acceptance, "acceptance");
	}

	static ScopeFigures of(String label, List<IndicatorLine> lines) {
		Funds funds = Funds.NONE;
		int online = 0;
		int offline = 0;
		for (IndicatorLine line : lines) {
			funds = funds.plus(line.funds());
			online += line.row() != null && Boolean.TRUE.equals(line.row().onlineAccepted()) ? 1 : 0;
			offline += line.row() != null && Boolean.TRUE.equals(line.row().offlineAccepted()) ? 1 : 0;
		}
		ProgressTally tally = ProgressTally.of(lines.stream().map(IndicatorLine::progress).toList());
		return new ScopeFigures(label, tally, funds, new Acceptance(lines.size(), online, offline));
	}

}
