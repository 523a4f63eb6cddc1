package cn.minsheng.rollup.progress;

import java.math.BigDecimal;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Kind;
import cn.minsheng.rollup.catalog.Level;
import cn.minsheng.rollup.catalog.Measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class ScheduleProgressTest {

	private static final ProgressThresholds DEFAULTS = ProgressThresholds.defaults();

	static Indicator indicator(Measure measure, String target, int dueMonth) {
		return new Indicator("S01-1", Level.PROVINCIAL, "S01", "促进就业", "城镇新增就业", Kind.INDICATOR, measure, "人",
				new BigDecimal(target), "县人社局", null, dueMonth, true);
	}

	private static ScheduleProgress cumulative(String done, int month, int due) {
		return ScheduleProgress.assess(indicator(Measure.CUMULATIVE, "1000", due), month, new BigDecimal(done),
				DEFAULTS);
	}

	@Nested
	class Schedule {

		@Test
		void isElevenTwelfthsInNovemberForAnIndicatorDueInDecember() {
			// given / when
			BigDecimal schedule = ScheduleProgress.schedule(indicator(Measure.CUMULATIVE, "100", 12), 11);

			// then
			assertThat(schedule.doubleValue()).isCloseTo(11.0 / 12, within(1e-9));
		}

		@Test
		void reachesOneAtTheDueMonthAndStaysThere() {
			Indicator dueInSeptember = indicator(Measure.CUMULATIVE, "100", 9);

			assertThat(ScheduleProgress.schedule(dueInSeptember, 6).doubleValue()).isCloseTo(6.0 / 9, within(1e-9));
			assertThat(ScheduleProgress.schedule(dueInSeptember, 9)).isEqualByComparingTo("1");
			assertThat(ScheduleProgress.schedule(dueInSeptember, 11)).isEqualByComparingTo("1");
		}

		@Test
		void isAStepAtTheDueMonthForAStandard() {
			Indicator standardDueInJune = indicator(Measure.STANDARD, "650", 6);

			assertThat(ScheduleProgress.schedule(standardDueInJune, 5)).isEqualByComparingTo("0");
			assertThat(ScheduleProgress.schedule(standardDueInJune, 6)).isEqualByComparingTo("1");
		}

		@Test
		void refusesAMonthOutsideTheYear() {
			assertThatIllegalArgumentException()
				.isThrownBy(() -> ScheduleProgress.schedule(indicator(Measure.CUMULATIVE, "1", 12), 13));
		}

	}

	@Nested
	class CumulativeClasses {

		@Test
		void completesWhenTheTargetIsReachedEvenBeforeTheDueMonth() {
			ScheduleProgress p = cumulative("1370", 3, 12);

			assertThat(p.progressClass()).isEqualTo(ProgressClass.COMPLETED);
			assertThat(p.progress()).isEqualByComparingTo("1.37");
			assertThat(p.cappedProgress()).isEqualByComparingTo("1");
			assertThat(p.gapPoints()).isEqualByComparingTo("75");
		}

		@Test
		void isAheadFromFivePointsAboveSchedule() {
			// schedule 3/12 = 25 %: 30 % is exactly +5 points, 29.9 % is not
			assertThat(cumulative("300", 3, 12).progressClass()).isEqualTo(ProgressClass.AHEAD);
			assertThat(cumulative("299", 3, 12).progressClass()).isEqualTo(ProgressClass.ON_SCHEDULE);
		}

		@Test
		void isBehindFromExactlyTenPointsBelowSchedule() {
			// schedule 25 %: 15 % is exactly −10 points (a double would make it −9.999…)
			assertThat(cumulative("151", 3, 12).progressClass()).isEqualTo(ProgressClass.ON_SCHEDULE);
			ScheduleProgress p = cumulative("150", 3, 12);
			assertThat(p.progressClass()).isEqualTo(ProgressClass.BEHIND);
			assertThat(p.gapPoints()).isEqualByComparingTo("-10");
		}

		@Test
		void isSeriouslyBehindOnlyBeyondThirtyPoints() {
			// schedule 6/12 = 50 %: 20 % is −30 (yellow), 19.9 % is red
			assertThat(cumulative("200", 6, 12).progressClass()).isEqualTo(ProgressClass.BEHIND);
			assertThat(cumulative("199", 6, 12).progressClass()).isEqualTo(ProgressClass.SERIOUSLY_BEHIND);
		}

		@Test
		void isNotReportedWithoutAFigure() {
			ScheduleProgress p = ScheduleProgress.assess(indicator(Measure.CUMULATIVE, "10", 12), 11, null, DEFAULTS);

			assertThat(p.progressClass()).isEqualTo(ProgressClass.NOT_REPORTED);
			assertThat(p.progress()).isNull();
			assertThat(p.gapPoints()).isNull();
			assertThat(p.cappedProgress()).isEqualByComparingTo("0");
			assertThat(p.schedule().doubleValue()).isCloseTo(11.0 / 12, within(1e-9));
		}

		@Test
		void followsConfiguredThresholds() {
			ProgressThresholds strict = new ProgressThresholds(BigDecimal.valueOf(5), BigDecimal.valueOf(15),
					BigDecimal.ONE);
			Indicator i = indicator(Measure.CUMULATIVE, "1000", 12);

			// schedule 50 %: 44 % is −6 points, 34 % is −16 points, 51 % is +1
			assertThat(ScheduleProgress.assess(i, 6, new BigDecimal("440"), strict).progressClass())
				.isEqualTo(ProgressClass.BEHIND);
			assertThat(ScheduleProgress.assess(i, 6, new BigDecimal("340"), strict).progressClass())
				.isEqualTo(ProgressClass.SERIOUSLY_BEHIND);
			assertThat(ScheduleProgress.assess(i, 6, new BigDecimal("510"), strict).progressClass())
				.isEqualTo(ProgressClass.AHEAD);
		}

	}

	@Nested
	class StandardsAndMilestones {

		@Test
		void anUnmetStandardIsOnScheduleBeforeItsDueMonthAndRedFromIt() {
			Indicator standard = indicator(Measure.STANDARD, "650", 6);

			ScheduleProgress may = ScheduleProgress.assess(standard, 5, new BigDecimal("644"), DEFAULTS);
			ScheduleProgress june = ScheduleProgress.assess(standard, 6, new BigDecimal("644"), DEFAULTS);

			assertThat(may.progressClass()).isEqualTo(ProgressClass.ON_SCHEDULE);
			assertThat(may.progress()).isEqualByComparingTo("0");
			assertThat(june.progressClass()).isEqualTo(ProgressClass.SERIOUSLY_BEHIND);
			assertThat(june.gapPoints()).isEqualByComparingTo("-100");
		}

		@Test
		void aMetStandardIsCompletedAtAnyMonth() {
			ScheduleProgress p = ScheduleProgress.assess(indicator(Measure.STANDARD, "650", 6), 2,
					new BigDecimal("650"), DEFAULTS);

			assertThat(p.progressClass()).isEqualTo(ProgressClass.COMPLETED);
			assertThat(p.progress()).isEqualByComparingTo("1");
		}

		@Test
		void aMilestoneExpectsNothingBeforeItsDueMonthAndEverythingFromIt() {
			Indicator milestone = indicator(Measure.MILESTONE, "1", 9);

			ScheduleProgress may = ScheduleProgress.assess(milestone, 5, BigDecimal.ZERO, DEFAULTS);
			ScheduleProgress august = ScheduleProgress.assess(milestone, 8, BigDecimal.ZERO, DEFAULTS);
			ScheduleProgress september = ScheduleProgress.assess(milestone, 9, BigDecimal.ZERO, DEFAULTS);
			ScheduleProgress done = ScheduleProgress.assess(milestone, 6, BigDecimal.ONE, DEFAULTS);

			// not started in May or August is on schedule for a September milestone: no lagging, no letter
			assertThat(may.schedule()).isEqualByComparingTo("0");
			assertThat(may.progressClass()).isEqualTo(ProgressClass.ON_SCHEDULE);
			assertThat(august.progressClass()).isEqualTo(ProgressClass.ON_SCHEDULE);
			assertThat(september.schedule()).isEqualByComparingTo("1");
			assertThat(september.gapPoints()).isEqualByComparingTo("-100");
			assertThat(september.progressClass()).isEqualTo(ProgressClass.SERIOUSLY_BEHIND);
			assertThat(done.progressClass()).isEqualTo(ProgressClass.COMPLETED);
		}

	}

	@Test
	void thresholdsMustBeOrdered() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new ProgressThresholds(BigDecimal.valueOf(30), BigDecimal.TEN, BigDecimal.ONE))
			.withMessageContaining("进度阈值配置有误");
	}

}
