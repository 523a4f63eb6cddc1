package cn.minsheng.rollup.report;

import java.util.Objects;

import cn.minsheng.rollup.catalog.Indicator;

/**
 * 存在问题 and 下步措施 as a unit reported them for one indicator; either may be empty.
 */
public record ProblemLine(String unit, Indicator indicator, String problems, String nextSteps) {

	public ProblemLine {
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(indicator, "indicator");
		problems = problems == null ? "" : problems;
		nextSteps = nextSteps == null ? "" : nextSteps;
	}

}
