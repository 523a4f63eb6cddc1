package cn.minsheng.rollup.catalog;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.minsheng.rollup.system.OutputFiles;

/**
 * Writes a catalog as the workbook the office keeps and edits each year (Chinese headers, one indicator a row).
 */
public final class CatalogWorkbookWriter {

	public void write(Catalog catalog, Path file) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet(catalog.year() + "年项目清单");
			Font font = workbook.createFont();
			font.setFontName("宋体");
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setFontName("宋体");
			bold.setBold(true);
			header.setFont(bold);
			Row head = sheet.createRow(0);
			for (CatalogColumn column : CatalogColumn.values()) {
				head.createCell(column.ordinal()).setCellValue(column.chinese());
				head.getCell(column.ordinal()).setCellStyle(header);
			}
			int r = 1;
			for (Indicator i : catalog.indicators()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(i.code());
				row.createCell(1).setCellValue(i.level().label());
				row.createCell(2).setCellValue(i.categoryNo());
				row.createCell(3).setCellValue(i.category());
				row.createCell(4).setCellValue(i.name());
				row.createCell(5).setCellValue(i.kind().label());
				row.createCell(6).setCellValue(i.measure().label());
				row.createCell(7).setCellValue(i.unitOfMeasure());
				row.createCell(8).setCellValue(i.annualTarget().doubleValue());
				row.createCell(9).setCellValue(i.responsibleUnit());
				if (i.plannedFundsWan() != null) {
					row.createCell(10).setCellValue(i.plannedFundsWan().doubleValue());
				}
				row.createCell(11).setCellValue(i.dueMonth());
				row.createCell(12).setCellValue(i.continuing() ? "续办" : "新增");
			}
			int[] widths = { 10, 20, 8, 36, 44, 10, 10, 12, 10, 18, 16, 14, 10 };
			for (int c = 0; c < widths.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			sheet.createFreezePane(1, 1);
			sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, r - 1, 0, widths.length - 1));
			OutputFiles.write(file, workbook::write);
		}
	}

}
