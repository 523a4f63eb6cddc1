package cn.minsheng.rollup.report;

import java.util.Objects;

import cn.minsheng.rollup.progress.ProgressClass;
import cn.minsheng.rollup.progress.ProgressTally;

/**
 * One unit on the 单位报送 sheet: how it submitted and how its indicators stand.
 *
 * @param tally the unit's own indicators
 * @param carried how many of them are judged on an earlier month's figure (沿用数据)
 * @param rank 1 = best; by share of indicators completed, then mean capped progress; equal figures share a rank;
 * {@code null} for a unit none of whose indicators has a figure to be judged on: it is not ranked
 */
public record UnitLine(UnitSubmission submission, ProgressTally tally, int carried, Integer rank) {

	public UnitLine {
		Objects.requireNonNull(submission, "submission");
		Objects.requireNonNull(tally, "tally");
	}

	public String unit() {
		return submission.unit();
	}

	public int owned() {
		return tally.indicators();
	}

	public int completed() {
		return tally.count(ProgressClass.COMPLETED);
	}

	public int lagging() {
		return tally.lagging();
	}

	/** Indicators without a figure of their own this month: those carried forward and those without any figure. */
	public int notReported() {
		return tally.count(ProgressClass.NOT_REPORTED) + carried;
	}

	/** Whether any of the unit's indicators has a figure to be judged on, so that the unit is ranked. */
	public boolean ranked() {
		return rank != null;
	}

}
