package cn.minsheng.rollup.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.minsheng.rollup.workbook.FieldValue;
import cn.minsheng.rollup.workbook.ParsedForm;

/**
 * The warnings about the footer (V401–V403).
 */
class FooterRulesTest {

	@Nested
	class ReporterMissing {

		@Test
		void flagsABlank填报人() {
			ValidationResult result = FormFixture.valid().footer("填报人", "  ").validate();

			assertThat(Found.of(result, Rule.REPORTER_MISSING)).singleElement().satisfies((v) -> {
				assertThat(v.message()).isEqualTo("月报表 B9「填报人」未填写");
				assertThat(v.severity()).isEqualTo(Severity.WARNING);
			});
			assertThat(result.accepted()).isTrue();
		}

		@Test
		void staysQuietWhenTheReporterIsNamed() {
			assertThat(Found.of(FormFixture.valid().validate(), Rule.REPORTER_MISSING)).isEmpty();
		}

	}

	@Nested
	class PhoneInvalid {

		@Test
		void flagsAMissingPhone() {
			ValidationResult result = FormFixture.valid().footer("联系电话", "").validate();

			assertThat(Found.of(result, Rule.PHONE_INVALID)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 F9「联系电话」未填写"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "1234", "12345678901", "139123456789", "0731-123", "电话待定" })
		void flagsANumberThatIsNoPhone(String phone) {
			ValidationResult result = FormFixture.valid().footer("联系电话", phone).validate();

			assertThat(Found.of(result, Rule.PHONE_INVALID)).singleElement()
				.satisfies((v) -> assertThat(v.message()).contains("「" + phone + "」不是有效的电话号码"));
		}

		@Test
		void readsAMobileNumberTypedIntoANumericCell() {
			FormFixture form = FormFixture.valid();
			ValidationResult result = new FormValidator().validate(withNumericPhone(form.build(), 13912345678d),
					FormFixture.UNIT, FormFixture.PERIOD, FormFixture.catalog(), null, PriorFigures.none(),
					FormFixture.RUN_DATE);

			assertThat(Found.of(result, Rule.PHONE_INVALID)).isEmpty();
		}

		private static ParsedForm withNumericPhone(ParsedForm form, double phone) {
			java.util.Map<String, FieldValue> footer = new java.util.HashMap<>(form.footer());
			footer.put("联系电话", new FieldValue("F9", "1.39123E+10", phone, false, false));
			return new ParsedForm(form.metadata(), form.declaredUnit(), form.declaredPeriod(), form.columnLetters(),
					form.missingColumns(), form.rows(), footer, form.mainSheetName(), form.distributionSheetFound(),
					form.date1904());
		}

		@ParameterizedTest
		@ValueSource(strings = { "13912345678", "139 1234 5678", "139-1234-5678", "0731-57812345", "073157812345",
				"010-12345678", "57812345", "5781234", "（0731）57812345", "0731-57812345/13912345678" })
		void staysQuietForMobileAndLandlineNumbers(String phone) {
			ValidationResult result = FormFixture.valid().footer("联系电话", phone).validate();

			assertThat(Found.of(result, Rule.PHONE_INVALID)).isEmpty();
		}

	}

	@Nested
	class FillDateInvalid {

		@Test
		void flagsAnUnreadable填报日期() {
			ValidationResult result = FormFixture.valid().footer("填报日期", "月底").validate();

			assertThat(Found.of(result, Rule.FILL_DATE_INVALID)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 H9「填报日期」应为日期（如 2023-11-25），实际填写为「月底」"));
		}

		@Test
		void flagsA填报日期AfterTheRunDate() {
			ValidationResult result = FormFixture.valid().footer("填报日期", "2023年12月6日").validate();

			assertThat(Found.of(result, Rule.FILL_DATE_INVALID)).singleElement()
				.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 H9「填报日期」为 2023-12-06，晚于处理日期 2023-12-05"));
		}

		@Test
		void staysQuietForTheRunDateItselfAndForABlankDate() {
			ValidationResult today = FormFixture.valid().footer("填报日期", "2023-12-05").validate();
			ValidationResult blank = FormFixture.valid().footer("填报日期", "").validate();

			assertThat(Found.of(today, Rule.FILL_DATE_INVALID)).isEmpty();
			assertThat(Found.of(blank, Rule.FILL_DATE_INVALID)).isEmpty();
		}

	}

	@Nested
	class FormulasTheReaderCouldNotCalculate {

		@Test
		void nameEachSuchFooterCellInsteadOfReportingItAsMissingOrInvalid() {
			ParsedForm form = FormFixture.valid().build();
			java.util.Map<String, FieldValue> footer = new java.util.HashMap<>(form.footer());
			footer.put("填报人", FieldValue.uncalculated("B9", "[1]Sheet1!A1"));
			footer.put("联系电话", FieldValue.uncalculated("F9", "[1]Sheet1!A2"));
			ParsedForm withFormulas = new ParsedForm(form.metadata(), form.declaredUnit(), form.declaredPeriod(),
					form.columnLetters(), form.missingColumns(), form.rows(), footer, form.mainSheetName(),
					form.distributionSheetFound(), form.date1904());

			ValidationResult result = new FormValidator().validate(withFormulas, FormFixture.UNIT, FormFixture.PERIOD,
					FormFixture.catalog(), null, PriorFigures.none(), FormFixture.RUN_DATE);

			assertThat(Found.of(result, Rule.FORMULA_WITHOUT_RESULT)).extracting(Violation::message)
				.containsExactlyInAnyOrder("月报表 B9「填报人」为公式，但文件中没有计算结果；请在 Excel 或 WPS 中打开、保存后重新报送",
						"月报表 F9「联系电话」为公式，但文件中没有计算结果；请在 Excel 或 WPS 中打开、保存后重新报送");
			assertThat(Found.of(result, Rule.REPORTER_MISSING)).isEmpty();
			assertThat(Found.of(result, Rule.PHONE_INVALID)).isEmpty();
		}

	}

}
