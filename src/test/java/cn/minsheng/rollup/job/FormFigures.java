package cn.minsheng.rollup.job;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import cn.minsheng.rollup.form.FormLayout;

/**
 * Reads a unit's form the plain way (POI usermodel), independently of the product's streaming reader: the figures a
 * person sees in the file.
 */
final class FormFigures {

	private FormFigures() {
	}

	/** 累计完成 per 项目编码, by the headers of the 月报表 sheet. */
	static Map<String, BigDecimal> cumulativeByCode(Path form) throws IOException {
		Map<String, BigDecimal> values = new LinkedHashMap<>();
		try (Workbook workbook = WorkbookFactory.create(form.toFile(), null, true)) {
			Sheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
			Row header = sheet.getRow(FormLayout.HEADER_ROW);
			int code = column(header, "项目编码");
			int cumulative = column(header, "累计完成");
			for (int r = FormLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || row.getCell(code) == null || row.getCell(code).getCellType() != CellType.STRING
						|| !row.getCell(code).getStringCellValue().matches("[SJC]\\d{2}-\\d+")) {
					continue;
				}
				Cell value = row.getCell(cumulative);
				if (value != null && value.getCellType() == CellType.NUMERIC) {
					values.put(row.getCell(code).getStringCellValue(), BigDecimal.valueOf(value.getNumericCellValue()));
				}
			}
		}
		return values;
	}

	static int column(Row header, String name) {
		for (Cell cell : header) {
			if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().strip().equals(name)) {
				return cell.getColumnIndex();
			}
		}
		throw new IllegalStateException("no column " + name);
	}

}
