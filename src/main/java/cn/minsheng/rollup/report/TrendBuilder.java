package cn.minsheng.rollup.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Level;
import cn.minsheng.rollup.progress.ProgressTally;
import cn.minsheng.rollup.progress.ScheduleProgress;

/**
 * Builds the monthly series of mean capped progress, each month judged as its own summary judges it; a month in which
 * none of a series' indicators has a figure is left empty.
 */
final class TrendBuilder {

	private final Catalog catalog;

	private final MonthIndex index;

	TrendBuilder(Catalog catalog, MonthIndex index) {
		this.catalog = catalog;
		this.index = index;
	}

	Trend build(YearMonth period) {
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = YearMonth.of(period.getYear(), 1); !m.isAfter(period); m = m.plusMonths(1)) {
			months.add(m);
		}
		List<Trend.Series> series = new ArrayList<>();
		series.add(series(Trend.Kind.COUNTY, "全县", months, (i) -> true));
		for (Level level : Level.values()) {
			if (this.catalog.indicators().stream().anyMatch((i) -> i.level() == level)) {
				series.add(series(Trend.Kind.LEVEL, level.label(), months, (i) -> i.level() == level));
			}
		}
		Map<String, List<Indicator>> byUnit = new HashMap<>();
		this.catalog.indicators()
			.forEach((i) -> byUnit.computeIfAbsent(i.responsibleUnit(), (u) -> new ArrayList<>()).add(i));
		for (String unit : this.catalog.units()) {
			series.add(series(Trend.Kind.UNIT, unit, months, byUnit.get(unit)));
		}
		return new Trend(months, series);
	}

	private Trend.Series series(Trend.Kind kind, String label, List<YearMonth> months, Predicate<Indicator> member) {
		return series(kind, label, months, this.catalog.indicators().stream().filter(member).toList());
	}

	private Trend.Series series(Trend.Kind kind, String label, List<YearMonth> months, List<Indicator> indicators) {
		List<BigDecimal> values = new ArrayList<>();
		for (YearMonth month : months) {
			if (!this.index.anyFigure(month, indicators)) {
				// no figure at all: an empty cell and no point in the chart, not a drop to 0%
				values.add(null);
				continue;
			}
			List<ScheduleProgress> progresses = indicators.stream().map((i) -> this.index.progress(month, i)).toList();
			values.add(ProgressTally.of(progresses).meanProgress());
		}
		return new Trend.Series(kind, label, values);
	}

}
