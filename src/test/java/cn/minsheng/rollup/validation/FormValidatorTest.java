package cn.minsheng.rollup.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.minsheng.rollup.form.FormColumn;

class FormValidatorTest {

	@Test
	void acceptsAWellFilledFormWithoutAnyProblem() {
		ValidationResult result = FormFixture.valid().validate();

		assertThat(result.violations()).isEmpty();
		assertThat(result.accepted()).isTrue();
	}

	@Test
	void typesTheRowsOfTheUnitForTheLedger() {
		ValidationResult result = FormFixture.valid().validate();

		assertThat(result.rows()).extracting(ReportedRow::code).containsExactly("S04-1", "S04-3", "S06-1");
		ReportedRow beds = result.rows().get(0);
		assertThat(beds.rowNumber()).isEqualTo(4);
		assertThat(beds.monthDone()).isEqualByComparingTo("10");
		assertThat(beds.cumulativeDone()).isEqualByComparingTo("60");
		assertThat(beds.completionRate()).isEqualByComparingTo("0.5");
		assertThat(beds.status()).isEqualTo("在建");
		assertThat(beds.fundsInPlace()).isEqualByComparingTo("200");
		assertThat(beds.investmentDone()).isEqualByComparingTo("150");
		assertThat(beds.onlineAccepted()).isFalse();
		assertThat(beds.startDate()).isEqualTo(LocalDate.of(2023, 3, 1));
		assertThat(beds.finishDate()).isNull();
		assertThat(beds.problems()).isEqualTo("部分床位待验收");
		assertThat(beds.nextSteps()).isNull();
	}

	@Test
	void ratesAMilestoneOneWhenReachedAndAStandardOneWhenMet() {
		ValidationResult result = FormFixture.valid().validate();

		assertThat(result.rows().get(1).completionRate()).isEqualByComparingTo("1");
		assertThat(result.rows().get(2).completionRate()).isEqualByComparingTo("1");
	}

	@Test
	void ratesAStandardBelowItsLevelZeroAsTheSummaryCountsIt() {
		ValidationResult result = FormFixture.valid().set("S06-1", FormColumn.CUMULATIVE_DONE, "520").validate();

		assertThat(result.rows().get(2).completionRate()).isEqualByComparingTo("0");
	}

	@Test
	void ratesAMilestoneWithoutFigureByItsStatus() {
		ValidationResult started = FormFixture.valid().blank("S04-3", FormColumn.CUMULATIVE_DONE).validate();
		ValidationResult notStarted = FormFixture.valid()
			.blank("S04-3", FormColumn.CUMULATIVE_DONE)
			.set("S04-3", FormColumn.STATUS, "未开工")
			.validate();

		assertThat(started.rows().get(1).completionRate()).isEqualByComparingTo("1");
		assertThat(notStarted.rows().get(1).completionRate()).isEqualByComparingTo("0");
	}

	@Test
	void findsEveryProblemOfAFileInOnePass() {
		ValidationResult result = FormFixture.valid()
			.set("S04-1", FormColumn.CUMULATIVE_DONE, "约120")
			.set("S04-1", FormColumn.STATUS, "进行中")
			.set("S06-1", FormColumn.CUMULATIVE_DONE, "600")
			.footer("填报人", "")
			.row("S99-9")
			.validate();

		assertThat(result.violations()).extracting(Violation::ruleCode)
			.contains("V202", "V204", "V311", "V401", "V206");
		assertThat(result.accepted()).isFalse();
	}

	@Test
	void keepsOnlyRowsWithAKnownCodeOfTheUnit() {
		ValidationResult result = FormFixture.valid().row("S01-1").row("S99-9").row("S04-1").validate();

		assertThat(result.rows()).extracting(ReportedRow::code).containsExactly("S04-1", "S04-3", "S06-1");
	}

	@Test
	void usesAConfiguredThresholdForFarAboveTarget() {
		FormFixture form = FormFixture.valid().set("S04-1", FormColumn.CUMULATIVE_DONE, "130").prior("S04-1", null);

		ValidationResult strict = new FormValidator(BigDecimal.ONE).validate(form.build(), FormFixture.UNIT,
				FormFixture.PERIOD, FormFixture.catalog(), DistributionTotals.empty(), PriorFigures.none(),
				FormFixture.RUN_DATE);

		assertThat(Found.of(strict, Rule.FAR_ABOVE_TARGET)).hasSize(1);
		assertThat(Found.of(form.validate(), Rule.FAR_ABOVE_TARGET)).isEmpty();
	}

	@Nested
	class RequiredColumnMissing {

		@Test
		void flagsAFormWithoutTheColumn本月完成() {
			ValidationResult result = FormFixture.valid().missingColumn(FormColumn.MONTH_DONE).validate();

			assertThat(Found.of(result, Rule.REQUIRED_COLUMN_MISSING)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 缺少必需的列「本月完成」（表头中未找到）"));
			assertThat(Found.of(result, Rule.REQUIRED_VALUE_MISSING)).isEmpty();
		}

		@Test
		void acceptsAFormWithoutAnOptionalColumnNamingTheColumnNotFound() {
			ValidationResult result = FormFixture.valid().missingColumn(FormColumn.FUNDS_IN_PLACE).validate();

			assertThat(Found.of(result, Rule.REQUIRED_COLUMN_MISSING)).isEmpty();
			assertThat(Found.of(result, Rule.OPTIONAL_COLUMN_MISSING)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 没有找到「累计到位资金(万元)」列（表头中未找到），"
						+ "各行的该项按未填写计入；如表中有此列，请使用模板的列标题"));
			assertThat(result.accepted()).isTrue();
		}

		@Test
		void skipsTheRowsWhenTheCodeColumnIsMissing() {
			ValidationResult result = FormFixture.valid().missingColumn(FormColumn.CODE).validate();

			assertThat(result.violations()).extracting(Violation::ruleCode).containsExactly("V101");
			assertThat(result.rows()).isEmpty();
		}

	}

	@Nested
	class PeriodMismatch {

		@Test
		void flagsHiddenMetadataForAnotherMonth() {
			ValidationResult result = FormFixture.valid().metadataPeriod("2023-10").declaredPeriod("").validate();

			assertThat(Found.of(result, Rule.PERIOD_MISMATCH)).singleElement()
				.satisfies((v) -> assertThat(v.message()).contains("2023年10月").contains("2023年11月"));
		}

		@Test
		void flagsAHeaderNamingAnotherMonth() {
			ValidationResult result = FormFixture.valid().metadataPeriod(null).declaredPeriod("2023年10月").validate();

			assertThat(Found.of(result, Rule.PERIOD_MISMATCH)).singleElement()
				.satisfies((v) -> assertThat(v.message()).startsWith("月报表 表头「报送月份」为2023年10月"));
		}

		@Test
		void staysQuietWhenBothNameTheIdentifiedMonth() {
			ValidationResult result = FormFixture.valid().declaredPeriod("2023年11月份").validate();

			assertThat(Found.of(result, Rule.PERIOD_MISMATCH)).isEmpty();
		}

	}

	@Nested
	class PeriodContradiction {

		@Test
		void flagsMetadataAndHeaderThatDisagree() {
			ValidationResult result = FormFixture.valid().declaredPeriod("2023年10月").validate();

			assertThat(Found.of(result, Rule.PERIOD_CONTRADICTION)).singleElement()
				.satisfies((v) -> assertThat(v.message()).contains("2023年10月").contains("2023年11月").contains("矛盾"));
			assertThat(Found.of(result, Rule.PERIOD_MISMATCH)).isEmpty();
		}

		@Test
		void staysQuietWhenTheHeaderIsWrittenDifferentlyButMeansTheSameMonth() {
			ValidationResult result = FormFixture.valid().declaredPeriod("2023.11").validate();

			assertThat(Found.of(result, Rule.PERIOD_CONTRADICTION)).isEmpty();
		}

	}

	@Nested
	class PeriodInFuture {

		@Test
		void flagsAMonthThatHasNotBegun() {
			ValidationResult result = FormFixture.valid()
				.period(java.time.YearMonth.of(2024, 1))
				.metadataPeriod("2024-01")
				.declaredPeriod("2024年1月")
				.validate();

			assertThat(Found.of(result, Rule.PERIOD_IN_FUTURE)).singleElement()
				.satisfies((v) -> assertThat(v.message()).contains("2024年1月尚未到来"));
		}

		@Test
		void staysQuietForTheCurrentMonthAndForOldMonths() {
			ValidationResult current = FormFixture.valid()
				.period(java.time.YearMonth.of(2023, 12))
				.metadataPeriod("2023-12")
				.declaredPeriod("2023年12月")
				.validate();
			ValidationResult historic = FormFixture.valid().runDate(LocalDate.of(2026, 5, 1)).validate();

			assertThat(Found.of(current, Rule.PERIOD_IN_FUTURE)).isEmpty();
			assertThat(Found.of(historic, Rule.PERIOD_IN_FUTURE)).isEmpty();
		}

	}

}
