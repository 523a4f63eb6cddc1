package cn.minsheng.rollup.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.workbook.FieldValue;
import cn.minsheng.rollup.workbook.FormRow;
import cn.minsheng.rollup.workbook.ParsedForm;

/**
 * Formulas of the main sheet that the reader could not calculate, outside the figures: the header block, 项目编码 and
 * the text columns. Each is V211 naming its cell, never 「未填写」 or a text stored empty.
 */
class MainSheetFormulaRulesTest {

	private static final String REASON = "为公式，但文件中没有计算结果；请在 Excel 或 WPS 中打开、保存后重新报送";

	@Test
	void aCodeWithoutItsResultIsNamedAndItsRowIsNotStoredAsAnotherIndicatorMissing() {
		ParsedForm form = withFormula(FormFixture.valid().build(), "S04-3", FormColumn.CODE);
		String cell = cellOf(form, 1, FormColumn.CODE);

		ValidationResult result = validate(form);

		assertThat(Found.of(result, Rule.FORMULA_WITHOUT_RESULT)).extracting(Violation::message)
			.containsExactly("月报表 " + cell + "「项目编码」" + REASON);
		assertThat(result.violations()).noneMatch((v) -> v.message().contains("未填写"));
		assertThat(Found.of(result, Rule.INDICATOR_MISSING)).isEmpty();
		assertThat(result.rows()).extracting(ReportedRow::code).containsExactly("S04-1", "S06-1");
		assertThat(result.accepted()).isFalse();
	}

	@Test
	void aTextWithoutItsResultIsNamedRatherThanStoredEmpty() {
		ParsedForm form = withFormula(FormFixture.valid().build(), "S04-1", FormColumn.PROBLEMS);
		String cell = cellOf(form, 0, FormColumn.PROBLEMS);

		ValidationResult result = validate(form);

		assertThat(Found.of(result, Rule.FORMULA_WITHOUT_RESULT)).extracting(Violation::message)
			.containsExactly("月报表 " + cell + "「存在问题」" + REASON);
		assertThat(result.accepted()).isFalse();
	}

	@Test
	void aHeaderFormulaWithoutItsResultIsNamedEvenWhenTheMonthWasClearFromElsewhere() {
		ParsedForm read = FormFixture.valid().build();
		ParsedForm form = new ParsedForm(read.metadata(), read.declaredUnit(), "", read.columnLetters(),
				read.missingColumns(), read.rows(), read.footer(), read.mainSheetName(), read.distributionSheetFound(),
				read.date1904(), read.columnConflicts(), List.of(), Map.of(ParsedForm.PERIOD_LABEL, "J2", "A1", "A1"));

		ValidationResult result = validate(form);

		assertThat(Found.of(result, Rule.FORMULA_WITHOUT_RESULT)).extracting(Violation::message)
			.containsExactlyInAnyOrder("月报表 J2「报送月份」" + REASON, "月报表 A1「表头」" + REASON);
	}

	private static ValidationResult validate(ParsedForm form) {
		return new FormValidator().validate(form, FormFixture.UNIT, FormFixture.PERIOD, FormFixture.catalog(),
				DistributionTotals.empty(), PriorFigures.none(), FormFixture.RUN_DATE);
	}

	private static String cellOf(ParsedForm form, int row, FormColumn column) {
		return form.rows().get(row).cell(column).cellRef();
	}

	/** The form with the cell of the row of {@code code} a formula saved without its result. */
	private static ParsedForm withFormula(ParsedForm form, String code, FormColumn column) {
		List<FormRow> rows = form.rows().stream().map((row) -> {
			if (!row.cell(FormColumn.CODE).text().equals(code)) {
				return row;
			}
			Map<FormColumn, FieldValue> cells = new EnumMap<>(row.cells());
			cells.put(column, FieldValue.uncalculated(row.cell(column).cellRef(), "[1]Sheet1!A1"));
			return new FormRow(row.rowNumber(), cells);
		}).toList();
		return new ParsedForm(form.metadata(), form.declaredUnit(), form.declaredPeriod(), form.columnLetters(),
				form.missingColumns(), rows, form.footer(), form.mainSheetName(), form.distributionSheetFound(),
				form.date1904(), form.columnConflicts());
	}

}
