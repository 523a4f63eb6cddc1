package cn.minsheng.rollup.form;

import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Writes the hidden sheet {@value FormLayout#META_SHEET}: one {@link FormMetadata} key and value per row. The sheet is
 * "very hidden" (not offered by Excel's Unhide menu) and protected, so the form keeps its identity whatever the unit
 * names the file.
 */
final class MetaSheetWriter {

	private MetaSheetWriter() {
	}

	static void write(Workbook workbook, UnitForm form, TemplateOptions options) {
		Sheet sheet = workbook.createSheet(FormLayout.META_SHEET);
		int r = 0;
		for (Map.Entry<String, String> entry : form.metadata().toEntries().entrySet()) {
			Row row = sheet.createRow(r++);
			row.createCell(0).setCellValue(entry.getKey());
			row.createCell(1).setCellValue(entry.getValue());
		}
		sheet.setColumnWidth(0, 24 * 256);
		sheet.setColumnWidth(1, 40 * 256);
		SheetProtection.protect(sheet, options);
		workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
	}

}
