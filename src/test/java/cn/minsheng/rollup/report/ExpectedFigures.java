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

	/** One indicator: {@code rate} and {@code gap} are NaN when not reported. */
	record Line(Indicator indicator, ReportedRow row, double rate, double schedule, double gap, String label) {

		double capped() {
			return Double.isNaN(rate) ? 0 : Math.min(1, rate);
		}

	}

	private ExpectedFigures() {
	}

	static Map<String, Line> lines(Catalog catalog, PeriodData data) {
		YearMonth period = data.period();
		int month = period.getMonthValue();
		Map<String, Line> lines = new LinkedHashMap<>();
		for (Indicator i : catalog.indicators()) {
			ReportedRow row = data.rows().stream()
				.filter((r) -> r.month().equals(period) && r.unit().equals(i.responsibleUnit())
						&& r.row().code().equals(i.code()))
				.map(UnitRow::row)
				.findFirst()
				.orElse(null);
			double target = i.annualTarget().doubleValue();
			double schedule = i.measure() == Measure.STANDARD ? (month >= i.dueMonth() ? 1 : 0)
					: Math.min(1, (double) month / i.dueMonth());
			if (row == null || row.cumulativeDone() == null) {
				lines.put(i.code(), new Line(i, row, Double.NaN, schedule, Double.NaN, "未报送"));
				continue;
			}
			double value = row.cumulativeDone().doubleValue();
			double rate = i.measure() == Measure.CUMULATIVE ? value / target : value >= target ? 1 : 0;
			double gap = (Math.min(1, rate) - schedule) * 100;
			lines.put(i.code(), new Line(i, row, rate, schedule, gap, label(rate, gap)));
		}
		return lines;
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
