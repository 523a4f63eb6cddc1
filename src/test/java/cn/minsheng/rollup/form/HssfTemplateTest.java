package cn.minsheng.rollup.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.YearMonth;

import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.junit.jupiter.api.Test;

class HssfTemplateTest {

	@Test
	void laysOutTheSameFormInAnExcel97Workbook() throws IOException {
		UnitForm form = UnitForm.of(BundledCatalog.load(), "县医保局", YearMonth.of(2023, 11));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			new FormTemplateWriter().populate(workbook, form, TemplateOptions.defaults());
			workbook.write(bytes);
		}

		try (HSSFWorkbook workbook = new HSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			HSSFSheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("湘潭县2023年重点民生实事项目进展情况月报表");
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("填报单位：县医保局");
			assertThat(sheet.getRow(FormLayout.FIRST_DATA_ROW + 1).getCell(FormColumn.CODE.templateIndex())
				.getStringCellValue()).isEqualTo("S02-2");
			assertThat(sheet.getProtect()).isTrue();
			assertThat(sheet.getPassword()).isZero();
			assertThat(sheet.getRow(FormLayout.FIRST_DATA_ROW).getCell(FormColumn.CUMULATIVE_DONE.templateIndex())
				.getCellStyle().getLocked()).isFalse();
			DataValidation status = Validations.at(sheet, FormLayout.FIRST_DATA_ROW, FormColumn.STATUS.templateIndex())
				.orElseThrow();
			assertThat(status.getValidationConstraint().getExplicitListValues()).containsExactly("未开工", "在建", "已完工",
					"已验收");
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			// without automatic page breaks Excel and LibreOffice ignore fit-to-width in .xls
			assertThat(sheet.getFitToPage()).isTrue();
			assertThat(sheet.getAutobreaks()).isTrue();
			int meta = workbook.getSheetIndex(FormLayout.META_SHEET);
			assertThat(workbook.getSheetVisibility(meta)).isEqualTo(SheetVisibility.VERY_HIDDEN);
			assertThat(workbook.getSheetAt(meta).getRow(0).getCell(1).getStringCellValue()).isEqualTo("2023-11-县医保局");
		}
	}

}
