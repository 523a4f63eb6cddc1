package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.minsheng.rollup.form.FormColumn;

/**
 * Forms that drifted from the template the way hand-edited files do; each must still read the same in both formats.
 */
class FormLayoutVariantsTest {

	private final UnitFormReader reader = new UnitFormReader();

	@TempDir
	Path dir;

	private ParsedForm read(WorkbookSpec workbook, SpreadsheetFormat format) throws FormReadException {
		return this.reader.read(format.write(workbook, this.dir, "form"), (row) -> {
		});
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void toleratesMovedAndExtraColumns(SpreadsheetFormat format) throws Exception {
		WorkbookSpec workbook = new WorkbookSpec();
		workbook.sheet("月报表")
			.row(0, "填报单位：县人社局")
			.row(1, "联系人", "累计完成", "项目编码", "考核指标", "本月完成", "自评", "项目状态")
			.row(2, "王五", 6010, "S01-1", "城镇新增就业", 520, "良好", "在建");

		ParsedForm form = read(workbook, format);

		assertThat(form.columnLetters()).containsEntry(FormColumn.CUMULATIVE_DONE, "B")
			.containsEntry(FormColumn.CODE, "C")
			.containsEntry(FormColumn.STATUS, "G")
			.hasSize(5);
		assertThat(form.missingColumns()).contains(FormColumn.SEQ, FormColumn.ANNUAL_TARGET)
			.doesNotContain(FormColumn.CODE);
		FormRow row = form.rows().get(0);
		assertThat(row.cell(FormColumn.CUMULATIVE_DONE).number()).isEqualTo(6010.0);
		assertThat(row.cell(FormColumn.MONTH_DONE)).extracting(FieldValue::cellRef, FieldValue::number)
			.containsExactly("E3", 520.0);
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void matchesHeadersWrittenWithLineBreaksSpacesAndFullWidthCharacters(SpreadsheetFormat format) throws Exception {
		WorkbookSpec workbook = new WorkbookSpec();
		workbook.sheet("月报表")
			.row(0, "项目\n编码", "本月\u3000完成", "累 计 完 成", "完成率（％）", "项目状态", "计划投资\n（万元）")
			.row(1, "S01-1", 520, 6010, 0.92, "在建", 630);

		ParsedForm form = read(workbook, format);

		assertThat(form.columnLetters()).containsEntry(FormColumn.CODE, "A")
			.containsEntry(FormColumn.MONTH_DONE, "B")
			.containsEntry(FormColumn.CUMULATIVE_DONE, "C")
			.containsEntry(FormColumn.COMPLETION_RATE, "D")
			.containsEntry(FormColumn.STATUS, "E")
			.containsEntry(FormColumn.PLANNED_FUNDS, "F");
		assertThat(form.rows()).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void readsTwoRowHeaderWithMergedGroupAndVerticallyMergedCells(SpreadsheetFormat format) throws Exception {
		WorkbookSpec workbook = new WorkbookSpec();
		workbook.sheet("月报表")
			.row(0, "填报单位：县人社局")
			.row(1, "序号", "项目编码", "本月完成", "累计完成", "项目状态", "验收情况", null, "计划投资")
			.row(2, null, null, null, null, null, "线上验收", "线下验收", "（万元）")
			.merge("A2:A3").merge("B2:B3").merge("C2:C3").merge("D2:D3").merge("E2:E3").merge("F2:G2")
			.row(3, 1, "S01-1", 520, 6010, "在建", "是", "否", 630)
			.row(4, 2, "S01-2", 130, 1420, "在建", "否", "否", 0);

		ParsedForm form = read(workbook, format);

		assertThat(form.columnLetters()).containsEntry(FormColumn.SEQ, "A")
			.containsEntry(FormColumn.STATUS, "E")
			.containsEntry(FormColumn.ONLINE_ACCEPTED, "F")
			.containsEntry(FormColumn.OFFLINE_ACCEPTED, "G")
			.containsEntry(FormColumn.PLANNED_FUNDS, "H");
		assertThat(form.rows()).extracting(FormRow::rowNumber).containsExactly(4, 5);
		assertThat(form.rows().get(0).cell(FormColumn.ONLINE_ACCEPTED).text()).isEqualTo("是");
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void readsHeaderWhoseUpperRowHoldsOnlyAFewColumns(SpreadsheetFormat format) throws Exception {
		WorkbookSpec workbook = new WorkbookSpec();
		workbook.sheet("月报表")
			.row(0, "项目编码", "考核指标", "完成情况", null, null, "项目状态")
			.row(1, null, null, "本月完成", "累计完成", "完成率")
			.row(2, "S01-1", "城镇新增就业", 520, 6010, 0.92, "在建");

		ParsedForm form = read(workbook, format);

		assertThat(form.columnLetters()).containsEntry(FormColumn.CODE, "A")
			.containsEntry(FormColumn.MONTH_DONE, "C")
			.containsEntry(FormColumn.STATUS, "F");
		assertThat(form.rows()).extracting(FormRow::rowNumber).containsExactly(3);
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void readsLabelsWhoseValueSitsInTheNextCell(SpreadsheetFormat format) throws Exception {
		WorkbookSpec workbook = new WorkbookSpec();
		workbook.sheet("月报表")
			.row(0, "填报单位", "县人社局", null, "报送月份：", null, "2023.11")
			.row(1, "项目编码", "本月完成", "累计完成", "项目状态")
			.row(2, "S01-1", 520, 6010, "在建")
			.row(4, "填  报  人：", "张三", "填报日期：2023年11月26日", null, "联系电话 13800000000");

		ParsedForm form = read(workbook, format);

		assertThat(form.declaredUnit()).isEqualTo("县人社局");
		assertThat(form.declaredPeriod()).isEqualTo("2023.11");
		assertThat(form.footerValue("填报人").text()).isEqualTo("张三");
		assertThat(form.footerValue("填报日期").text()).isEqualTo("2023年11月26日");
		assertThat(form.footerValue("联系电话").text()).isEqualTo("13800000000");
		assertThat(form.footer()).doesNotContainKey("分管领导");
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void readsSeveralLabelsSharingOneCell(SpreadsheetFormat format) throws Exception {
		WorkbookSpec workbook = new WorkbookSpec();
		workbook.sheet("月报表")
			.row(0, "填报单位（盖章）：县人社局        报送月份：2023年11月份")
			.row(1, "项目编码", "本月完成", "累计完成", "项目状态")
			.row(2, "S01-1", 520, 6010, "在建")
			.row(3, "填报人：张三   分管领导：李四   联系电话：0731-57821234");

		ParsedForm form = read(workbook, format);

		assertThat(form.declaredUnit()).isEqualTo("县人社局");
		assertThat(form.declaredPeriod()).isEqualTo("2023年11月份");
		assertThat(form.footerValue("填报人").text()).isEqualTo("张三");
		assertThat(form.footerValue("分管领导").text()).isEqualTo("李四");
		assertThat(form.footerValue("联系电话").text()).isEqualTo("0731-57821234");
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void givesAMergedTextToEveryRowItCoversAndNamesTheRangeOfAMergedFigure(SpreadsheetFormat format)
			throws Exception {
		WorkbookSpec workbook = new WorkbookSpec();
		workbook.sheet("月报表")
			.row(0, "项目编码", "本月完成", "累计完成", "项目状态", "累计到位资金(万元)", "存在问题")
			.row(1, "S01-1", 520, 6010, "在建", 50, "资金未到位")
			.row(2, "S01-2", 130, 1420, "在建")
			.row(3, "S01-3", 10, 20, "在建", 8)
			.merge("F2:F4")
			.merge("E2:E3");

		ParsedForm form = read(workbook, format);

		assertThat(form.rows()).extracting((r) -> r.cell(FormColumn.PROBLEMS).text())
			.containsExactly("资金未到位", "资金未到位", "资金未到位");
		assertThat(form.rows()).extracting((r) -> r.cell(FormColumn.PROBLEMS).cellRef())
			.containsExactly("F2", "F3", "F4");
		assertThat(form.columnConflicts()).singleElement().satisfies((c) -> {
			assertThat(c.cellRef()).isEqualTo("E2");
			assertThat(c.kind()).isEqualTo(ColumnConflict.Kind.MERGED_FIGURE);
			assertThat(c.message()).startsWith("是跨 2 行的合并单元格（E2:E3），其中的「50」不能确定属于哪一行");
		});
		assertThat(form.rows().get(2).cell(FormColumn.FUNDS_IN_PLACE).number()).isEqualTo(8.0);
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void writesAPeriodTypedAsADateAsYearAndMonth(SpreadsheetFormat format) throws Exception {
		WorkbookSpec workbook = new WorkbookSpec();
		workbook.sheet("月报表")
			.row(0, "报送月份：", LocalDate.of(2023, 11, 1))
			.row(1, "项目编码", "本月完成", "累计完成", "项目状态")
			.row(2, "S01-1", 520, 6010, "在建");

		assertThat(read(workbook, format).declaredPeriod()).isEqualTo("2023年11月");
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void keepsARowWithFiguresButNoCodeAndSkipsHeadingsBetweenRows(SpreadsheetFormat format) throws Exception {
		WorkbookSpec workbook = new WorkbookSpec();
		workbook.sheet("月报表")
			.row(0, "序号", "项目编码", "本月完成", "累计完成", "项目状态")
			.row(1, "一、省重点民生实事")
			.row(2, 1, "S01-1", 520, 6010, "在建")
			.row(3, 2, null, 130, 1420, "在建")
			.row(4, "小  计", null, 650, 7430)
			.row(5, "说明：累计完成为1月至本月合计");

		ParsedForm form = read(workbook, format);

		assertThat(form.rows()).extracting(FormRow::rowNumber).containsExactly(3, 4);
		assertThat(form.rows().get(1).cell(FormColumn.CODE)).isEqualTo(FieldValue.blank("B4"));
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void findsTheFormInASheetWithAnotherNameByItsHeader(SpreadsheetFormat format) throws Exception {
		WorkbookSpec workbook = new WorkbookSpec();
		workbook.sheet("说明").row(0, "填表说明：请按月填报");
		workbook.sheet("Sheet1")
			.row(0, "序号", "项目编码", "考核指标", "本月完成", "累计完成", "项目状态")
			.row(1, 1, "S01-1", "城镇新增就业", 520, 6010, "在建");

		ParsedForm form = read(workbook, format);

		assertThat(form.mainSheetName()).isEqualTo("Sheet1");
		assertThat(form.rows()).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void prefersTheSheetNamedAsInTheTemplate(SpreadsheetFormat format) throws Exception {
		WorkbookSpec workbook = new WorkbookSpec();
		workbook.sheet("上月")
			.row(0, "序号", "项目编码", "考核指标", "本月完成", "累计完成", "项目状态")
			.row(1, 1, "S01-1", "城镇新增就业", 480, 5490, "在建");
		workbook.sheet("月 报 表")
			.row(0, "项目编码", "本月完成", "累计完成", "项目状态")
			.row(1, "S01-1", 520, 6010, "在建");

		ParsedForm form = read(workbook, format);

		assertThat(form.mainSheetName()).isEqualTo("月 报 表");
		assertThat(form.rows().get(0).cell(FormColumn.CUMULATIVE_DONE).number()).isEqualTo(6010.0);
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void showsChineseBuiltInDateFormatsAsChineseExcelDoes(SpreadsheetFormat format) throws Exception {
		WorkbookSpec workbook = new WorkbookSpec();
		workbook.sheet("月报表")
			.row(0, "项目编码", "本月完成", "累计完成", "项目状态", "开工日期")
			.row(1, "S01-1", 520, 6010, "在建", WorkbookSpec.formatted(44986, "yyyy\"年\"m\"月\"d\"日\""));

		FieldValue start = read(workbook, format).rows().get(0).cell(FormColumn.START_DATE);

		assertThat(start.text()).isEqualTo("2023年3月1日");
		assertThat(start.dateFormatted()).isTrue();
	}

}
