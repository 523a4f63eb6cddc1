package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A written year-end workbook as a reader sees it: each sheet's rows below its title, by header.
 */
final class Workbooks {

	private Workbooks() {
	}

	/** The table of a sheet: the header row (row 2) and the rows under it, as text or numbers. */
	record Table(List<String> headers, List<List<Object>> rows) {

		Object value(List<Object> row, String header) {
			int index = this.headers.indexOf(header);
			if (index < 0) {
				throw new IllegalArgumentException("no column " + header + " in " + this.headers);
			}
			return index < row.size() ? row.get(index) : null;
		}

		/** The rows whose column {@code header} holds {@code value}. */
		List<List<Object>> where(String header, Object value) {
			return this.rows.stream().filter((r) -> value.equals(value(r, header))).toList();
		}

		List<Object> only(String header, Object value) {
			List<List<Object>> found = where(header, value);
			if (found.size() != 1) {
				throw new AssertionError(found.size() + " rows with " + header + "=" + value);
			}
			return found.get(0);
		}

	}

	static Table table(Path file, String sheetName) throws IOException {
		DataFormatter formatter = new DataFormatter();
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = workbook.getSheet(sheetName);
			if (sheet == null) {
				throw new AssertionError("no sheet " + sheetName + " in " + file);
			}
			List<String> headers = new ArrayList<>();
			for (Cell cell : sheet.getRow(1)) {
				headers.add(cell.getStringCellValue());
			}
			List<List<Object>> rows = new ArrayList<>();
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				List<Object> values = new ArrayList<>();
				for (int c = 0; c < headers.size(); c++) {
					Cell cell = row == null ? null : row.getCell(c);
					values.add(cell == null || cell.getCellType() == CellType.BLANK ? null
							: cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue()
									: formatter.formatCellValue(cell));
				}
				rows.add(values);
			}
			return new Table(headers, rows);
		}
	}

}
