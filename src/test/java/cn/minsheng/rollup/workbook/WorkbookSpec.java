package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small workbook described in a test and written as .xlsx or .xls with POI's usermodel (writing is fine in
 * tests), so that both readers can be fed exactly the same content.
 */
final class WorkbookSpec {

	/** A formula cell; its cached value is computed when the workbook is written. */
	record Formula(String expression) {
	}

	/** A number shown with an explicit format. */
	record Formatted(double value, String format) {
	}

	private final List<SheetSpec> sheets = new ArrayList<>();

	private boolean date1904;

	SheetSpec sheet(String name) {
		SheetSpec sheet = new SheetSpec(name);
		this.sheets.add(sheet);
		return sheet;
	}

	WorkbookSpec date1904() {
		this.date1904 = true;
		return this;
	}

	static Formula formula(String expression) {
		return new Formula(expression);
	}

	static Formatted formatted(double value, String format) {
		return new Formatted(value, format);
	}

	Path writeXlsx(Path dir, String fileName) {
		return write(new XSSFWorkbook(), dir.resolve(fileName));
	}

	Path writeXls(Path dir, String fileName) {
		return write(new HSSFWorkbook(), dir.resolve(fileName));
	}

	private Path write(Workbook workbook, Path file) {
		try (workbook; OutputStream out = Files.newOutputStream(file)) {
			if (this.date1904) {
				set1904(workbook);
			}
			for (SheetSpec spec : this.sheets) {
				spec.writeTo(workbook, this.date1904);
			}
			workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
			workbook.write(out);
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void set1904(Workbook workbook) {
		if (workbook instanceof XSSFWorkbook xssf) {
			var ct = xssf.getCTWorkbook();
			(ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
		}
		else {
			HSSFWorkbook hssf = (HSSFWorkbook) workbook;
			((DateWindow1904Record) hssf.getInternalWorkbook().findFirstRecordBySid(DateWindow1904Record.sid))
				.setWindowing((short) 1);
		}
	}

	/** One sheet: rows by zero-based index, merged regions, visibility. */
	static final class SheetSpec {

		private final String name;

		private final Map<Integer, Object[]> rows = new TreeMap<>();

		private final List<String> merges = new ArrayList<>();

		private boolean hidden;

		private SheetSpec(String name) {
			this.name = name;
		}

		SheetSpec row(int index, Object... values) {
			this.rows.put(index, values);
			return this;
		}

		SheetSpec merge(String range) {
			this.merges.add(range);
			return this;
		}

		SheetSpec hidden() {
			this.hidden = true;
			return this;
		}

		private void writeTo(Workbook workbook, boolean date1904) {
			Sheet sheet = workbook.createSheet(this.name);
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
			this.rows.forEach((index, values) -> {
				Row row = sheet.createRow(index);
				for (int column = 0; column < values.length; column++) {
					if (values[column] != null) {
						write(row.createCell(column), values[column], dateStyle, date1904);
					}
				}
			});
			this.merges.forEach((range) -> sheet.addMergedRegion(CellRangeAddress.valueOf(range)));
			if (this.hidden) {
				workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.HIDDEN);
			}
		}

		private static void write(Cell cell, Object value, CellStyle dateStyle, boolean date1904) {
			if (value instanceof String text) {
				cell.setCellValue(text);
			}
			else if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value instanceof Boolean bool) {
				cell.setCellValue(bool);
			}
			else if (value instanceof LocalDate date) {
				// the serial is computed here: HSSF's setCellValue(date) ignores a 1904 switch made after creation
				cell.setCellValue(DateUtil.getExcelDate(date.atStartOfDay(), date1904));
				cell.setCellStyle(dateStyle);
			}
			else if (value instanceof Formula formula) {
				cell.setCellFormula(formula.expression());
			}
			else if (value instanceof Formatted formatted) {
				Workbook workbook = cell.getSheet().getWorkbook();
				CellStyle style = workbook.createCellStyle();
				style.setDataFormat(workbook.createDataFormat().getFormat(formatted.format()));
				cell.setCellValue(formatted.value());
				cell.setCellStyle(style);
			}
			else {
				throw new IllegalArgumentException("unsupported test value " + value);
			}
		}

	}

}
