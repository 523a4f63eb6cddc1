package cn.minsheng.rollup.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class RuleTest {

	@Test
	void givesEveryRuleAUniqueCodeATitleAndADescription() {
		assertThat(Arrays.stream(Rule.values()).map(Rule::code)).doesNotHaveDuplicates()
			.allMatch((code) -> code.matches("V[1-5]\\d\\d"));
		assertThat(Rule.values()).allSatisfy((rule) -> {
			assertThat(rule.title()).isNotBlank();
			assertThat(rule.description()).isNotBlank();
		});
	}

	@Test
	void buildsViolationsThatCarryTheRulesCodeAndSeverity() {
		Violation v = Rule.CUMULATIVE_BELOW_PRIOR.at("月报表", "J7", "月报表 J7「累计完成」为 40，小于此前已审核的累计完成 50");

		assertThat(v.ruleCode()).isEqualTo("V210");
		assertThat(v.isError()).isTrue();
		assertThat(Rule.RATE_MISMATCH.at("月报表", "K7", "…").isError()).isFalse();
	}

}
