package cn.minsheng.rollup.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.minsheng.rollup.form.FormColumn;

/**
 * The warnings about a row's consistency (V301–V313); a warning never rejects the file.
 */
class RowConsistencyRulesTest {

	@Nested
	class MonthNotDifference {

		@Test
		void flagsA本月完成ThatIsNotTheChangeSinceLastMonth() {
			ValidationResult result = FormFixture.valid().set("S04-1", FormColumn.MONTH_DONE, "12").validate();

			assertThat(Found.of(result, Rule.MONTH_NOT_DIFFERENCE)).singleElement()
				.satisfies((v) -> assertThat(v.message())
					.isEqualTo("月报表 I4「本月完成」为 12，但累计完成 60 减去上月已审核的累计完成 50 为 10"));
			assertThat(result.accepted()).isTrue();
		}

		@Test
		void flagsAJanuary本月完成ThatDiffersFromTheCumulative() {
			ValidationResult result = januaryForm().set("S04-1", FormColumn.MONTH_DONE, "8").validate();

			assertThat(Found.of(result, Rule.MONTH_NOT_DIFFERENCE)).singleElement()
				.satisfies((v) -> assertThat(v.message()).endsWith("1 月份本月完成应等于累计完成 10"));
		}

		@Test
		void staysQuietWithinTheToleranceAndWithoutHistoryAfterJanuary() {
			ValidationResult close = FormFixture.valid().set("S04-1", FormColumn.MONTH_DONE, "10.005").validate();
			ValidationResult noHistory = FormFixture.valid()
				.set("S04-1", FormColumn.MONTH_DONE, "3")
				.prior("S04-1", null)
				.validate();

			assertThat(Found.of(close, Rule.MONTH_NOT_DIFFERENCE)).isEmpty();
			assertThat(Found.of(noHistory, Rule.MONTH_NOT_DIFFERENCE)).isEmpty();
		}

		@Test
		void comparesWithTheMonthJustBeforeOnlyWhileV210StillComparesWithTheLatestEarlierMonth() {
			ValidationResult skipped = FormFixture.valid()
				.set("S04-1", FormColumn.MONTH_DONE, "3")
				.priorMonthsBack(5)
				.validate();
			ValidationResult fallen = FormFixture.valid()
				.set("S04-1", FormColumn.CUMULATIVE_DONE, "40")
				.set("S04-1", FormColumn.COMPLETION_RATE, "")
				.priorMonthsBack(5)
				.validate();

			assertThat(Found.of(skipped, Rule.MONTH_NOT_DIFFERENCE)).isEmpty();
			assertThat(Found.of(fallen, Rule.CUMULATIVE_BELOW_PRIOR)).singleElement()
				.satisfies((v) -> assertThat(v.message()).contains("为 40，小于此前已审核的累计完成 50"));
		}

		@Test
		void aCorrectionAboveTheNextAcceptedMonthIsAWarningNamingThatMonth() {
			ValidationResult result = FormFixture.valid().later("S04-1", "55").validate();
			ValidationResult below = FormFixture.valid().later("S04-1", "70").validate();

			assertThat(Found.of(result, Rule.CUMULATIVE_ABOVE_LATER)).singleElement()
				.satisfies((v) -> assertThat(v.message())
					.isEqualTo("月报表 J4「累计完成」为 60，大于 2023年12月 已审核的累计完成 55；请核实 2023年12月 的报表是否也需要更正"));
			assertThat(result.accepted()).isTrue();
			assertThat(Found.of(below, Rule.CUMULATIVE_ABOVE_LATER)).isEmpty();
		}

		private FormFixture januaryForm() {
			return FormFixture.valid()
				.period(YearMonth.of(2023, 1))
				.metadataPeriod("2023-01")
				.declaredPeriod("2023年1月")
				.prior("S04-1", null)
				.set("S04-1", FormColumn.CUMULATIVE_DONE, "10")
				.set("S04-1", FormColumn.COMPLETION_RATE, "");
		}

	}

	@Nested
	class FarAboveTarget {

		@Test
		void flagsACumulativeAboveOneAndAHalfTimesTheTarget() {
			ValidationResult result = cumulative("181").validate();

			assertThat(Found.of(result, Rule.FAR_ABOVE_TARGET)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 J4「累计完成」为 181，超过年度目标 120 的 150%，请核实"));
		}

		@Test
		void staysQuietAtOneAndAHalfTimesTheTarget() {
			assertThat(Found.of(cumulative("180").validate(), Rule.FAR_ABOVE_TARGET)).isEmpty();
		}

		private FormFixture cumulative(String value) {
			return FormFixture.valid()
				.set("S04-1", FormColumn.CUMULATIVE_DONE, value)
				.set("S04-1", FormColumn.COMPLETION_RATE, "")
				.prior("S04-1", null);
		}

	}

	@Nested
	class InvestmentAboveFunds {

		@Test
		void flagsInvestmentBeyondTheFundsInPlace() {
			ValidationResult result = FormFixture.valid().set("S04-1", FormColumn.INVESTMENT_DONE, "250").validate();

			assertThat(Found.of(result, Rule.INVESTMENT_ABOVE_FUNDS)).singleElement()
				.satisfies((v) -> assertThat(v.message())
					.isEqualTo("月报表 N4「累计完成投资(万元)」为 250 万元，大于累计到位资金 200 万元"));
		}

		@Test
		void staysQuietWhenInvestmentEqualsTheFunds() {
			ValidationResult result = FormFixture.valid().set("S04-1", FormColumn.INVESTMENT_DONE, "200").validate();

			assertThat(Found.of(result, Rule.INVESTMENT_ABOVE_FUNDS)).isEmpty();
		}

	}

	@Nested
	class FundsAbovePlan {

		@Test
		void flagsFundsBeyondTheCatalogsPlan() {
			ValidationResult result = FormFixture.valid().set("S04-1", FormColumn.FUNDS_IN_PLACE, "400").validate();

			assertThat(Found.of(result, Rule.FUNDS_ABOVE_PLAN)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 M4「累计到位资金(万元)」为 400 万元，大于计划投资 360 万元"));
		}

		@Test
		void staysQuietAtThePlanAndWhereTheCatalogHasNoPlan() {
			ValidationResult atPlan = FormFixture.valid().set("S04-1", FormColumn.FUNDS_IN_PLACE, "360").validate();
			ValidationResult noPlan = FormFixture.valid().set("S06-1", FormColumn.FUNDS_IN_PLACE, "99999").validate();

			assertThat(Found.of(atPlan, Rule.FUNDS_ABOVE_PLAN)).isEmpty();
			assertThat(Found.of(noPlan, Rule.FUNDS_ABOVE_PLAN)).isEmpty();
		}

	}

	@Nested
	class FinishedButIncomplete {

		@Test
		void flagsA已完工RowBelowTheTarget() {
			ValidationResult result = FormFixture.valid().set("S04-1", FormColumn.STATUS, "已完成").validate();

			assertThat(Found.of(result, Rule.FINISHED_BUT_INCOMPLETE)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 L4「项目状态」为「已完工」，但完成率仅 50%"));
		}

		@Test
		void staysQuietForA已验收RowThatReachedItsTarget() {
			ValidationResult result = FormFixture.valid()
				.set("S04-1", FormColumn.STATUS, "已验收")
				.set("S04-1", FormColumn.MONTH_DONE, "70")
				.set("S04-1", FormColumn.CUMULATIVE_DONE, "120")
				.set("S04-1", FormColumn.COMPLETION_RATE, "100%")
				.validate();

			assertThat(Found.of(result, Rule.FINISHED_BUT_INCOMPLETE)).isEmpty();
		}

	}

	@Nested
	class NotStartedWithProgress {

		@Test
		void flagsA未开工RowWithProgress() {
			ValidationResult result = FormFixture.valid().set("S04-1", FormColumn.STATUS, "未开工").validate();

			assertThat(Found.of(result, Rule.NOT_STARTED_WITH_PROGRESS)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 L4「项目状态」为「未开工」，但累计完成为 60"));
		}

		@Test
		void staysQuietForA未开工RowAtZero() {
			ValidationResult result = FormFixture.valid()
				.set("S04-3", FormColumn.STATUS, "未开工")
				.set("S04-3", FormColumn.CUMULATIVE_DONE, "0")
				.validate();

			assertThat(Found.of(result, Rule.NOT_STARTED_WITH_PROGRESS)).isEmpty();
		}

	}

	@Nested
	class AcceptedBeforeDone {

		@Test
		void flagsOnlineAcceptanceOfAProjectStillInConstruction() {
			ValidationResult result = FormFixture.valid().set("S04-1", FormColumn.ONLINE_ACCEPTED, "是").validate();

			assertThat(Found.of(result, Rule.ACCEPTED_BEFORE_DONE)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 O4「线上验收」为「是」，但项目状态为「在建」"));
		}

		@Test
		void flagsOfflineAcceptanceBelowTheTarget() {
			ValidationResult result = FormFixture.valid()
				.set("S04-1", FormColumn.OFFLINE_ACCEPTED, "√")
				.set("S04-1", FormColumn.STATUS, "已验收")
				.validate();

			assertThat(Found.of(result, Rule.ACCEPTED_BEFORE_DONE)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 P4「线下验收」为「是」，但完成率仅 50%"));
		}

		@Test
		void staysQuietForAcceptanceOfACompletedProject() {
			ValidationResult result = FormFixture.valid()
				.set("S04-1", FormColumn.ONLINE_ACCEPTED, "是")
				.set("S04-1", FormColumn.OFFLINE_ACCEPTED, "是")
				.set("S04-1", FormColumn.STATUS, "已验收")
				.set("S04-1", FormColumn.MONTH_DONE, "70")
				.set("S04-1", FormColumn.CUMULATIVE_DONE, "120")
				.set("S04-1", FormColumn.COMPLETION_RATE, "100%")
				.validate();

			assertThat(Found.of(result, Rule.ACCEPTED_BEFORE_DONE)).isEmpty();
		}

	}

	@Nested
	class FinishBeforeStart {

		@Test
		void flagsAFinishBeforeTheStart() {
			ValidationResult result = FormFixture.valid().set("S04-1", FormColumn.FINISH_DATE, "2023.2.1").validate();

			assertThat(Found.of(result, Rule.FINISH_BEFORE_START)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 R4「完工日期」为 2023-02-01，早于开工日期 2023-03-01"));
		}

		@Test
		void staysQuietForAFinishAfterTheStart() {
			ValidationResult result = FormFixture.valid().set("S04-1", FormColumn.FINISH_DATE, "2023/10/05").validate();

			assertThat(Found.of(result, Rule.FINISH_BEFORE_START)).isEmpty();
		}

	}

	@Nested
	class DateOutsideYear {

		@Test
		void flagsANewProjectStartedLastYear() {
			ValidationResult result = FormFixture.valid().set("S04-3", FormColumn.START_DATE, "2022-12-01").validate();

			assertThat(Found.of(result, Rule.DATE_OUTSIDE_YEAR)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 Q5「开工日期」为 2022-12-01，不在2023年内"));
		}

		@Test
		void flagsAFinishNextYearOnlyOnce() {
			ValidationResult result = FormFixture.valid().set("S04-1", FormColumn.FINISH_DATE, "20240110").validate();

			assertThat(Found.of(result, Rule.DATE_OUTSIDE_YEAR)).extracting(Violation::cellRef).containsExactly("R4");
			assertThat(Found.of(result, Rule.FINISH_AFTER_PERIOD)).isEmpty();
		}

		@Test
		void staysQuietForAContinuingProjectStartedLastYear() {
			ValidationResult result = FormFixture.valid().set("S04-1", FormColumn.START_DATE, "2022-12-01").validate();

			assertThat(Found.of(result, Rule.DATE_OUTSIDE_YEAR)).isEmpty();
		}

	}

	@Nested
	class FinishAfterPeriod {

		@Test
		void flagsAFinishAfterTheReportingMonth() {
			ValidationResult result = FormFixture.valid().set("S04-1", FormColumn.FINISH_DATE, "2023-12-20").validate();

			assertThat(Found.of(result, Rule.FINISH_AFTER_PERIOD)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 R4「完工日期」为 2023-12-20，晚于报送月份2023年11月的最后一天"));
		}

		@Test
		void staysQuietForTheLastDayOfTheMonth() {
			ValidationResult result = FormFixture.valid().set("S04-1", FormColumn.FINISH_DATE, "2023-11-30").validate();

			assertThat(Found.of(result, Rule.FINISH_AFTER_PERIOD)).isEmpty();
		}

	}

	@Nested
	class BelowStandard {

		@Test
		void flagsAStandardNotReached() {
			ValidationResult result = FormFixture.valid().set("S06-1", FormColumn.CUMULATIVE_DONE, "640元").validate();

			assertThat(Found.of(result, Rule.BELOW_STANDARD)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 J6「累计完成」为 640，未达到标准 650元/人·月"));
		}

		@Test
		void staysQuietAtTheStandard() {
			ValidationResult result = FormFixture.valid().set("S06-1", FormColumn.CUMULATIVE_DONE, "650").validate();

			assertThat(Found.of(result, Rule.BELOW_STANDARD)).isEmpty();
		}

	}

	@Nested
	class MilestoneNotBinary {

		@Test
		void flagsAMilestoneHalfReached() {
			ValidationResult result = FormFixture.valid().set("S04-3", FormColumn.CUMULATIVE_DONE, "0.5").validate();

			assertThat(Found.of(result, Rule.MILESTONE_NOT_BINARY)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 J5「累计完成」为 0.5，里程碑类指标应填 0（未达到）或 1（已达到）"));
			assertThat(result.rows().get(1).completionRate()).isEqualByComparingTo("0");
		}

		@Test
		void staysQuietForZeroAndOne() {
			ValidationResult zero = FormFixture.valid()
				.set("S04-3", FormColumn.CUMULATIVE_DONE, "0")
				.set("S04-3", FormColumn.STATUS, "未开工")
				.validate();

			assertThat(Found.of(zero, Rule.MILESTONE_NOT_BINARY)).isEmpty();
			assertThat(Found.of(FormFixture.valid().validate(), Rule.MILESTONE_NOT_BINARY)).isEmpty();
		}

	}

	@Nested
	class RateMismatch {

		@Test
		void flagsAReportedRateOffByMoreThanAPoint() {
			ValidationResult result = FormFixture.valid().set("S04-1", FormColumn.COMPLETION_RATE, "70%").validate();

			assertThat(Found.of(result, Rule.RATE_MISMATCH)).singleElement()
				.satisfies((v) -> assertThat(v.message())
					.isEqualTo("月报表 K4「完成率」为 70%，按 累计完成 60 ÷ 年度目标 120 计算应为 50%"));
			assertThat(result.rows().get(0).completionRate()).isEqualByComparingTo("0.5");
		}

		@Test
		void staysQuietWithinAPointWhicheverWayTheRateIsWritten() {
			ValidationResult text = FormFixture.valid().set("S04-1", FormColumn.COMPLETION_RATE, "50.9％").validate();
			ValidationResult fraction = FormFixture.valid()
				.setNumber("S04-1", FormColumn.COMPLETION_RATE, 0.5, "50%", false)
				.validate();
			ValidationResult points = FormFixture.valid()
				.setNumber("S04-1", FormColumn.COMPLETION_RATE, 50, "50", false)
				.validate();

			assertThat(Found.of(text, Rule.RATE_MISMATCH)).isEmpty();
			assertThat(Found.of(fraction, Rule.RATE_MISMATCH)).isEmpty();
			assertThat(Found.of(points, Rule.RATE_MISMATCH)).isEmpty();
		}

	}

}
