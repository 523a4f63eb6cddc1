package cn.minsheng.rollup.report;

import java.util.Objects;

import cn.minsheng.rollup.progress.ProgressClass;
import cn.minsheng.rollup.progress.ProgressTally;

/**
 * One unit on the 单位报送 sheet: how it submitted and how its indicators stand.
 *
 * @param tally the unit's own indicators
 * @param rank 1 = best; by share of indicators completed, then mean capped progress; equal figures share a rank
 */
public record UnitLine(UnitSubmission submission, ProgressTally tally, int rank) {

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

	public int notReported() {
		return tally.count(ProgressClass.NOT_REPORTED);
	}

}
