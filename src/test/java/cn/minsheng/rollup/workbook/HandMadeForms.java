package cn.minsheng.rollup.workbook;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

import cn.minsheng.rollup.form.FormLayout;

/**
 * Forms as people make them, for tests: a handed-out form edited cell by cell (as a person types into Excel), then
 * saved by LibreOffice headless, which writes the file its own way (its own styles, shared strings, no metadata of
 * ours beyond what the sheets hold).
 */
public final class HandMadeForms {

	private HandMadeForms() {
	}

	/** Whether {@code soffice} is on the PATH; tests that need it are skipped without. */
	public static boolean libreOfficeInstalled() {
		String path = System.getenv("PATH");
		return path != null && List.of(path.split(File.pathSeparator)).stream()
			.anyMatch((d) -> Files.isExecutable(Path.of(d, "soffice")));
	}

	/**
	 * Opens the file in LibreOffice and saves it as {@code format} (xlsx, xls or ods) under {@code name} in
	 * {@code dir}.
	 * @return the saved file
	 */
	public static Path savedByLibreOffice(Path file, String format, Path dir, String name) throws IOException {
		// outside the folder the file goes to: LibreOffice's profile must not land in an office's input folder
		Path work = Files.createTempDirectory("soffice");
		Path input = work.resolve("in-" + file.getFileName());
		Files.copy(file, input);
		Path out = work.resolve("out");
		String filter = switch (format) {
			case "xls" -> "xls:MS Excel 97";
			case "ods" -> "ods";
			default -> "xlsx:Calc MS Excel 2007 XML";
		};
		run(work, "soffice", "-env:UserInstallation=" + work.resolve("profile").toUri(), "--headless",
				"--convert-to", filter, "--outdir", out.toString(), input.toString());
		String stem = input.getFileName().toString().replaceFirst("\\.[^.]+$", "");
		Path saved = dir.resolve(name);
		Files.createDirectories(saved.getParent());
		Files.move(out.resolve(stem + "." + format), saved);
		deleteTree(work);
		return saved;
	}

	/** Edits the main sheet in place: the consumer types into cells found by their header. */
	public static void editMainSheet(Path file, Consumer<MainSheetEdit> edits) throws IOException {
		byte[] edited;
		try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(file))) {
			edits.accept(new MainSheetEdit(workbook.getSheet(FormLayout.MAIN_SHEET)));
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			workbook.write(bytes);
			edited = bytes.toByteArray();
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(edited);
		}
	}

	/**
	 * Writes formulas into cells of a sheet by reference (D5…), without calculated values, as a script that fills a
	 * saved form does.
	 */
	public static void writeFormulas(Path file, String sheetName, Map<String, String> formulasByCell)
			throws IOException {
		rewrite(file, (workbook) -> {
			Sheet sheet = workbook.getSheet(sheetName);
			formulasByCell.forEach((reference, formula) -> {
				CellReference ref = new CellReference(reference);
				Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
				Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
				cell.setCellFormula(formula);
				if (cell instanceof org.apache.poi.xssf.usermodel.XSSFCell xssf && xssf.getCTCell().isSetV()) {
					xssf.getCTCell().unsetV();
				}
			});
		});
	}

	/** Edits a sheet laid out as the main sheet (a copy of it) in place, as {@link #editMainSheet} does. */
	public static void editSheet(Path file, String sheetName, Consumer<MainSheetEdit> edits) throws IOException {
		rewrite(file, (workbook) -> edits.accept(new MainSheetEdit(workbook.getSheet(sheetName))));
	}

	/**
	 * Copies the main sheet within its workbook as Excel's 移动或复制工作表 → 建立副本 does, and names the copy; the copy
	 * goes right after the original.
	 */
	public static void copyMainSheet(Path file, String copyName) throws IOException {
		rewrite(file, (workbook) -> {
			int original = workbook.getSheetIndex(FormLayout.MAIN_SHEET);
			Sheet copy = workbook.cloneSheet(original);
			workbook.setSheetName(workbook.getSheetIndex(copy), copyName);
			workbook.setSheetOrder(copyName, original + 1);
		});
	}

	/**
	 * Pastes the main sheet of {@code from} into a new sheet of {@code into}, as a person selects the whole table of
	 * one workbook and pastes it into another: the cells' values, formulas, number formats and merged cells.
	 */
	public static void pasteMainSheet(Path from, Path into, String sheetName) throws IOException {
		try (Workbook source = WorkbookFactory.create(from.toFile(), null, true)) {
			Sheet original = source.getSheet(FormLayout.MAIN_SHEET);
			rewrite(into, (workbook) -> paste(original, workbook.createSheet(sheetName)));
		}
	}

	private static void paste(Sheet from, Sheet to) {
		Map<String, org.apache.poi.ss.usermodel.CellStyle> styles = new java.util.HashMap<>();
		for (Row row : from) {
			Row pasted = to.createRow(row.getRowNum());
			for (Cell cell : row) {
				Cell target = pasted.createCell(cell.getColumnIndex());
				switch (cell.getCellType()) {
					case STRING -> target.setCellValue(cell.getStringCellValue());
					case NUMERIC -> target.setCellValue(cell.getNumericCellValue());
					case BOOLEAN -> target.setCellValue(cell.getBooleanCellValue());
					case FORMULA -> target.setCellFormula(cell.getCellFormula());
					default -> {
						continue;
					}
				}
				String format = cell.getCellStyle().getDataFormatString();
				if (format != null && !"General".equals(format)) {
					target.setCellStyle(styles.computeIfAbsent(format, (f) -> {
						org.apache.poi.ss.usermodel.CellStyle style = to.getWorkbook().createCellStyle();
						style.setDataFormat(to.getWorkbook().createDataFormat().getFormat(f));
						return style;
					}));
				}
			}
		}
		from.getMergedRegions().forEach(to::addMergedRegion);
	}

	private static void rewrite(Path file, Consumer<Workbook> change) throws IOException {
		byte[] edited;
		try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(file))) {
			change.accept(workbook);
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			workbook.write(bytes);
			edited = bytes.toByteArray();
		}
		try (OutputStream out = Files.newOutputStream(file)) {
			out.write(edited);
		}
	}

	/** Removes a sheet, as when a unit pastes the form into a new workbook (no hidden 表单信息 then). */
	public static void removeSheet(Path file, String sheetName) throws IOException {
		byte[] edited;
		try (Workbook workbook = WorkbookFactory.create(Files.newInputStream(file))) {
			workbook.removeSheetAt(workbook.getSheetIndex(sheetName));
			java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
			workbook.write(bytes);
			edited = bytes.toByteArray();
		}
		Files.write(file, edited);
	}

	/** The main sheet of a form being edited, its cells found by 项目编码 and the column header. */
	public static final class MainSheetEdit {

		private final Sheet sheet;

		private final Row header;

		MainSheetEdit(Sheet sheet) {
			this.sheet = sheet;
			this.header = sheet.getRow(FormLayout.HEADER_ROW);
		}

		/** The indicator codes of the rows, in sheet order, with their row index. */
		public Map<String, Integer> codes() {
			int code = column("项目编码");
			Map<String, Integer> rows = new LinkedHashMap<>();
			for (int r = FormLayout.FIRST_DATA_ROW; r <= this.sheet.getLastRowNum(); r++) {
				Row row = this.sheet.getRow(r);
				Cell cell = row == null ? null : row.getCell(code);
				if (cell != null && cell.getCellType() == CellType.STRING
						&& cell.getStringCellValue().matches("[SJC]\\d{2}-\\d+")) {
					rows.put(cell.getStringCellValue(), r);
				}
			}
			return rows;
		}

		/** The number in the cell of the indicator's row under the header, {@code null} when it holds none. */
		public BigDecimal number(String code, String header) {
			Cell cell = cell(code, header);
			return cell.getCellType() == CellType.NUMERIC ? BigDecimal.valueOf(cell.getNumericCellValue()) : null;
		}

		/** Types a number into the cell. */
		public void type(String code, String header, double value) {
			cell(code, header).setCellValue(value);
		}

		/** Types a number into the cell and gives it a date format, as Excel does when 「9.5」 goes into a date cell. */
		public void typeDate(String code, String header, double value) {
			Cell cell = cell(code, header);
			cell.setCellValue(value);
			org.apache.poi.ss.usermodel.CellStyle style = this.sheet.getWorkbook().createCellStyle();
			style.cloneStyleFrom(cell.getCellStyle());
			style.setDataFormat(this.sheet.getWorkbook().createDataFormat().getFormat("yyyy-mm-dd"));
			cell.setCellStyle(style);
		}

		/** Types text into the cell, as a person types 「/」 or 「11月1日」. */
		public void type(String code, String header, String text) {
			cell(code, header).setCellValue(text);
		}

		/** Types a formula without a calculated value, as scripts and some exports save them. */
		public void typeFormula(String code, String header, String formula) {
			Cell cell = cell(code, header);
			cell.setCellFormula(formula);
			// POI keeps the cell's former value as the formula's result; a script's file has none
			if (cell instanceof org.apache.poi.xssf.usermodel.XSSFCell xssf && xssf.getCTCell().isSetV()) {
				xssf.getCTCell().unsetV();
			}
		}

		/** Types text into a header-block or footer cell by its reference (C2, B20…). */
		public void typeAt(String reference, String text) {
			CellReference ref = new CellReference(reference);
			Row row = this.sheet.getRow(ref.getRow()) == null ? this.sheet.createRow(ref.getRow())
					: this.sheet.getRow(ref.getRow());
			Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
			cell.setCellValue(text);
		}

		/** Adds a column after the last one with this header, as a unit adds its own 备注; returns its index. */
		public int addColumn(String header) {
			int index = this.header.getLastCellNum();
			this.header.createCell(index).setCellValue(header);
			return index;
		}

		/** Types into the indicator's row in the column at {@code index}; a String as text, a Number as a number. */
		public String typeAt(String code, int index, Object value) {
			Row row = this.sheet.getRow(codes().get(code));
			Cell cell = row.getCell(index) == null ? row.createCell(index) : row.getCell(index);
			if (value instanceof Number n) {
				cell.setCellValue(n.doubleValue());
			}
			else {
				cell.setCellValue(value.toString());
			}
			return new CellReference(cell).formatAsString(false);
		}

		/**
		 * Merges the column's cells of the indicators' rows, from the first code's row to the last's, as Excel's
		 * 合并后居中 does: only the top cell keeps its content.
		 */
		public String merge(String header, String firstCode, String lastCode) {
			int c = column(header);
			int first = codes().get(firstCode);
			int last = codes().get(lastCode);
			for (int r = first + 1; r <= last; r++) {
				Cell covered = this.sheet.getRow(r).getCell(c);
				if (covered != null) {
					this.sheet.getRow(r).removeCell(covered);
				}
			}
			org.apache.poi.ss.util.CellRangeAddress range =
					new org.apache.poi.ss.util.CellRangeAddress(first, last, c, c);
			this.sheet.addMergedRegion(range);
			return range.formatAsString();
		}

		/** Retypes a column's header, as a unit writes its own (「1-11月累计完成」). */
		public void renameHeader(String header, String written) {
			this.header.getCell(column(header)).setCellValue(written);
		}

		/** The reference of the indicator's cell under the header, e.g. J4. */
		public String reference(String code, String header) {
			return new CellReference(cell(code, header)).formatAsString(false);
		}

		private Cell cell(String code, String header) {
			Integer r = codes().get(code);
			if (r == null) {
				throw new IllegalArgumentException("no row " + code);
			}
			Row row = this.sheet.getRow(r);
			int c = column(header);
			return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
		}

		private int column(String name) {
			for (Cell cell : this.header) {
				if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().strip().equals(name)) {
					return cell.getColumnIndex();
				}
			}
			throw new IllegalStateException("no column " + name);
		}

	}

	private static void deleteTree(Path root) throws IOException {
		try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

	private static void run(Path dir, String... command) throws IOException {
		Path log = dir.resolve("soffice.log");
		Process process = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		try {
			if (!process.waitFor(180, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IOException("soffice did not finish within 3 minutes");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
		if (process.exitValue() != 0) {
			throw new IOException("soffice failed: " + Files.readString(log));
		}
	}

}
