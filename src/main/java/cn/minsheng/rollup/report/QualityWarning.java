package cn.minsheng.rollup.report;

import java.util.Objects;

/**
 * A warning found in a file that was nevertheless accepted and is in force.
 *
 * @param sheet the sheet the unit sees, or empty
 * @param cellRef the cell such as {@code J7}, or empty
 */
public record QualityWarning(String unit, String ruleCode, String sheet, String cellRef, String message) {

	public QualityWarning {
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(ruleCode, "ruleCode");
		Objects.requireNonNull(message, "message");
		sheet = sheet == null ? "" : sheet;
		cellRef = cellRef == null ? "" : cellRef;
	}

}
