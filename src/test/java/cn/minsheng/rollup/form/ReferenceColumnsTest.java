package cn.minsheng.rollup.form;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit with an accepted earlier month gets its template with that month's figures beside its own columns, read-only,
 * and Excel marks a 累计完成 below them and a 本月完成 that is not 累计 − 上月 while the unit types.
 */
class ReferenceColumnsTest {

	static final YearMonth NOVEMBER = YearMonth.of(2023, 11);

	@TempDir
	Path dir;

	@Test
	void lastMonthsFiguresStandBesideTheFormReadOnlyWithMarksForWhatWouldBeWrong() throws Exception {
		Catalog catalog = BundledCatalog.load();
		String unit = "县残联";
		List<Indicator> indicators = catalog.indicatorsOf(unit);
		Indicator first = indicators.get(0);
		ReferenceFigures october = new ReferenceFigures(YearMonth.of(2023, 10),
				Map.of(first.code(),
						new ReferenceFigures.Figures(new BigDecimal("118"), new BigDecimal("35.5"), null)));

		Path file = new FormTemplateWriter().write(catalog, unit, NOVEMBER, TemplateOptions.defaults(), this.dir,
				october);

		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
			Row header = sheet.getRow(FormLayout.HEADER_ROW);
			int at = FormColumn.values().length;
			assertThat(List.of(header.getCell(at).getStringCellValue(), header.getCell(at + 1).getStringCellValue(),
					header.getCell(at + 2).getStringCellValue()))
				.containsExactly("上月累计完成", "上月累计到位资金(万元)", "上月累计完成投资(万元)");
			Row row = sheet.getRow(FormLayout.FIRST_DATA_ROW);
			assertThat(row.getCell(FormColumn.CODE.templateIndex()).getStringCellValue()).isEqualTo(first.code());
			assertThat(row.getCell(at).getNumericCellValue()).isEqualTo(118.0);
			assertThat(row.getCell(at + 1).getNumericCellValue()).isEqualTo(35.5);
			assertThat(row.getCell(at).getCellStyle().getLocked()).isTrue();
			assertThat(sheet.getProtect()).isTrue();
			SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
			assertThat(formatting.getNumConditionalFormattings()).isEqualTo(2);
			String cumulative = col(FormColumn.CUMULATIVE_DONE) + (FormLayout.FIRST_DATA_ROW + 1);
			String before = col(at) + (FormLayout.FIRST_DATA_ROW + 1);
			List<String> rules = new java.util.ArrayList<>();
			for (int i = 0; i < formatting.getNumConditionalFormattings(); i++) {
				ConditionalFormatting f = formatting.getConditionalFormattingAt(i);
				rules.add(f.getFormattingRanges()[0].formatAsString() + " " + f.getRule(0).getFormula1());
			}
			assertThat(rules)
				.anyMatch((r) -> r.startsWith(col(FormColumn.CUMULATIVE_DONE) + (FormLayout.FIRST_DATA_ROW + 1))
					&& r.contains("$" + cumulative + "<$" + before))
				.anyMatch((r) -> r.startsWith(col(FormColumn.MONTH_DONE) + (FormLayout.FIRST_DATA_ROW + 1))
					&& r.contains("-($" + cumulative + "-$" + before + "))>0.01"));
		}
	}

	@Test
	void anOlderMonthIsNamedAndOnlyTheFallBelowItIsMarked() throws Exception {
		Catalog catalog = BundledCatalog.load();
		ReferenceFigures june = new ReferenceFigures(YearMonth.of(2023, 6), Map.of());

		Path file = new FormTemplateWriter().write(catalog, "县残联", NOVEMBER, TemplateOptions.defaults(), this.dir,
				june);

		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
			assertThat(sheet.getRow(FormLayout.HEADER_ROW).getCell(FormColumn.values().length).getStringCellValue())
				.isEqualTo("2023年6月累计完成");
			assertThat(sheet.getSheetConditionalFormatting().getNumConditionalFormattings()).isEqualTo(1);
		}
	}

	private static String col(FormColumn column) {
		return col(column.templateIndex());
	}

	private static String col(int index) {
		return CellReference.convertNumToColString(index);
	}

}
