package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import cn.minsheng.rollup.catalog.Catalog;

/**
 * Reads the office's acceptance record, {@code 验收记录-2023.xlsx} in the catalog folder: one line per acceptance with
 * 项目编码, 验收类型 (线上/线下), 是否通过 (是/否), 验收日期, 录入人. Headers are found by name in the first rows of the first
 * sheet; a line the reader cannot use is skipped and reported in Chinese with its row.
 */
final class AcceptanceRecordReader {

	static final List<String> HEADERS = List.of("项目编码", "验收类型", "是否通过", "验收日期", "录入人", "备注");

	private final DataFormatter formatter = new DataFormatter();

	/** The file's name for a year: 验收记录-2023.xlsx. */
	static String fileName(int year) {
		return "验收记录-" + year + ".xlsx";
	}

	/** The records and the problems of one file; both empty when the file is absent. */
	record Result(List<AcceptanceRecord> records, List<String> problems) {

		Result {
			records = List.copyOf(records);
			problems = List.copyOf(problems);
		}

	}

	Result read(Path file, Catalog catalog) throws IOException {
		if (!Files.isRegularFile(file)) {
			return new Result(List.of(), List.of());
		}
		List<AcceptanceRecord> records = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = workbook.getSheetAt(0);
			Map<String, Integer> columns = new HashMap<>();
			int headerRow = findHeader(sheet, columns);
			if (headerRow < 0) {
				problems.add(file.getFileName() + "：找不到表头（应含「项目编码」「验收类型」「是否通过」「录入人」），未读取");
				return new Result(records, problems);
			}
			for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				String code = text(row, columns.get("项目编码"));
				if (code.isEmpty() || code.codePoints().anyMatch((c) -> c >= 0x2E80)) {
					continue; // blank lines, and Chinese text: the notes under the table, the blank form's example
				}
				String where = file.getFileName() + " 第" + (r + 1) + "行";
				String problem = record(row, columns, code, where, catalog, records);
				if (problem != null) {
					problems.add(where + "：" + problem + "，未计入");
				}
			}
		}
		return new Result(records, problems);
	}

	private String record(Row row, Map<String, Integer> columns, String code, String where, Catalog catalog,
			List<AcceptanceRecord> records) {
		if (catalog.find(code).isEmpty()) {
			return "项目编码「" + code + "」不在项目清单中";
		}
		var kind = AcceptanceKind.fromText(text(row, columns.get("验收类型")));
		if (kind.isEmpty()) {
			return "验收类型应填「线上」或「线下」";
		}
		String passed = text(row, columns.get("是否通过"));
		if (!"是".equals(passed) && !"否".equals(passed)) {
			return "是否通过应填「是」或「否」";
		}
		String by = text(row, columns.get("录入人"));
		if (by.isEmpty()) {
			return "录入人未填";
		}
		LocalDate on;
		try {
			on = date(row, columns.get("验收日期"));
		}
		catch (DateTimeParseException ex) {
			return "验收日期应写作 2023-12-20";
		}
		records.add(new AcceptanceRecord(catalog.year(), code, kind.get(), "是".equals(passed), on, by, where, null));
		return null;
	}

	private int findHeader(Sheet sheet, Map<String, Integer> columns) {
		for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), 10); r++) {
			Row row = sheet.getRow(r);
			if (row == null) {
				continue;
			}
			columns.clear();
			for (Cell cell : row) {
				String header = this.formatter.formatCellValue(cell).replaceAll("\\s", "");
				if (HEADERS.contains(header)) {
					columns.put(header, cell.getColumnIndex());
				}
			}
			if (columns.keySet().containsAll(List.of("项目编码", "验收类型", "是否通过", "录入人"))) {
				return r;
			}
		}
		return -1;
	}

	private String text(Row row, Integer column) {
		if (row == null || column == null) {
			return "";
		}
		Cell cell = row.getCell(column);
		return cell == null ? "" : this.formatter.formatCellValue(cell).strip();
	}

	private LocalDate date(Row row, Integer column) {
		if (row == null || column == null || row.getCell(column) == null) {
			return null;
		}
		Cell cell = row.getCell(column);
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
		}
		String text = text(row, column);
		return text.isEmpty() ? null : LocalDate.parse(text.replace('/', '-').replace('.', '-'));
	}

}
