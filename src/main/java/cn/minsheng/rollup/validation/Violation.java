package cn.minsheng.rollup.validation;

import java.util.Objects;

/**
 * One problem found in a unit's file.
 *
 * @param ruleCode the stable code of the rule, e.g. {@code V201}
 * @param sheet the sheet name as the unit sees it (月报表, 项目分布清单), or empty for the file as a whole
 * @param cellRef the cell such as {@code J7}, or empty when the problem is not one cell's
 * @param message the Chinese message naming the sheet, the cell and what was expected
 */
public record Violation(String ruleCode, Severity severity, String sheet, String cellRef, String message) {

	public Violation {
		Objects.requireNonNull(ruleCode, "ruleCode");
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(message, "message");
		sheet = sheet == null ? "" : sheet;
		cellRef = cellRef == null ? "" : cellRef;
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}

}
