package cn.minsheng.rollup.workbook;

import static cn.minsheng.rollup.workbook.WorkbookSpec.formula;

import java.time.LocalDate;
import java.util.Arrays;

import cn.minsheng.rollup.form.DistributionColumn;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.form.FormLayout;

/**
 * Forms as units fill them in, described once and written by the tests in either file format.
 */
final class SampleForms {

	private SampleForms() {
	}

	/** The template's header texts, in template order. */
	static Object[] templateHeader() {
		return Arrays.stream(FormColumn.values()).map(FormColumn::header).toArray();
	}

	/** An indicator row in template column order; Excel row {@code excelRow} for the completion-rate formula. */
	static Object[] indicatorRow(int excelRow, int seq, String code, String name, double target, double month,
			double cumulative, String status) {
		return new Object[] { seq, code, "省重点民生实事", "促进高质量充分就业", name, "人", target, null, month, cumulative,
				formula("J" + excelRow + "/G" + excelRow), status, null, null, "否", "否", LocalDate.of(2023, 3, 1), null,
				"无", "继续推进", null };
	}

	/** The template layout: title, 填报单位/报送月份, header, three indicators, 合计, a note, the footer. */
	static WorkbookSpec templateForm() {
		WorkbookSpec workbook = new WorkbookSpec();
		addMainSheet(workbook.sheet(FormLayout.MAIN_SHEET));
		addDistributionSheet(workbook.sheet(FormLayout.DISTRIBUTION_SHEET), 4);
		addMetaSheet(workbook.sheet(FormLayout.META_SHEET).hidden());
		return workbook;
	}

	static void addMainSheet(WorkbookSpec.SheetSpec sheet) {
		sheet.row(0, "湘潭县2023年重点民生实事项目进展情况月报表")
			.merge("A1:U1")
			.row(1, "填报单位：县人社局", null, null, null, null, null, null, null, "报送月份：2023年11月")
			.row(2, templateHeader())
			.row(3, indicatorRow(4, 1, "S01-1", "城镇新增就业", 6500, 520, 6010, "在建"))
			.row(4, indicatorRow(5, 2, "S01-2", "失业人员再就业", 1500, 130, 1420, "在建"))
			.row(5, indicatorRow(6, 3, "S01-3", "补贴性职业技能培训", 4200, 300, 4300, "已完工"))
			.row(6, "合计", null, null, null, null, null, formula("SUM(G4:G6)"), null, formula("SUM(I4:I6)"),
					formula("SUM(J4:J6)"))
			.row(8, "注：本表数据截至每月25日，累计完成为1月至本月合计。")
			.row(9, "填报人：张三", null, null, null, "分管领导：", "李四", null, null, "联系电话：", "0731-57821234",
					null, null, "填报日期：", LocalDate.of(2023, 11, 26));
	}

	static void addDistributionSheet(WorkbookSpec.SheetSpec sheet, int rows) {
		sheet.row(0, Arrays.stream(DistributionColumn.values()).map(DistributionColumn::header).toArray());
		for (int i = 1; i <= rows; i++) {
			sheet.row(i, "S01-3", "易俗河镇", "金霞社区" + i, 10 * i, LocalDate.of(2023, 11, i), null);
		}
	}

	static void addMetaSheet(WorkbookSpec.SheetSpec sheet) {
		sheet.row(0, "form_id", "2023-11-县人社局")
			.row(1, "unit", "县人社局")
			.row(2, "period", "2023-11")
			.row(3, "template_version", FormLayout.TEMPLATE_VERSION)
			.row(4, "catalog_fingerprint", "0123456789abcdef");
	}

}
