package cn.minsheng.rollup.validation;

import java.util.List;

/**
 * Picks the violations of one rule out of a result.
 */
final class Found {

	private Found() {
	}

	static List<Violation> of(ValidationResult result, Rule rule) {
		return of(result.violations(), rule);
	}

	static List<Violation> of(List<Violation> violations, Rule rule) {
		return violations.stream().filter((v) -> v.ruleCode().equals(rule.code())).toList();
	}

}
