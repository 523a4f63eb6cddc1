package cn.minsheng.rollup.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.minsheng.rollup.form.FormColumn;

/**
 * The errors about a row's values (V201–V210).
 */
class RowValueRulesTest {

	@Nested
	class RequiredValueMissing {

		@Test
		void flagsABlank累计完成OfACountedIndicator() {
			ValidationResult result = FormFixture.valid().blank("S04-1", FormColumn.CUMULATIVE_DONE).validate();

			assertThat(Found.of(result, Rule.REQUIRED_VALUE_MISSING)).singleElement().satisfies((v) -> {
				assertThat(v.message()).isEqualTo("月报表 J4「累计完成」未填写");
				assertThat(v.sheet()).isEqualTo("月报表");
				assertThat(v.cellRef()).isEqualTo("J4");
				assertThat(v.severity()).isEqualTo(Severity.ERROR);
			});
		}

		@Test
		void flagsABlank本月完成AndStatusWhenTheCumulativeMovedSinceAnOlderMonth() {
			ValidationResult result = FormFixture.valid()
				.blank("S04-1", FormColumn.MONTH_DONE)
				.blank("S04-1", FormColumn.STATUS)
				.priorMonthsBack(2)
				.validate();

			assertThat(Found.of(result, Rule.REQUIRED_VALUE_MISSING)).extracting(Violation::cellRef)
				.containsExactly("I4", "L4");
		}

		@Test
		void derivesABlank本月完成FromLastMonthsAcceptedCumulative() {
			ValidationResult result = FormFixture.valid().blank("S04-1", FormColumn.MONTH_DONE).validate();

			assertThat(Found.of(result, Rule.REQUIRED_VALUE_MISSING)).isEmpty();
			assertThat(result.rows()).filteredOn((r) -> r.code().equals("S04-1")).singleElement()
				.satisfies((r) -> assertThat(r.monthDone()).isEqualByComparingTo("10"));
		}

		@Test
		void flagsAStandardWithoutItsCurrentValue() {
			ValidationResult result = FormFixture.valid().blank("S06-1", FormColumn.CUMULATIVE_DONE).validate();

			assertThat(Found.of(result, Rule.REQUIRED_VALUE_MISSING)).singleElement()
				.satisfies((v) -> assertThat(v.message()).startsWith("月报表 J6「累计完成」未填写（标准值类指标请填写当前标准"));
		}

		@Test
		void flagsAMilestoneWithNeitherFigureNorStatus() {
			ValidationResult result = FormFixture.valid()
				.blank("S04-3", FormColumn.CUMULATIVE_DONE)
				.blank("S04-3", FormColumn.STATUS)
				.validate();

			assertThat(Found.of(result, Rule.REQUIRED_VALUE_MISSING)).extracting(Violation::cellRef)
				.containsExactly("J5");
		}

		@Test
		void flagsARowWithoutCode() {
			ValidationResult result = FormFixture.valid().row("").set(FormColumn.CUMULATIVE_DONE, "3").validate();

			assertThat(Found.of(result, Rule.REQUIRED_VALUE_MISSING)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 B7「项目编码」未填写"));
		}

		@Test
		void staysQuietFor本月完成LeftBlankWhenNothingChangedSinceLastMonth() {
			ValidationResult unchanged = FormFixture.valid()
				.blank("S04-1", FormColumn.MONTH_DONE)
				.set("S04-1", FormColumn.CUMULATIVE_DONE, "50")
				.set("S04-1", FormColumn.COMPLETION_RATE, "")
				.validate();
			ValidationResult nothingYet = FormFixture.valid()
				.blank("S04-1", FormColumn.MONTH_DONE)
				.set("S04-1", FormColumn.CUMULATIVE_DONE, "0")
				.set("S04-1", FormColumn.COMPLETION_RATE, "")
				.prior("S04-1", null)
				.validate();

			assertThat(Found.of(unchanged, Rule.REQUIRED_VALUE_MISSING)).isEmpty();
			assertThat(Found.of(unchanged, Rule.MONTH_NOT_DIFFERENCE)).isEmpty();
			assertThat(unchanged.rows().get(0).monthDone()).isNull();
			assertThat(Found.of(nothingYet, Rule.REQUIRED_VALUE_MISSING)).isEmpty();
		}

		@Test
		void staysQuietForAMilestoneGivenOnlyByItsStatus() {
			ValidationResult result = FormFixture.valid().blank("S04-3", FormColumn.CUMULATIVE_DONE).validate();

			assertThat(Found.of(result, Rule.REQUIRED_VALUE_MISSING)).isEmpty();
		}

	}

	@Nested
	class NotANumber {

		@Test
		void flagsAnEstimateIn累计完成() {
			ValidationResult result = FormFixture.valid().set("S04-1", FormColumn.CUMULATIVE_DONE, "约120").validate();

			assertThat(Found.of(result, Rule.NOT_A_NUMBER)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 J4「累计完成」应为数字，实际填写为「约120」"));
			assertThat(Found.of(result, Rule.REQUIRED_VALUE_MISSING)).isEmpty();
		}

		@Test
		void flagsWordsIn完成率AndFunds() {
			ValidationResult result = FormFixture.valid()
				.set("S04-1", FormColumn.COMPLETION_RATE, "过半")
				.set("S04-1", FormColumn.FUNDS_IN_PLACE, "已到位")
				.validate();

			assertThat(Found.of(result, Rule.NOT_A_NUMBER)).extracting(Violation::message)
				.containsExactly("月报表 K4「完成率」应为百分比（如 85%），实际填写为「过半」",
						"月报表 M4「累计到位资金(万元)」应为数字，实际填写为「已到位」");
		}

		@Test
		void staysQuietForNumbersWrittenTheWayPeopleTypeThem() {
			ValidationResult result = FormFixture.valid()
				.set("S04-1", FormColumn.MONTH_DONE, " １０ ")
				.set("S04-1", FormColumn.CUMULATIVE_DONE, "60张")
				.set("S04-1", FormColumn.FUNDS_IN_PLACE, "200万元")
				.setNumber("S04-1", FormColumn.INVESTMENT_DONE, 150.0, "150.00", false)
				.validate();

			assertThat(Found.of(result, Rule.NOT_A_NUMBER)).isEmpty();
			assertThat(result.rows().get(0).cumulativeDone()).isEqualByComparingTo("60");
			assertThat(result.rows().get(0).fundsInPlace()).isEqualByComparingTo("200");
		}

	}

	@Nested
	class NotADate {

		@Test
		void flagsWordsIn开工日期() {
			ValidationResult result = FormFixture.valid().set("S04-1", FormColumn.START_DATE, "三月初").validate();

			assertThat(Found.of(result, Rule.NOT_A_DATE)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 Q4「开工日期」应为日期（如 2023-11-05），实际填写为「三月初」"));
		}

		@Test
		void staysQuietForChineseAndSerialDates() {
			ValidationResult result = FormFixture.valid()
				.set("S04-1", FormColumn.START_DATE, "2023年3月1日")
				.setNumber("S04-1", FormColumn.FINISH_DATE, 45230, "2023/10/31", true)
				.validate();

			assertThat(Found.of(result, Rule.NOT_A_DATE)).isEmpty();
			assertThat(result.rows().get(0).finishDate()).isEqualTo(java.time.LocalDate.of(2023, 10, 31));
		}

	}

	@Nested
	class NotAChoice {

		@Test
		void flagsAnUnknownStatusAndAnUnclearYesNo() {
			ValidationResult result = FormFixture.valid()
				.set("S04-1", FormColumn.STATUS, "进行中")
				.set("S04-1", FormColumn.ONLINE_ACCEPTED, "待定")
				.validate();

			assertThat(Found.of(result, Rule.NOT_A_CHOICE)).extracting(Violation::message)
				.containsExactly("月报表 L4「项目状态」应为 未开工、在建、已完工、已验收 之一，实际填写为「进行中」",
						"月报表 O4「线上验收」应为「是」或「否」，实际填写为「待定」");
		}

		@Test
		void staysQuietForOtherWaysOfWritingTheChoices() {
			ValidationResult result = FormFixture.valid()
				.set("S04-1", FormColumn.STATUS, " 在建中 ")
				.set("S04-1", FormColumn.ONLINE_ACCEPTED, "×")
				.set("S04-1", FormColumn.OFFLINE_ACCEPTED, "N")
				.validate();

			assertThat(Found.of(result, Rule.NOT_A_CHOICE)).isEmpty();
			assertThat(result.rows().get(0).status()).isEqualTo("在建");
		}

	}

	@Nested
	class NegativeNumber {

		@Test
		void flagsANegative本月完成() {
			ValidationResult result = FormFixture.valid().set("S04-1", FormColumn.MONTH_DONE, "-5").validate();

			assertThat(Found.of(result, Rule.NEGATIVE_NUMBER)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 I4「本月完成」不能为负数，实际填写为「-5」"));
		}

		@Test
		void staysQuietForZero() {
			ValidationResult result = FormFixture.valid()
				.set("S04-1", FormColumn.MONTH_DONE, "0")
				.set("S04-1", FormColumn.CUMULATIVE_DONE, "50")
				.validate();

			assertThat(Found.of(result, Rule.NEGATIVE_NUMBER)).isEmpty();
		}

	}

	@Nested
	class UnknownCode {

		@Test
		void flagsACodeNotInTheCatalog() {
			ValidationResult result = FormFixture.valid().row("S99-9").validate();

			assertThat(Found.of(result, Rule.UNKNOWN_CODE)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 B7「项目编码」为「S99-9」，不在2023年项目清单中"));
		}

		@Test
		void staysQuietForACodeTypedInLowerCaseWithFullWidthDash() {
			ValidationResult result = FormFixture.valid().removeRow("S06-1").row(" s06－1 ")
				.set(FormColumn.CUMULATIVE_DONE, "660").validate();

			assertThat(Found.of(result, Rule.UNKNOWN_CODE)).isEmpty();
			assertThat(result.violations()).isEmpty();
		}

	}

	@Nested
	class CodeOfOtherUnit {

		@Test
		void flagsARowOfAnotherUnitsIndicator() {
			ValidationResult result = FormFixture.valid().row("S01-1").validate();

			assertThat(Found.of(result, Rule.CODE_OF_OTHER_UNIT)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 B7「项目编码」S01-1（城镇新增就业）由县人社局负责，不属于县民政局"));
		}

		@Test
		void staysQuietForTheUnitsOwnCodes() {
			assertThat(Found.of(FormFixture.valid().validate(), Rule.CODE_OF_OTHER_UNIT)).isEmpty();
		}

	}

	@Nested
	class DuplicateCode {

		@Test
		void flagsTheSecondRowOfACode() {
			ValidationResult result = FormFixture.valid().row("S04-1").validate();

			assertThat(Found.of(result, Rule.DUPLICATE_CODE)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 B7「项目编码」S04-1 与第4行重复，每个指标只填一行"));
		}

		@Test
		void staysQuietWhenEachCodeHasOneRow() {
			assertThat(Found.of(FormFixture.valid().validate(), Rule.DUPLICATE_CODE)).isEmpty();
		}

	}

	@Nested
	class IndicatorMissing {

		@Test
		void flagsAnIndicatorOfTheUnitWithoutRow() {
			ValidationResult result = FormFixture.valid().removeRow("S06-1").validate();

			assertThat(Found.of(result, Rule.INDICATOR_MISSING)).singleElement().satisfies((v) -> {
				assertThat(v.message()).isEqualTo("月报表 缺少本单位指标 S06-1「城市低保平均标准」的行");
				assertThat(v.cellRef()).isEmpty();
			});
		}

		@Test
		void staysQuietWhenEveryIndicatorHasItsRow() {
			assertThat(Found.of(FormFixture.valid().validate(), Rule.INDICATOR_MISSING)).isEmpty();
		}

	}

	@Nested
	class CumulativeBelowPrior {

		@Test
		void flagsACumulativeThatFell() {
			ValidationResult result = FormFixture.valid()
				.set("S04-1", FormColumn.CUMULATIVE_DONE, "40")
				.set("S04-1", FormColumn.MONTH_DONE, "0")
				.validate();

			assertThat(Found.of(result, Rule.CUMULATIVE_BELOW_PRIOR)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 J4「累计完成」为 40，小于此前已审核的累计完成 50"));
		}

		@Test
		void staysQuietForAnUnchangedCumulative() {
			ValidationResult result = FormFixture.valid()
				.set("S04-1", FormColumn.CUMULATIVE_DONE, "50")
				.set("S04-1", FormColumn.MONTH_DONE, "0")
				.validate();

			assertThat(Found.of(result, Rule.CUMULATIVE_BELOW_PRIOR)).isEmpty();
		}

	}

}
