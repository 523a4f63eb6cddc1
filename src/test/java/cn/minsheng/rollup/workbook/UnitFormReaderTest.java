package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.minsheng.rollup.form.DistributionColumn;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.form.FormLayout;

class UnitFormReaderTest {

	private final UnitFormReader reader = new UnitFormReader();

	@TempDir
	Path dir;

	private ParsedForm read(SpreadsheetFormat format) throws FormReadException {
		return this.reader.read(format.write(SampleForms.templateForm(), this.dir, "县人社局"), (row) -> {
		});
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void readsIndicatorRowsWithTheirValuesAndCellReferences(SpreadsheetFormat format) throws Exception {
		ParsedForm form = read(format);

		assertThat(form.mainSheetName()).isEqualTo("月报表");
		assertThat(form.rows()).extracting((r) -> r.cell(FormColumn.CODE).text())
			.containsExactly("S01-1", "S01-2", "S01-3");
		FormRow first = form.rows().get(0);
		assertThat(first.rowNumber()).isEqualTo(4);
		assertThat(first.cell(FormColumn.CODE).cellRef()).isEqualTo("B4");
		assertThat(first.cell(FormColumn.CUMULATIVE_DONE)).isEqualTo(new FieldValue("J4", "6010", 6010.0, false,
				false));
		assertThat(first.cell(FormColumn.STATUS).text()).isEqualTo("在建");
		assertThat(first.cell(FormColumn.PLANNED_FUNDS)).isEqualTo(FieldValue.blank("H4"));
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void takesFormulaResultsAsLastSavedByExcel(SpreadsheetFormat format) throws Exception {
		FormRow first = read(format).rows().get(0);

		assertThat(first.cell(FormColumn.COMPLETION_RATE).number()).isCloseTo(6010.0 / 6500, within(1e-9));
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void flagsDateCellsAndShowsThemAsExcelDoes(SpreadsheetFormat format) throws Exception {
		FieldValue start = read(format).rows().get(0).cell(FormColumn.START_DATE);

		assertThat(start.dateFormatted()).isTrue();
		assertThat(start.date1904()).isFalse();
		assertThat(start.number()).isEqualTo(44986.0); // 2023-03-01 counted from 1900
		assertThat(start.text()).isEqualTo("2023-03-01");
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void flagsTheOldMac1904DateSystem(SpreadsheetFormat format) throws Exception {
		Path file = format.write(SampleForms.templateForm().date1904(), this.dir, "mac");

		ParsedForm form = this.reader.read(file, (row) -> {
		});

		FieldValue start = form.rows().get(0).cell(FormColumn.START_DATE);
		assertThat(form.date1904()).isTrue();
		assertThat(start.date1904()).isTrue();
		assertThat(start.number()).isEqualTo(44986.0 - 1462); // the same day counted from 1904
		assertThat(start.text()).isEqualTo("2023-03-01");
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void skipsTotalNoteAndBlankRowsBelowTheIndicators(SpreadsheetFormat format) throws Exception {
		ParsedForm form = read(format);

		assertThat(form.rows()).hasSize(3);
		assertThat(form.rows()).allSatisfy((r) -> assertThat(r.cell(FormColumn.SEQ).text()).doesNotContain("合计", "注"));
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void readsDeclaredUnitAndPeriodAboveTheHeader(SpreadsheetFormat format) throws Exception {
		ParsedForm form = read(format);

		assertThat(form.declaredUnit()).isEqualTo("县人社局");
		assertThat(form.declaredPeriod()).isEqualTo("2023年11月");
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void readsFooterValuesInTheLabelCellOrTheNextCell(SpreadsheetFormat format) throws Exception {
		ParsedForm form = read(format);

		assertThat(form.footer()).containsOnlyKeys("填报人", "分管领导", "联系电话", "填报日期");
		assertThat(form.footerValue("填报人").text()).isEqualTo("张三");
		assertThat(form.footerValue("分管领导")).extracting(FieldValue::text, FieldValue::cellRef)
			.containsExactly("李四", "F10");
		assertThat(form.footerValue("联系电话").text()).isEqualTo("0731-57821234");
		assertThat(form.footerValue("填报日期").dateFormatted()).isTrue();
		assertThat(form.footerValue("填报日期").number()).isEqualTo(45256.0); // 2023-11-26
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void reportsWhereEachColumnWasFound(SpreadsheetFormat format) throws Exception {
		ParsedForm form = read(format);

		assertThat(form.columnLetters()).containsEntry(FormColumn.CODE, "B")
			.containsEntry(FormColumn.CUMULATIVE_DONE, "J")
			.containsEntry(FormColumn.REMARKS, "U")
			.hasSize(FormColumn.values().length);
		assertThat(form.missingColumns()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void readsTheHiddenMetadataSheet(SpreadsheetFormat format) throws Exception {
		ParsedForm form = read(format);

		assertThat(form.metadata()).containsEntry("unit", "县人社局")
			.containsEntry("period", "2023-11")
			.containsEntry("template_version", FormLayout.TEMPLATE_VERSION);
	}

	@Test
	void readsTheSameFormFromXlsxAndXls() throws Exception {
		List<DistributionRow> fromXlsx = new ArrayList<>();
		List<DistributionRow> fromXls = new ArrayList<>();

		ParsedForm xlsx = this.reader.read(SampleForms.templateForm().writeXlsx(this.dir, "a.xlsx"), fromXlsx::add);
		ParsedForm xls = this.reader.read(SampleForms.templateForm().writeXls(this.dir, "a.xls"), fromXls::add);

		assertThat(xls).isEqualTo(xlsx);
		assertThat(fromXls).isEqualTo(fromXlsx).hasSize(4);
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void streamsDistributionRowsToTheConsumer(SpreadsheetFormat format) throws Exception {
		List<DistributionRow> rows = new ArrayList<>();

		ParsedForm form = this.reader.read(format.write(SampleForms.templateForm(), this.dir, "a"), rows::add);

		assertThat(form.distributionSheetFound()).isTrue();
		assertThat(rows).hasSize(4);
		DistributionRow first = rows.get(0);
		assertThat(first.rowNumber()).isEqualTo(2);
		assertThat(first.cell(DistributionColumn.SITE).text()).isEqualTo("金霞社区1");
		assertThat(first.cell(DistributionColumn.QUANTITY).number()).isEqualTo(10.0);
		assertThat(first.cell(DistributionColumn.DONE_DATE).dateFormatted()).isTrue();
		assertThat(first.cell(DistributionColumn.REMARKS)).isEqualTo(FieldValue.blank("F2"));
	}

	@Test
	void readsXlsProtectedOnlyWithExcelsDefaultPassword() throws Exception {
		Path file = CraftedFiles.passwordXls(this.dir.resolve("a.xls"), "VelvetSweatshop");

		assertThat(this.reader.read(file, (row) -> {
		}).rows()).hasSize(3);
	}

	@Test
	void keepsOnlyTheFirst32767CharactersOfACell() throws Exception {
		WorkbookSpec workbook = new WorkbookSpec();
		WorkbookSpec.SheetSpec sheet = workbook.sheet(FormLayout.MAIN_SHEET);
		SampleForms.addMainSheet(sheet);
		Object[] row = SampleForms.indicatorRow(4, 1, "S01-1", "城镇新增就业", 6500, 520, 6010, "在建");
		row[FormColumn.PROBLEMS.templateIndex()] = "x".repeat(32_767); // the most Excel, and POI, will write
		sheet.row(3, row);
		Path file = workbook.writeXlsx(this.dir, "long.xlsx");
		Path longer = CraftedFiles.rewriteEntry(file, this.dir.resolve("longer.xlsx"), "xl/sharedStrings.xml",
				(xml) -> xml.replace("x".repeat(32_767), "y".repeat(40_000)));

		ParsedForm form = this.reader.read(longer, (r) -> {
		});

		assertThat(form.rows().get(0).cell(FormColumn.PROBLEMS).text()).isEqualTo("y".repeat(32_767));
	}

}
