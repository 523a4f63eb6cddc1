package cn.minsheng.rollup.report;

import java.util.Objects;

/**
 * A 小计 / 合计 / 总计 line under a category, a level or the whole list.
 */
public record SubtotalLine(Scope scope, ScopeFigures figures) implements DetailLine {

	public SubtotalLine {
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(figures, "figures");
	}

	/** What the line sums up. */
	public enum Scope {

		CATEGORY, LEVEL, COUNTY

	}

}
