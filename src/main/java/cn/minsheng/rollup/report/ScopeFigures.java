package cn.minsheng.rollup.report;

import java.util.List;
import java.util.Objects;

import cn.minsheng.rollup.progress.ProgressTally;

/**
 * The figures of a group of indicators: the county, a level, a category or a unit.
 *
 * @param carried how many of the indicators are judged on an earlier month's figure (沿用数据)
 */
public record ScopeFigures(String label, ProgressTally tally, Funds funds, Acceptance acceptance, int carried) {

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
		int carried = 0;
		for (IndicatorLine line : lines) {
			funds = funds.plus(line.funds());
			online += line.figuresRow() != null && Boolean.TRUE.equals(line.figuresRow().onlineAccepted()) ? 1 : 0;
			offline += line.figuresRow() != null && Boolean.TRUE.equals(line.figuresRow().offlineAccepted()) ? 1 : 0;
			carried += line.carried() ? 1 : 0;
		}
		ProgressTally tally = ProgressTally.of(lines.stream().map(IndicatorLine::progress).toList());
		return new ScopeFigures(label, tally, funds, new Acceptance(lines.size(), online, offline), carried);
	}

}
