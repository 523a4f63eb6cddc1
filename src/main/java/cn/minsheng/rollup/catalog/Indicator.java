package cn.minsheng.rollup.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One indicator (项) of the year's list, owned by one county unit.
 *
 * @param code stable code such as {@code S03-1}: level prefix, category number, item number
 * @param categoryNo the category (件) code such as {@code S03}
 * @param plannedFundsWan planned investment in 万元, {@code null} where the list gives none
 * @param dueMonth the month (1–12) by which the annual target must be met
 * @param continuing {@code true} for 续办 (carried over), {@code false} for 新增
 */
public record Indicator(String code, Level level, String categoryNo, String category, String name, Kind kind,
		Measure measure, String unitOfMeasure, BigDecimal annualTarget, String responsibleUnit,
		BigDecimal plannedFundsWan, int dueMonth, boolean continuing) {

	public Indicator {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(level, "level");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(measure, "measure");
		Objects.requireNonNull(annualTarget, "annualTarget");
		Objects.requireNonNull(responsibleUnit, "responsibleUnit");
		if (annualTarget.signum() <= 0) {
			throw new IllegalArgumentException("annual target must be positive: " + code);
		}
		if (dueMonth < 1 || dueMonth > 12) {
			throw new IllegalArgumentException("due month must be 1..12: " + code);
		}
	}

}
