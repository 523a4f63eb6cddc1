package cn.minsheng.rollup.sample;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A mistake to inject into one unit's form.
 *
 * @param unit the unit as the catalog names it (then it applies in every county) or as the form names it, e.g.
 * {@code 县02-县卫健局}
 * @param period the month whose form gets it; {@code null} for every generated month
 */
public record PlannedMistake(String unit, YearMonth period, SampleMistake mistake) {

	public PlannedMistake {
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(mistake, "mistake");
	}

	boolean appliesTo(String catalogUnit, String formUnit, YearMonth month) {
		boolean unitMatches = this.unit.equals(catalogUnit) || this.unit.equals(formUnit);
		return unitMatches && (this.period == null || this.period.equals(month));
	}

}
