package cn.minsheng.rollup.workbook;

import static cn.minsheng.rollup.workbook.WorkbookSpec.formula;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.form.FormLayout;

/**
 * A workbook with more than one sheet that is a form: the reader reads one and tells of every other, with what its
 * header block says and what its rows hold, so that intake can choose by the evidence; nothing is dropped unseen.
 */
class SeveralFormsTest {

	private final UnitFormReader reader = new UnitFormReader();

	@TempDir
	Path dir;

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void lastMonthsTableBesideTheTemplateSheetIsToldWithItsUnitMonthAndRows(SpreadsheetFormat format)
			throws Exception {
		WorkbookSpec workbook = SampleForms.templateForm();
		mainSheet(workbook.sheet("10月"), "县人社局", "2023年10月", -500);

		ParsedForm form = read(format, workbook);

		assertThat(form.mainSheetName()).isEqualTo(FormLayout.MAIN_SHEET);
		assertThat(form.declaredPeriod()).isEqualTo("2023年11月");
		assertThat(cumulative(form, 0)).isEqualTo(6010.0);
		assertThat(form.otherForms()).singleElement().satisfies((other) -> {
			assertThat(other.sheetName()).isEqualTo("10月");
			assertThat(other.declaredUnit()).isEqualTo("县人社局");
			assertThat(other.declaredPeriod()).isEqualTo("2023年10月");
			assertThat(other.dataRows()).isEqualTo(3);
			assertThat(other.codes()).containsExactly("S01-1", "S01-2", "S01-3");
			assertThat(other.sameFiguresAs(form.asCandidate())).isFalse();
		});
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void theSheetTheEvidenceChoseIsReadAndTheTemplateSheetBecomesTheOther(SpreadsheetFormat format)
			throws Exception {
		WorkbookSpec workbook = SampleForms.templateForm();
		mainSheet(workbook.sheet("12月"), "县人社局", "2023年12月", 100);
		Path file = format.write(workbook, this.dir, "chosen");

		ParsedForm form = this.reader.read(file, (row) -> {
		}, "12月");

		assertThat(form.mainSheetName()).isEqualTo("12月");
		assertThat(form.declaredPeriod()).isEqualTo("2023年12月");
		assertThat(cumulative(form, 0)).isEqualTo(6110.0);
		assertThat(form.otherForms()).singleElement().satisfies((other) -> {
			assertThat(other.sheetName()).isEqualTo(FormLayout.MAIN_SHEET);
			assertThat(other.declaredPeriod()).isEqualTo("2023年11月");
		});
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void aCopyWithTheSameFiguresIsToldAsSuch(SpreadsheetFormat format) throws Exception {
		WorkbookSpec workbook = SampleForms.templateForm();
		mainSheet(workbook.sheet("月报表 (2)"), "县人社局", "2023年11月", 0);
		WorkbookSpec changed = SampleForms.templateForm();
		mainSheet(changed.sheet("月报表 (2)"), "县人社局", "2023年11月", 5);

		ParsedForm same = read(format, workbook);
		ParsedForm other = read(format, changed);

		assertThat(same.otherForms()).singleElement()
			.satisfies((copy) -> assertThat(copy.sameFiguresAs(same.asCandidate())).isTrue());
		assertThat(other.otherForms()).singleElement()
			.satisfies((copy) -> assertThat(copy.sameFiguresAs(other.asCandidate())).isFalse());
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void withoutTemplateNamesEveryFormSheetButTheOneReadIsTold(SpreadsheetFormat format) throws Exception {
		WorkbookSpec workbook = new WorkbookSpec();
		mainSheet(workbook.sheet("人社局"), "县人社局", "2023年11月", 0);
		mainSheet(workbook.sheet("民政局"), "县民政局", "2023年11月", 0);
		workbook.sheet("说明").row(0, "本表由办公室汇总");

		ParsedForm form = read(format, workbook);

		assertThat(form.mainSheetName()).isEqualTo("人社局");
		assertThat(form.otherForms()).extracting(SheetCandidate::sheetName, SheetCandidate::declaredUnit)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("民政局", "县民政局"));
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void aHiddenSheetHoldingAFormIsToldToo(SpreadsheetFormat format) throws Exception {
		WorkbookSpec workbook = SampleForms.templateForm();
		mainSheet(workbook.sheet("旧表").hidden(), "县人社局", "2023年10月", -50);

		ParsedForm form = read(format, workbook);

		assertThat(form.mainSheetName()).isEqualTo(FormLayout.MAIN_SHEET);
		assertThat(form.otherForms()).extracting(SheetCandidate::sheetName).containsExactly("旧表");
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void aWorkbookWithOneFormTellsNoOther(SpreadsheetFormat format) throws Exception {
		WorkbookSpec workbook = SampleForms.templateForm();
		workbook.sheet("备注").row(0, "项目编码", "说明").row(1, "S01-1", "按季度统计");

		assertThat(read(format, workbook).otherForms()).isEmpty();
	}

	private ParsedForm read(SpreadsheetFormat format, WorkbookSpec workbook) throws FormReadException {
		return this.reader.read(format.write(workbook, this.dir, "form"), (row) -> {
		});
	}

	private static double cumulative(ParsedForm form, int row) {
		return form.rows().get(row).cell(FormColumn.CUMULATIVE_DONE).number();
	}

	/** The template's table as a unit fills it, its cumulative figures raised by {@code more}. */
	private static void mainSheet(WorkbookSpec.SheetSpec sheet, String unit, String period, double more) {
		sheet.row(0, "湘潭县2023年重点民生实事项目进展情况月报表")
			.row(1, "填报单位：" + unit, null, null, null, null, null, null, null, "报送月份：" + period)
			.row(2, SampleForms.templateHeader())
			.row(3, SampleForms.indicatorRow(4, 1, "S01-1", "城镇新增就业", 6500, 520, 6010 + more, "在建"))
			.row(4, SampleForms.indicatorRow(5, 2, "S01-2", "失业人员再就业", 1500, 130, 1420 + more, "在建"))
			.row(5, SampleForms.indicatorRow(6, 3, "S01-3", "补贴性职业技能培训", 4200, 300, 4300 + more, "已完工"))
			.row(6, "合计", null, null, null, null, null, formula("SUM(G4:G6)"))
			.row(9, "填报人：张三", null, null, null, "分管领导：", "李四", null, null, "联系电话：", "0731-57821234",
					null, null, "填报日期：", LocalDate.of(2023, 11, 26));
	}

}
