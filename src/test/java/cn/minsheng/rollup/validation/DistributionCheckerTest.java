package cn.minsheng.rollup.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.minsheng.rollup.form.DistributionColumn;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.workbook.DistributionRow;
import cn.minsheng.rollup.workbook.FieldValue;

/**
 * The sheet 项目分布清单: typing, totals, caps, and its rules (V501–V506).
 */
class DistributionCheckerTest {

	private final DistributionChecker checker = new DistributionChecker(FormFixture.catalog(), FormFixture.UNIT,
			FormFixture.PERIOD);

	/** A row with code in A, town in B, site in C, quantity in D, date in E, remarks in F. */
	static DistributionRow row(int rowNumber, String code, String quantity, String date) {
		Map<DistributionColumn, FieldValue> cells = new EnumMap<>(DistributionColumn.class);
		cells.put(DistributionColumn.CODE, new FieldValue("A" + rowNumber, code, null, false, false));
		cells.put(DistributionColumn.TOWN, new FieldValue("B" + rowNumber, "易俗河镇", null, false, false));
		cells.put(DistributionColumn.SITE, new FieldValue("C" + rowNumber, "金霞社区", null, false, false));
		cells.put(DistributionColumn.QUANTITY, new FieldValue("D" + rowNumber, quantity, null, false, false));
		cells.put(DistributionColumn.DONE_DATE, new FieldValue("E" + rowNumber, date, null, false, false));
		return new DistributionRow(rowNumber, cells);
	}

	@Test
	void typesARow() {
		DistributionEntry entry = this.checker.accept(row(2, "s04-1", "12张", "2023年10月8日"));

		assertThat(entry).isEqualTo(new DistributionEntry(2, "S04-1", "易俗河镇", "金霞社区", new BigDecimal("12"),
				LocalDate.of(2023, 10, 8), null));
		assertThat(this.checker.totals().violations()).isEmpty();
	}

	@Nested
	class FormulasTheReaderCouldNotCalculate {

		private static final String REASON = "为公式，但文件中没有计算结果；请在 Excel 或 WPS 中打开、保存后重新报送";

		@Test
		void namesAQuantityFormulaAndCountsNothingForIt() {
			DistributionChecker checker = DistributionCheckerTest.this.checker;
			checker.accept(row(2, "S04-1", "12", ""));
			checker.accept(with(row(3, "S04-1", "", ""), DistributionColumn.QUANTITY, "B3*2"));

			DistributionTotals totals = checker.totals();

			assertThat(totals.violations()).singleElement().satisfies((v) -> {
				assertThat(v.ruleCode()).isEqualTo("V211");
				assertThat(v.isError()).isTrue();
				assertThat(v.message()).isEqualTo("项目分布清单 D3「数量」" + REASON);
			});
			assertThat(totals.quantityByCode().get("S04-1")).isEqualByComparingTo("12");
		}

		@Test
		void namesACodeFormulaInsteadOfReportingTheCodeAsMissing() {
			DistributionChecker checker = DistributionCheckerTest.this.checker;
			DistributionEntry entry = checker.accept(with(row(4, "", "3", "2023-10-08"), DistributionColumn.CODE,
					"月报表!B4"));

			assertThat(checker.totals().violations()).extracting(Violation::message)
				.containsExactly("项目分布清单 A4「项目编码」" + REASON);
			assertThat(entry.code()).isNull();
			assertThat(entry.quantity()).isEqualByComparingTo("3");
		}

		@Test
		void namesADateAndATextFormulaOfTheSameRow() {
			DistributionChecker checker = DistributionCheckerTest.this.checker;
			DistributionRow row = with(with(row(5, "S04-1", "2", ""), DistributionColumn.DONE_DATE, "TODAY()"),
					DistributionColumn.SITE, "[1]点位!A1");

			DistributionEntry entry = checker.accept(row);

			assertThat(checker.totals().violations()).extracting(Violation::message)
				.containsExactlyInAnyOrder("项目分布清单 E5「完成日期」" + REASON, "项目分布清单 C5「村(社区)/点位」" + REASON);
			assertThat(entry.site()).isNull();
			assertThat(entry.doneDate()).isNull();
		}

		private static DistributionRow with(DistributionRow row, DistributionColumn column, String formula) {
			Map<DistributionColumn, FieldValue> cells = new EnumMap<>(row.cells());
			cells.put(column, FieldValue.uncalculated(row.cell(column).cellRef(), formula));
			return new DistributionRow(row.rowNumber(), cells);
		}

	}

	@Test
	void addsUpTheQuantitiesOfEachCodeOfTheUnit() {
		this.checker.accept(row(2, "S04-1", "12", ""));
		this.checker.accept(row(3, "S04-1", "1,000", ""));
		this.checker.accept(row(4, "S04-3", "", ""));
		this.checker.accept(row(5, "S01-1", "7", ""));
		this.checker.accept(row(6, "S04-1", "约5", ""));

		DistributionTotals totals = this.checker.totals();

		assertThat(totals.rowCount()).isEqualTo(5);
		assertThat(totals.quantityByCode()).containsOnlyKeys("S04-1", "S04-3");
		assertThat(totals.quantityByCode().get("S04-1")).isEqualByComparingTo("1012");
		assertThat(totals.quantityByCode().get("S04-3")).isEqualByComparingTo("0");
	}

	@Test
	void keepsAtMostACapOfViolationsPerRuleAndSaysHowManyMoreThereWere() {
		DistributionChecker capped = new DistributionChecker(FormFixture.catalog(), FormFixture.UNIT,
				FormFixture.PERIOD, 100);
		for (int i = 0; i < 50_000; i++) {
			capped.accept(row(i + 2, "S04-1", "很多", "2022-01-01"));
		}

		DistributionTotals totals = capped.totals();

		assertThat(totals.rowCount()).isEqualTo(50_000);
		assertThat(Found.of(totals.violations(), Rule.DISTRIBUTION_QUANTITY_NOT_NUMBER)).hasSize(101)
			.last()
			.satisfies((v) -> assertThat(v.message()).isEqualTo("项目分布清单 另有 49900 处同类问题（V501 分布清单数量不是数字），仅列出前 100 处"));
		assertThat(Found.of(totals.violations(), Rule.DISTRIBUTION_DATE_OUTSIDE_YEAR)).hasSize(101);
		assertThat(totals.violations()).hasSize(202);
	}

	@Test
	void addsNoSummaryWhenTheCapIsNotExceeded() {
		for (int i = 0; i < 100; i++) {
			this.checker.accept(row(i + 2, "S04-1", "很多", ""));
		}

		assertThat(this.checker.totals().violations()).hasSize(100)
			.allSatisfy((v) -> assertThat(v.message()).doesNotContain("另有"));
	}

	@Nested
	class QuantityNotNumber {

		@Test
		void flagsWordsAndNegativeQuantities() {
			DistributionCheckerTest.this.checker.accept(row(2, "S04-1", "若干", ""));
			DistributionCheckerTest.this.checker.accept(row(3, "S04-1", "-3", ""));

			assertThat(Found.of(totals().violations(), Rule.DISTRIBUTION_QUANTITY_NOT_NUMBER))
				.extracting(Violation::message)
				.containsExactly("项目分布清单 D2「数量」应为数字，实际填写为「若干」", "项目分布清单 D3「数量」不能为负数，实际填写为「-3」");
		}

		@Test
		void staysQuietForNumbersAndBlanks() {
			DistributionCheckerTest.this.checker.accept(row(2, "S04-1", "１２", ""));
			DistributionCheckerTest.this.checker.accept(row(3, "S04-1", "", ""));

			assertThat(totals().violations()).isEmpty();
		}

	}

	@Nested
	class UnknownCode {

		@Test
		void flagsAMissingAndAnUnknownCode() {
			DistributionCheckerTest.this.checker.accept(row(2, "", "1", ""));
			DistributionCheckerTest.this.checker.accept(row(3, "X01", "1", ""));

			assertThat(Found.of(totals().violations(), Rule.DISTRIBUTION_UNKNOWN_CODE)).extracting(Violation::message)
				.containsExactly("项目分布清单 A2「项目编码」未填写", "项目分布清单 A3「项目编码」为「X01」，不在2023年项目清单中");
		}

		@Test
		void staysQuietForAKnownCode() {
			DistributionCheckerTest.this.checker.accept(row(2, "S06-1", "1", ""));

			assertThat(totals().violations()).isEmpty();
		}

	}

	@Nested
	class CodeOfOtherUnit {

		@Test
		void flagsAnotherUnitsCode() {
			DistributionCheckerTest.this.checker.accept(row(2, "S01-1", "1", ""));

			assertThat(Found.of(totals().violations(), Rule.DISTRIBUTION_CODE_OF_OTHER_UNIT)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("项目分布清单 A2「项目编码」S01-1（城镇新增就业）由县人社局负责，不属于县民政局"));
		}

		@Test
		void staysQuietForTheUnitsCode() {
			DistributionCheckerTest.this.checker.accept(row(2, "S04-1", "1", ""));

			assertThat(Found.of(totals().violations(), Rule.DISTRIBUTION_CODE_OF_OTHER_UNIT)).isEmpty();
		}

	}

	@Nested
	class UnitKnownOnlyAfterTheSheet {

		private final DistributionChecker deferred = new DistributionChecker(FormFixture.catalog());

		@Test
		void reportsAnotherUnitsCodeOnceTheUnitIsKnownWithTheSameMessage() {
			this.deferred.accept(row(2, "S04-1", "3", ""));
			this.deferred.accept(row(3, "S01-1", "1", ""));

			DistributionTotals totals = this.deferred.totals(FormFixture.UNIT, FormFixture.PERIOD);

			assertThat(Found.of(totals.violations(), Rule.DISTRIBUTION_CODE_OF_OTHER_UNIT)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("项目分布清单 A3「项目编码」S01-1（城镇新增就业）由县人社局负责，不属于县民政局"));
			assertThat(totals.quantityByCode()).containsOnlyKeys("S04-1");
			assertThat(totals.quantityByCode().get("S04-1")).isEqualByComparingTo("3");
		}

		@Test
		void staysQuietWhenEveryCodeIsTheUnits() {
			this.deferred.accept(row(2, "S04-1", "3", "2023-05-01"));

			assertThat(this.deferred.totals(FormFixture.UNIT, FormFixture.PERIOD).violations()).isEmpty();
		}

		@Test
		void listsAtMostTheCapOfForeignCellsAndCountsTheRest() {
			for (int i = 0; i < 300; i++) {
				this.deferred.accept(row(i + 2, "S01-1", "1", ""));
			}

			DistributionTotals totals = this.deferred.totals(FormFixture.UNIT, FormFixture.PERIOD);

			assertThat(Found.of(totals.violations(), Rule.DISTRIBUTION_CODE_OF_OTHER_UNIT)).hasSize(101)
				.last()
				.satisfies((v) -> assertThat(v.message()).contains("另有 200 处同类问题"));
			assertThat(totals.quantityByCode()).isEmpty();
		}

		@Test
		void checksDatesAgainstTheCatalogYear() {
			this.deferred.accept(row(2, "S04-1", "1", "2022-12-31"));

			assertThat(Found.of(this.deferred.totals(FormFixture.UNIT, FormFixture.PERIOD).violations(),
					Rule.DISTRIBUTION_DATE_OUTSIDE_YEAR)).hasSize(1);
		}

	}

	@Nested
	class DateOutsideYear {

		@Test
		void flagsADateOfAnotherYear() {
			DistributionCheckerTest.this.checker.accept(row(2, "S04-1", "1", "2022.12.31"));

			assertThat(Found.of(totals().violations(), Rule.DISTRIBUTION_DATE_OUTSIDE_YEAR)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("项目分布清单 E2「完成日期」为 2022-12-31，不在2023年内"));
		}

		@Test
		void staysQuietForADateOfTheYear() {
			DistributionCheckerTest.this.checker.accept(row(2, "S04-1", "1", "2023-01-01"));

			assertThat(totals().violations()).isEmpty();
		}

	}

	@Nested
	class DateUnreadable {

		@Test
		void flagsAnUnreadableDate() {
			DistributionCheckerTest.this.checker.accept(row(2, "S04-1", "1", "年底前"));

			assertThat(Found.of(totals().violations(), Rule.DISTRIBUTION_DATE_UNREADABLE)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("项目分布清单 E2「完成日期」应为日期（如 2023-11-05），实际填写为「年底前」"));
		}

		@Test
		void staysQuietForAMonthAlone() {
			DistributionCheckerTest.this.checker.accept(row(2, "S04-1", "1", "2023年11月"));

			assertThat(totals().violations()).isEmpty();
		}

	}

	@Nested
	class TotalMismatch {

		@Test
		void flagsATotalThatDiffersFromTheCumulative() {
			DistributionCheckerTest.this.checker.accept(row(2, "S04-1", "30", ""));
			DistributionCheckerTest.this.checker.accept(row(3, "S04-1", "20", ""));

			ValidationResult result = FormFixture.valid().distribution(totals()).validate();

			assertThat(Found.of(result, Rule.DISTRIBUTION_TOTAL_MISMATCH)).singleElement().satisfies((v) -> {
				assertThat(v.message()).isEqualTo("月报表 J4「累计完成」为 60，而项目分布清单中 S04-1 的数量合计为 50");
				assertThat(v.cellRef()).isEqualTo("J4");
			});
		}

		@Test
		void staysQuietForAMatchingTotalAndForCodesWithoutRows() {
			DistributionCheckerTest.this.checker.accept(row(2, "S04-1", "59.995", ""));

			ValidationResult result = FormFixture.valid().distribution(totals()).validate();

			assertThat(Found.of(result, Rule.DISTRIBUTION_TOTAL_MISMATCH)).isEmpty();
		}

		@Test
		void staysQuietForStandardAndMilestoneIndicators() {
			DistributionCheckerTest.this.checker.accept(row(2, "S06-1", "3", ""));
			DistributionCheckerTest.this.checker.accept(row(3, "S04-3", "5", ""));

			ValidationResult result = FormFixture.valid().distribution(totals()).validate();

			assertThat(Found.of(result, Rule.DISTRIBUTION_TOTAL_MISMATCH)).isEmpty();
		}

		@Test
		void reportsTheDistributionsOwnProblemsWithTheForms() {
			DistributionCheckerTest.this.checker.accept(row(2, "S01-1", "3", ""));

			ValidationResult result = FormFixture.valid().distribution(totals()).validate();

			assertThat(Found.of(result, Rule.DISTRIBUTION_CODE_OF_OTHER_UNIT)).hasSize(1);
			assertThat(result.accepted()).isFalse();
			assertThat(FormColumn.CUMULATIVE_DONE).isNotNull();
		}

	}

	private DistributionTotals totals() {
		return this.checker.totals();
	}

}
