package cn.minsheng.rollup.yearend;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Level;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.validation.ReportedRow;

/**
 * 验收情况: each indicator's 线上验收 and 线下验收 at year end. The unit's latest accepted form says 是 or 否; a record
 * of the office, where there is one, decides instead (the provincial platform's result is not in the forms).
 *
 * @param rates per level, then the county as 全县
 */
record AcceptanceStatus(int year, List<AcceptanceLine> lines, Map<String, Rate> rates) {

	AcceptanceStatus {
		lines = List.copyOf(lines);
		rates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rates));
	}

	static AcceptanceStatus of(YearFigures year, List<AcceptanceRecord> records) {
		Map<String, AcceptanceRecord> inForce = new HashMap<>();
		records.forEach((r) -> inForce.put(r.code() + "|" + r.kind(), r));
		List<AcceptanceLine> lines = new ArrayList<>();
		for (Indicator indicator : year.catalog().indicators()) {
			Optional<YearFigures.Sourced> latest = year.latest(indicator, year.december());
			lines.add(new AcceptanceLine(indicator,
					standing(year, indicator, AcceptanceKind.ONLINE, latest, inForce),
					standing(year, indicator, AcceptanceKind.OFFLINE, latest, inForce),
					latest.map((s) -> s.row().status()).orElse(null)));
		}
		Map<String, Rate> rates = new LinkedHashMap<>();
		for (Level level : Level.values()) {
			List<AcceptanceLine> ofLevel = lines.stream().filter((l) -> l.indicator().level() == level).toList();
			if (!ofLevel.isEmpty()) {
				rates.put(level.label(), Rate.of(ofLevel));
			}
		}
		rates.put("全县", Rate.of(lines));
		return new AcceptanceStatus(year.year(), lines, rates);
	}

	List<AcceptanceLine> open() {
		return this.lines.stream().filter(AcceptanceLine::open).toList();
	}

	private static AcceptanceLine.Standing standing(YearFigures year, Indicator indicator, AcceptanceKind kind,
			Optional<YearFigures.Sourced> latest, Map<String, AcceptanceRecord> inForce) {
		YearMonth first = null;
		for (YearMonth m = YearMonth.of(year.year(), 1); !m.isAfter(year.december()); m = m.plusMonths(1)) {
			Optional<YearFigures.Sourced> row = year.row(indicator, m);
			if (row.isPresent() && Boolean.TRUE.equals(flag(row.get().row(), kind))) {
				first = m;
				break;
			}
		}
		AcceptanceRecord record = inForce.get(indicator.code() + "|" + kind);
		if (record != null) {
			return new AcceptanceLine.Standing(record.accepted(), first, record.describe());
		}
		if (latest.isEmpty()) {
			return new AcceptanceLine.Standing(false, first, "全年未报送");
		}
		ReportedRow row = latest.get().row();
		FormColumn column = kind == AcceptanceKind.ONLINE ? FormColumn.ONLINE_ACCEPTED : FormColumn.OFFLINE_ACCEPTED;
		return new AcceptanceLine.Standing(Boolean.TRUE.equals(flag(row, kind)), first,
				latest.get().form().describe() + " " + FormCells.cell(column, row.rowNumber()));
	}

	static Boolean flag(ReportedRow row, AcceptanceKind kind) {
		return kind == AcceptanceKind.ONLINE ? row.onlineAccepted() : row.offlineAccepted();
	}

	/** Acceptance counts of a group of indicators. */
	record Rate(int indicators, int online, int offline) {

		static Rate of(List<AcceptanceLine> lines) {
			int online = (int) lines.stream().filter((l) -> l.online().accepted()).count();
			int offline = (int) lines.stream().filter((l) -> l.offline().accepted()).count();
			return new Rate(lines.size(), online, offline);
		}

		BigDecimal onlineRate() {
			return rate(this.online);
		}

		BigDecimal offlineRate() {
			return rate(this.offline);
		}

		private BigDecimal rate(int count) {
			return this.indicators == 0 ? null
					: BigDecimal.valueOf(count).divide(BigDecimal.valueOf(this.indicators), 10, RoundingMode.HALF_UP);
		}

	}

}
