package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import cn.minsheng.rollup.form.FormLayout;

/**
 * A unit's monthly form read the plain way (POI usermodel): per 项目编码, the cells a person sees under each header,
 * with the Excel row number. Also edits a form in place, as a unit correcting its file would.
 */
final class FormSheet {

	private FormSheet() {
	}

	/** One row of the main sheet: its Excel row number and its values by header. */
	record Line(int rowNumber, Map<String, Object> values) {

		BigDecimal number(String header) {
			Object value = this.values.get(header);
			return value instanceof Double d ? BigDecimal.valueOf(d) : null;
		}

		/** A money cell: blank counts as 0, as the statistics count it. */
		double money(String header) {
			BigDecimal value = number(header);
			return value == null ? 0 : value.doubleValue();
		}

		String text(String header) {
			Object value = this.values.get(header);
			return value == null ? "" : value.toString();
		}

	}

	static Map<String, Line> lines(Path form) throws IOException {
		Map<String, Line> lines = new LinkedHashMap<>();
		DataFormatter formatter = new DataFormatter();
		try (Workbook workbook = WorkbookFactory.create(form.toFile(), null, true)) {
			Sheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
			Row header = sheet.getRow(FormLayout.HEADER_ROW);
			for (int r = FormLayout.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null || row.getCell(1) == null || row.getCell(1).getCellType() != CellType.STRING
						|| !row.getCell(1).getStringCellValue().matches("[SJC]\\d{2}-\\d+")) {
					continue;
				}
				Map<String, Object> values = new LinkedHashMap<>();
				for (Cell h : header) {
					Cell cell = row.getCell(h.getColumnIndex());
					Object value = cell == null ? null
							: cell.getCellType() == CellType.NUMERIC && !org.apache.poi.ss.usermodel.DateUtil
								.isCellDateFormatted(cell) ? (Object) cell.getNumericCellValue()
										: formatter.formatCellValue(cell);
					values.put(h.getStringCellValue().strip(), value);
				}
				lines.put(row.getCell(1).getStringCellValue(), new Line(r + 1, values));
			}
		}
		return lines;
	}

	/** The lines of the form's 项目分布清单 that carry an indicator code. */
	static long listLines(Path form) throws IOException {
		DataFormatter formatter = new DataFormatter();
		long lines = 0;
		try (Workbook workbook = WorkbookFactory.create(form.toFile(), null, true)) {
			Sheet sheet = workbook.getSheet(FormLayout.DISTRIBUTION_SHEET);
			for (Row row : sheet) {
				for (Cell cell : row) {
					if (formatter.formatCellValue(cell).strip().matches("[SJC]\\d{2}-\\d+")) {
						lines++;
						break;
					}
				}
			}
		}
		return lines;
	}

	/** Sets one cell (by Excel reference, e.g. M7) of the main sheet: a number, a text, or blank for {@code null}. */
	static void edit(Path form, String cellRef, Object value) throws IOException {
		Path edited = form.resolveSibling(form.getFileName() + ".editing");
		try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(form))) {
			Sheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
			var ref = new org.apache.poi.ss.util.CellReference(cellRef);
			Row row = sheet.getRow(ref.getRow());
			Cell cell = row.getCell(ref.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
			if (value == null) {
				cell.setBlank();
			}
			else if (value instanceof BigDecimal number) {
				cell.setCellValue(number.doubleValue());
			}
			else {
				cell.setCellValue(value.toString());
			}
			try (OutputStream out = Files.newOutputStream(edited)) {
				workbook.write(out);
			}
		}
		Files.move(edited, form, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
	}

}
