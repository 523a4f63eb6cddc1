package cn.minsheng.rollup.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Kind;
import cn.minsheng.rollup.catalog.Level;
import cn.minsheng.rollup.catalog.Measure;

class LongCodeListTest {

	@Test
	void takesTheCodeListFromAHiddenSheetWhenItIsTooLongToWriteOut() throws Exception {
		List<Indicator> indicators = new ArrayList<>();
		for (int i = 1; i <= 50; i++) {
			indicators.add(new Indicator("S01-" + i, Level.PROVINCIAL, "S01", "促进就业", "指标" + i, Kind.INDICATOR,
					Measure.CUMULATIVE, "人", BigDecimal.TEN, "县人社局", null, 12, true));
		}
		UnitForm form = UnitForm.of(new Catalog(2023, indicators), "县人社局", YearMonth.of(2023, 11));

		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			new FormTemplateWriter().populate(workbook, form, TemplateOptions.defaults());

			Sheet list = workbook.getSheet(DistributionSheetWriter.CODE_LIST_SHEET);
			int index = workbook.getSheetIndex(list);
			assertThat(workbook.getSheetVisibility(index)).isEqualTo(SheetVisibility.VERY_HIDDEN);
			assertThat(list.getRow(49).getCell(0).getStringCellValue()).isEqualTo("S01-50");
			DataValidation codes = Validations
				.at(workbook.getSheet(FormLayout.DISTRIBUTION_SHEET), 1, DistributionColumn.CODE.templateIndex())
				.orElseThrow();
			assertThat(codes.getValidationConstraint().getFormula1()).isEqualTo("'编码列表'!$A$1:$A$50");
			assertThat(workbook.getSheetIndex(FormLayout.MAIN_SHEET)).isZero();
		}
	}

}
