package cn.minsheng.rollup.yearend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Level;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.report.Funds;
import cn.minsheng.rollup.validation.ReportedRow;

/**
 * 年度资金统计: each indicator's funds from December's accepted form, or from the latest accepted month where
 * December is missing (marked so), with subtotals by level and by unit and the county's total.
 *
 * @param lines one per indicator, in catalog order
 * @param byLevel subtotals in the levels' order
 * @param byUnit subtotals in the catalog's order of units
 */
record FundsStatistics(int year, List<FundsLine> lines, Map<Level, Funds> byLevel, Map<String, Funds> byUnit,
		Funds county) {

	FundsStatistics {
		lines = List.copyOf(lines);
		byLevel = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byLevel));
		byUnit = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byUnit));
	}

	static FundsStatistics of(YearFigures year) {
		List<FundsLine> lines = new ArrayList<>();
		for (Indicator indicator : year.catalog().indicators()) {
			lines.add(line(year, indicator));
		}
		Map<Level, Funds> byLevel = new LinkedHashMap<>();
		for (Level level : Level.values()) {
			lines.stream()
				.filter((l) -> l.indicator().level() == level)
				.map(FundsLine::funds)
				.reduce(Funds::plus)
				.ifPresent((f) -> byLevel.put(level, f));
		}
		Map<String, Funds> byUnit = new LinkedHashMap<>();
		for (String unit : year.catalog().units()) {
			byUnit.put(unit, lines.stream()
				.filter((l) -> l.indicator().responsibleUnit().equals(unit))
				.map(FundsLine::funds)
				.reduce(Funds.NONE, Funds::plus));
		}
		Funds county = lines.stream().map(FundsLine::funds).reduce(Funds.NONE, Funds::plus);
		return new FundsStatistics(year.year(), lines, byLevel, byUnit, county);
	}

	/** The statistics of one unit's indicators alone: its lines, their level subtotals, its total. */
	FundsStatistics only(String unit) {
		List<FundsLine> own = linesOf(unit);
		Map<Level, Funds> levels = new LinkedHashMap<>();
		for (Level level : Level.values()) {
			own.stream()
				.filter((l) -> l.indicator().level() == level)
				.map(FundsLine::funds)
				.reduce(Funds::plus)
				.ifPresent((f) -> levels.put(level, f));
		}
		Funds total = own.stream().map(FundsLine::funds).reduce(Funds.NONE, Funds::plus);
		return new FundsStatistics(this.year, own, levels, Map.of(unit, total), total);
	}

	/** The lines of one unit's indicators. */
	List<FundsLine> linesOf(String unit) {
		return this.lines.stream().filter((l) -> l.indicator().responsibleUnit().equals(unit)).toList();
	}

	private static FundsLine line(YearFigures year, Indicator indicator) {
		BigDecimal planned = orZero(indicator.plannedFundsWan());
		return year.latest(indicator, year.december()).map((sourced) -> {
			ReportedRow row = sourced.row();
			Funds funds = new Funds(planned, orZero(row.fundsInPlace()), orZero(row.investmentDone()));
			String source = sourced.form().describe() + " " + FormCells.cell(FormColumn.FUNDS_IN_PLACE,
					row.rowNumber()) + "、" + FormCells.cell(FormColumn.INVESTMENT_DONE, row.rowNumber());
			return new FundsLine(indicator, funds, sourced.month(), source);
		}).orElseGet(() -> new FundsLine(indicator, new Funds(planned, BigDecimal.ZERO, BigDecimal.ZERO), null, null));
	}

	private static BigDecimal orZero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}

}
