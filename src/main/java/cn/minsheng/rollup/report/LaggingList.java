package cn.minsheng.rollup.report;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;

import cn.minsheng.rollup.progress.ProgressClass;

/**
 * Picks the lagging indicators and decides on the follow-up: a 督办函 for red, or for lagging two months running;
 * a reminder at the dispatch otherwise.
 */
final class LaggingList {

	static final String LETTER_RED = "发督办函（严重滞后）";

	static final String LETTER_REPEATED = "发督办函（连续两个月及以上滞后）";

	static final String REMINDER = "调度会提醒，下月仍滞后将发督办函";

	private final MonthIndex index;

	private final YearMonth period;

	LaggingList(MonthIndex index, YearMonth period) {
		this.index = index;
		this.period = period;
	}

	List<LaggingLine> of(List<IndicatorLine> lines) {
		Comparator<LaggingLine> order = Comparator
			.comparing((LaggingLine l) -> l.line().progress().progressClass() != ProgressClass.SERIOUSLY_BEHIND)
			.thenComparing((LaggingLine l) -> l.line().progress().gapPoints())
			.thenComparingInt((LaggingLine l) -> l.line().seq());
		return lines.stream().filter((l) -> l.progress().progressClass().lagging()).map(this::lagging)
			.sorted(order)
			.toList();
	}

	private LaggingLine lagging(IndicatorLine line) {
		int months = monthsBehind(line);
		boolean red = line.progress().progressClass() == ProgressClass.SERIOUSLY_BEHIND;
		if (red) {
			return new LaggingLine(line, months, true, LETTER_RED);
		}
		return months >= 2 ? new LaggingLine(line, months, true, LETTER_REPEATED)
				: new LaggingLine(line, months, false, REMINDER);
	}

	/** Consecutive months ending with the period in which the indicator lagged; a month without a figure ends it. */
	private int monthsBehind(IndicatorLine line) {
		int months = 0;
		for (YearMonth m = this.period; m.getYear() == this.period.getYear(); m = m.minusMonths(1)) {
			if (!this.index.progress(m, line.indicator()).progressClass().lagging()) {
				break;
			}
			months++;
		}
		return months;
	}

}
