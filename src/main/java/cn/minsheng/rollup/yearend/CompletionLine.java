package cn.minsheng.rollup.yearend;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.progress.ScheduleProgress;

/**
 * One indicator's completion at year end, from its latest accepted form.
 *
 * @param value 累计完成 (or the standard reached); {@code null} when never reported
 * @param rate 完成率 as the measure judges it; {@code null} with {@code value}
 * @param completedIn the first month its figures reached the target; {@code null} when they did not
 * @param source the form and cell of {@code value}
 */
record CompletionLine(Indicator indicator, BigDecimal value, BigDecimal rate, YearMonth completedIn, String status,
		String source) {

	boolean completed() {
		return this.completedIn != null;
	}

	/** Completed before the month it was due in. */
	boolean early() {
		return this.completedIn != null && this.completedIn.getMonthValue() < this.indicator.dueMonth();
	}

	static List<CompletionLine> of(YearFigures year) {
		List<CompletionLine> lines = new ArrayList<>();
		for (Indicator indicator : year.catalog().indicators()) {
			Optional<YearFigures.Sourced> latest = year.latest(indicator, year.december());
			BigDecimal value = latest.map((s) -> s.row().cumulativeDone()).orElse(null);
			YearMonth completedIn = null;
			for (YearMonth m = YearMonth.of(year.year(), 1); !m.isAfter(year.december()); m = m.plusMonths(1)) {
				BigDecimal figure = year.row(indicator, m).map((s) -> s.row().cumulativeDone()).orElse(null);
				if (figure != null && ScheduleProgress.progress(indicator, figure).compareTo(BigDecimal.ONE) >= 0) {
					completedIn = m;
					break;
				}
			}
			lines.add(new CompletionLine(indicator, value,
					value == null ? null : ScheduleProgress.progress(indicator, value), completedIn,
					latest.map((s) -> s.row().status()).orElse(null),
					latest.map((s) -> s.form().describe() + " "
							+ FormCells.cell(FormColumn.CUMULATIVE_DONE, s.row().rowNumber())).orElse("全年未报送")));
		}
		return lines;
	}

}
