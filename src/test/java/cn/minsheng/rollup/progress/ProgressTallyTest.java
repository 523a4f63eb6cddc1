package cn.minsheng.rollup.progress;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ProgressTallyTest {

	@Test
	void countsClassesAndAveragesCappedProgressWithUnreportedAsZero() {
		// given: due in December, month 6 (schedule 50 %)
		Indicator i = ScheduleProgressTest.indicator(Measure.CUMULATIVE, "100", 12);
		ProgressThresholds t = ProgressThresholds.defaults();
		List<ScheduleProgress> progresses = List.of(ScheduleProgress.assess(i, 6, new BigDecimal("150"), t),
				ScheduleProgress.assess(i, 6, new BigDecimal("50"), t),
				ScheduleProgress.assess(i, 6, new BigDecimal("10"), t), ScheduleProgress.assess(i, 6, null, t));

		// when
		ProgressTally tally = ProgressTally.of(progresses);

		// then: (1 + 0.5 + 0.1 + 0) / 4
		assertThat(tally.indicators()).isEqualTo(4);
		assertThat(tally.count(ProgressClass.COMPLETED)).isEqualTo(1);
		assertThat(tally.count(ProgressClass.ON_SCHEDULE)).isEqualTo(1);
		assertThat(tally.count(ProgressClass.SERIOUSLY_BEHIND)).isEqualTo(1);
		assertThat(tally.count(ProgressClass.NOT_REPORTED)).isEqualTo(1);
		assertThat(tally.count(ProgressClass.AHEAD)).isZero();
		assertThat(tally.lagging()).isEqualTo(1);
		assertThat(tally.completionShare().doubleValue()).isCloseTo(0.25, within(1e-9));
		assertThat(tally.meanProgress().doubleValue()).isCloseTo(0.4, within(1e-9));
	}

	@Test
	void anEmptyGroupHasZeroFigures() {
		ProgressTally tally = ProgressTally.of(List.of());

		assertThat(tally.indicators()).isZero();
		assertThat(tally.meanProgress()).isEqualByComparingTo("0");
		assertThat(tally.counts()).hasSize(ProgressClass.values().length);
	}

}
