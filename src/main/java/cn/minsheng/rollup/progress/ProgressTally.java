package cn.minsheng.rollup.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a group of indicators stands: how many in each class, the share completed and the mean capped progress.
 *
 * @param indicators how many indicators the group has
 * @param counts indicators per class; every class is present
 * @param completionShare 已完成 ÷ indicators (0 for an empty group)
 * @param meanProgress the mean of the capped progress, 未报送 counting 0 (0 for an empty group)
 */
public record ProgressTally(int indicators, Map<ProgressClass, Integer> counts, BigDecimal completionShare,
		BigDecimal meanProgress) {

	public ProgressTally {
		Map<ProgressClass, Integer> all = new EnumMap<>(ProgressClass.class);
		for (ProgressClass c : ProgressClass.values()) {
			all.put(c, counts.getOrDefault(c, 0));
		}
		counts = Collections.unmodifiableMap(all);
	}

	public static ProgressTally of(Collection<ScheduleProgress> progresses) {
		Map<ProgressClass, Integer> counts = new EnumMap<>(ProgressClass.class);
		BigDecimal sum = BigDecimal.ZERO;
		for (ScheduleProgress p : progresses) {
			counts.merge(p.progressClass(), 1, Integer::sum);
			sum = sum.add(p.cappedProgress());
		}
		int n = progresses.size();
		if (n == 0) {
			return new ProgressTally(0, counts, BigDecimal.ZERO, BigDecimal.ZERO);
		}
		BigDecimal size = BigDecimal.valueOf(n);
		BigDecimal completed = BigDecimal.valueOf(counts.getOrDefault(ProgressClass.COMPLETED, 0));
		return new ProgressTally(n, counts, completed.divide(size, ScheduleProgress.SCALE, RoundingMode.HALF_UP),
				sum.divide(size, ScheduleProgress.SCALE, RoundingMode.HALF_UP));
	}

	public int count(ProgressClass progressClass) {
		return counts.get(progressClass);
	}

	/** 滞后 plus 严重滞后. */
	public int lagging() {
		return count(ProgressClass.BEHIND) + count(ProgressClass.SERIOUSLY_BEHIND);
	}

}
