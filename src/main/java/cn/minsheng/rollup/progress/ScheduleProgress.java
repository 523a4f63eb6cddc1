package cn.minsheng.rollup.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Measure;

/**
 * One indicator's progress against its 序时进度 for the report covering months 1..{@code month} of the year.
 * <p>
 * How each measure is judged:
 * <ul>
 * <li>累计数量: progress = 累计完成 ÷ 年度目标; 序时进度 = min(1, month ÷ due month);</li>
 * <li>标准值: met (reported value ≥ target) is progress 1, else 0;</li>
 * <li>里程碑: progress 1 once reached (reported value ≥ target), else 0.</li>
 * </ul>
 * Neither has a linear schedule (a milestone is not a quarter started in March): their 序时进度 is 0 before the due
 * month and 1 from it on, so an unmet standard or milestone is 正常 until the due month (no lagging, no letter) and
 * 严重滞后 from then.
 * Gap = (capped progress − 序时进度) × 100 points. Classes, in this order: 未报送 (no figure), 已完成 (progress ≥ 1),
 * 超序时 (gap ≥ +ahead), 正常 (gap > −yellow), 滞后 (gap ≥ −red), 严重滞后.
 *
 * @param month the last month the report covers (1–12)
 * @param schedule 序时进度 as a fraction
 * @param progress 完成率 as judged for the measure, uncapped (1.37 for 137 %); {@code null} when not reported
 * @param gapPoints capped progress minus schedule, in percentage points; {@code null} when not reported
 */
public record ScheduleProgress(int month, BigDecimal schedule, BigDecimal progress, BigDecimal gapPoints,
		ProgressClass progressClass) {

	/** Scale of the fractions computed here: far below anything a percentage with one decimal shows. */
	static final int SCALE = 10;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public ScheduleProgress {
		Objects.requireNonNull(schedule, "schedule");
		Objects.requireNonNull(progressClass, "progressClass");
		if ((progress == null) != (progressClass == ProgressClass.NOT_REPORTED)) {
			throw new IllegalArgumentException("progress is missing exactly when the indicator was not reported");
		}
	}

	/**
	 * Judges one indicator for the report covering months 1..{@code month}.
	 * @param reported the reported 累计完成 (for 标准值: the standard reached), {@code null} when not reported
	 */
	public static ScheduleProgress assess(Indicator indicator, int month, BigDecimal reported,
			ProgressThresholds thresholds) {
		BigDecimal schedule = schedule(indicator, month);
		if (reported == null) {
			return new ScheduleProgress(month, schedule, null, null, ProgressClass.NOT_REPORTED);
		}
		BigDecimal progress = progress(indicator, reported);
		BigDecimal gap = cap(progress).subtract(schedule).multiply(HUNDRED);
		return new ScheduleProgress(month, schedule, progress, gap, classify(progress, gap, thresholds));
	}

	/** 序时进度 for the report covering months 1..{@code month}, by the indicator's measure. */
	public static BigDecimal schedule(Indicator indicator, int month) {
		if (month < 1 || month > 12) {
			throw new IllegalArgumentException("month must be 1..12: " + month);
		}
		if (indicator.measure() != Measure.CUMULATIVE) {
			return month >= indicator.dueMonth() ? BigDecimal.ONE : BigDecimal.ZERO;
		}
		if (month >= indicator.dueMonth()) {
			return BigDecimal.ONE;
		}
		return BigDecimal.valueOf(month).divide(BigDecimal.valueOf(indicator.dueMonth()), SCALE, RoundingMode.HALF_UP);
	}

	/** 完成率 as the measure judges it: a ratio for counts, 0 or 1 for standards and milestones. */
	public static BigDecimal progress(Indicator indicator, BigDecimal reported) {
		if (indicator.measure() == Measure.CUMULATIVE) {
			return reported.divide(indicator.annualTarget(), SCALE, RoundingMode.HALF_UP);
		}
		return reported.compareTo(indicator.annualTarget()) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
	}

	/** Progress counted toward averages: at most 1, and 0 when not reported. */
	public BigDecimal cappedProgress() {
		return progress == null ? BigDecimal.ZERO : cap(progress);
	}

	private static BigDecimal cap(BigDecimal progress) {
		return progress.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : progress;
	}

	private static ProgressClass classify(BigDecimal progress, BigDecimal gap, ProgressThresholds thresholds) {
		if (progress.compareTo(BigDecimal.ONE) >= 0) {
			return ProgressClass.COMPLETED;
		}
		if (gap.compareTo(thresholds.aheadPoints()) >= 0) {
			return ProgressClass.AHEAD;
		}
		if (gap.compareTo(thresholds.yellowPoints().negate()) > 0) {
			return ProgressClass.ON_SCHEDULE;
		}
		if (gap.compareTo(thresholds.redPoints().negate()) >= 0) {
			return ProgressClass.BEHIND;
		}
		return ProgressClass.SERIOUSLY_BEHIND;
	}

}
