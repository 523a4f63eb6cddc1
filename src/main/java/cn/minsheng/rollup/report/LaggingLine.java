package cn.minsheng.rollup.report;

import java.util.Objects;

/**
 * A lagging indicator for the monthly dispatch, with what the office should do about it.
 *
 * @param monthsBehind consecutive months, ending with the summarized one, in which it was 滞后 or 严重滞后
 * @param supervisionLetter whether it draws a 督办函: red, or lagging two months running
 * @param action the suggested action in Chinese
 */
public record LaggingLine(IndicatorLine line, int monthsBehind, boolean supervisionLetter, String action) {

	public LaggingLine {
		Objects.requireNonNull(line, "line");
		Objects.requireNonNull(action, "action");
	}

}
