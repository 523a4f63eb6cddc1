package cn.minsheng.rollup.report;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Measure;
import cn.minsheng.rollup.validation.ReportedRow;

/**
 * The summary's figures worked out again from the rows, in plain doubles and without the production code, following
 * the 口径说明: what the workbook is checked against.
 */
final class ExpectedFigures {

	static final double YELLOW = 10;

	static final double RED = 30;

	static final double AHEAD = 5;

	/**
	 * One indicator: {@code rate} and {@code gap} are NaN when there is no figure at all; {@code row} is the row the
	 * figures come from, the month's own or, when {@code carriedFrom} is set, the latest earlier one (沿用数据).
	 */
	record Line(Indicator indicator, ReportedRow row, double rate, double schedule, double gap, String label,
			YearMonth carriedFrom) {

		double capped() {
			return Double.isNaN(rate) ? 0 : Math.min(1, rate);
		}

	}

	private ExpectedFigures() {
	}

	/** The lines with carry-forward, the default: a month without a figure of its own takes the latest earlier one. */
	static Map<String, Line> lines(Catalog catalog, PeriodData data) {
		return lines(catalog, data, true);
	}

	static Map<String, Line> lines(Catalog catalog, PeriodData data, boolean carryForward) {
		YearMonth period = data.period();
		int month = period.getMonthValue();
		Map<String, Line> lines = new LinkedHashMap<>();
		for (Indicator i : catalog.indicators()) {
			ReportedRow row = figureOf(data, i, period);
			YearMonth carried = null;
			for (YearMonth m = period.minusMonths(1); carryForward && row == null && m.getMonthValue() >= 1
					&& m.getYear() == period.getYear(); m = m.minusMonths(1)) {
				row = figureOf(data, i, m);
				carried = row == null ? null : m;
			}
			double target = i.annualTarget().doubleValue();
			// 标准值 and 里程碑: 0 before the due month, 1 from it
			double schedule = i.measure() == Measure.CUMULATIVE ? Math.min(1, (double) month / i.dueMonth())
					: month >= i.dueMonth() ? 1 : 0;
			if (row == null) {
				lines.put(i.code(), new Line(i, null, Double.NaN, schedule, Double.NaN, "未报送", null));
				continue;
			}
			double value = row.cumulativeDone().doubleValue();
			double rate = i.measure() == Measure.CUMULATIVE ? value / target : value >= target ? 1 : 0;
			double gap = (Math.min(1, rate) - schedule) * 100;
			lines.put(i.code(), new Line(i, row, rate, schedule, gap, label(rate, gap), carried));
		}
		return lines;
	}

	/** The responsible unit's row of a month, when it has a 累计完成. */
	private static ReportedRow figureOf(PeriodData data, Indicator i, YearMonth month) {
		return data.rows().stream()
			.filter((r) -> r.month().equals(month) && r.unit().equals(i.responsibleUnit())
					&& r.row().code().equals(i.code()) && r.row().cumulativeDone() != null)
			.map(UnitRow::row)
			.findFirst()
			.orElse(null);
	}

	static long carried(Map<String, Line> lines) {
		return lines.values().stream().filter((l) -> l.carriedFrom() != null).count();
	}

	private static String label(double rate, double gap) {
		for (double edge : new double[] { AHEAD, -YELLOW, -RED }) {
			if (Math.abs(gap - edge) < 1e-6) {
				throw new IllegalStateException("test data sits on a class boundary: " + gap);
			}
		}
		if (rate >= 1) {
			return "已完成";
		}
		if (gap >= AHEAD) {
			return "超序时";
		}
		if (gap > -YELLOW) {
			return "正常";
		}
		return gap >= -RED ? "滞后" : "严重滞后";
	}

	static long count(Map<String, Line> lines, String label) {
		return lines.values().stream().filter((l) -> l.label().equals(label)).count();
	}

	static double meanCapped(List<Line> lines) {
		return lines.stream().mapToDouble(Line::capped).sum() / lines.size();
	}

	static double planned(Map<String, Line> lines) {
		return lines.values().stream()
			.filter((l) -> l.indicator().plannedFundsWan() != null)
			.mapToDouble((l) -> l.indicator().plannedFundsWan().doubleValue())
			.sum();
	}

	static double inPlace(Map<String, Line> lines) {
		return lines.values().stream()
			.filter((l) -> l.row() != null && l.row().fundsInPlace() != null)
			.mapToDouble((l) -> l.row().fundsInPlace().doubleValue())
			.sum();
	}

	static double spent(Map<String, Line> lines) {
		return lines.values().stream()
			.filter((l) -> l.row() != null && l.row().investmentDone() != null)
			.mapToDouble((l) -> l.row().investmentDone().doubleValue())
			.sum();
	}

	static long accepted(Map<String, Line> lines, boolean online) {
		return lines.values().stream()
			.filter((l) -> l.row() != null
					&& Boolean.TRUE.equals(online ? l.row().onlineAccepted() : l.row().offlineAccepted()))
			.count();
	}

}
