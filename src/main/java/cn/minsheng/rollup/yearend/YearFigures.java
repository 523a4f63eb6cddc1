package cn.minsheng.rollup.yearend;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.validation.ReportedRow;

/**
 * The year as the ledger holds it: every unit's accepted form in force for each month. A unit's figures count only
 * for the indicators it is responsible for, as in the monthly summary.
 */
public final class YearFigures {

	private final Catalog catalog;

	private final List<MonthForm> forms;

	private final Map<String, Map<YearMonth, MonthForm>> byUnit = new HashMap<>();

	public YearFigures(Catalog catalog, List<MonthForm> forms) {
		this.catalog = catalog;
		this.forms = List.copyOf(forms);
		for (MonthForm form : this.forms) {
			this.byUnit.computeIfAbsent(form.unit(), (u) -> new HashMap<>()).putIfAbsent(form.month(), form);
		}
	}

	public Catalog catalog() {
		return this.catalog;
	}

	public int year() {
		return this.catalog.year();
	}

	/** All forms in force, by month then unit as the ledger ordered them. */
	public List<MonthForm> forms() {
		return this.forms;
	}

	public Optional<MonthForm> form(String unit, YearMonth month) {
		return Optional.ofNullable(this.byUnit.getOrDefault(unit, Map.of()).get(month));
	}

	/** The responsible unit's form of the month, where it holds a row for the indicator. */
	public Optional<Sourced> row(Indicator indicator, YearMonth month) {
		return form(indicator.responsibleUnit(), month)
			.flatMap((form) -> form.row(indicator.code()).map((row) -> new Sourced(form, row)));
	}

	/** The indicator's row of the latest month up to {@code last} that has one. */
	public Optional<Sourced> latest(Indicator indicator, YearMonth last) {
		for (YearMonth m = last; m.getYear() == last.getYear(); m = m.minusMonths(1)) {
			Optional<Sourced> row = row(indicator, m);
			if (row.isPresent()) {
				return row;
			}
		}
		return Optional.empty();
	}

	public YearMonth december() {
		return YearMonth.of(year(), 12);
	}

	/** A row with the form it was read from. */
	public record Sourced(MonthForm form, ReportedRow row) {

		public YearMonth month() {
			return this.form.month();
		}

	}

}
