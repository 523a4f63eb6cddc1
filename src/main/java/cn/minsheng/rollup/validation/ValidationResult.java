package cn.minsheng.rollup.validation;

import java.util.List;

/**
 * The outcome of checking one form: its typed rows and every problem found, in one pass.
 */
public record ValidationResult(List<ReportedRow> rows, List<Violation> violations) {

	public ValidationResult {
		rows = List.copyOf(rows);
		violations = List.copyOf(violations);
	}

	public boolean accepted() {
		return violations.stream().noneMatch(Violation::isError);
	}

}
