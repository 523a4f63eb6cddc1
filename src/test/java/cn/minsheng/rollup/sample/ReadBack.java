package cn.minsheng.rollup.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import cn.minsheng.rollup.form.DistributionColumn;
import cn.minsheng.rollup.form.FooterField;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.form.FormLayout;

/**
 * Reads a filled form back the plain way, as a test would check it by eye: indicator rows, footer, list sums.
 */
final class ReadBack {

	private ReadBack() {
	}

	/** One indicator row; {@code null} for a blank cell. */
	record MainRow(int excelRow, String code, Double target, Double plannedFunds, Double monthDone, Double cumulative,
			String status, Double funds, Double investment, String online, String offline, LocalDate start,
			LocalDate finish, String problems, String nextSteps) {
	}

	/** Everything a test checks in one filled form, read with one opening of the file. */
	record Form(List<MainRow> rows, Map<String, String> footer, Map<String, Double> distributionSums,
			int distributionRows) {
	}

	static Form read(Path file) throws IOException {
		try (Workbook workbook = open(file)) {
			List<MainRow> rows = mainRows(workbook);
			Sheet list = workbook.getSheet(FormLayout.DISTRIBUTION_SHEET);
			return new Form(rows, footer(workbook, rows.size()), distributionSums(list),
					list.getLastRowNum() - FormLayout.DISTRIBUTION_HEADER_ROW);
		}
	}

	static Workbook open(Path file) throws IOException {
		return WorkbookFactory.create(file.toFile(), null, true);
	}

	static List<MainRow> mainRows(Path file) throws IOException {
		try (Workbook workbook = open(file)) {
			return mainRows(workbook);
		}
	}

	private static List<MainRow> mainRows(Workbook workbook) {
		Sheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
		List<MainRow> rows = new ArrayList<>();
		for (int r = FormLayout.FIRST_DATA_ROW;; r++) {
			Row row = sheet.getRow(r);
			String code = row == null ? null : text(row.getCell(FormColumn.CODE.templateIndex()));
			if (code == null || code.endsWith("：")) {
				return rows;
			}
			rows.add(new MainRow(r + 1, code, number(row, FormColumn.ANNUAL_TARGET),
					number(row, FormColumn.PLANNED_FUNDS), number(row, FormColumn.MONTH_DONE),
					number(row, FormColumn.CUMULATIVE_DONE), text(row, FormColumn.STATUS),
					number(row, FormColumn.FUNDS_IN_PLACE), number(row, FormColumn.INVESTMENT_DONE),
					text(row, FormColumn.ONLINE_ACCEPTED), text(row, FormColumn.OFFLINE_ACCEPTED),
					date(row.getCell(FormColumn.START_DATE.templateIndex())),
					date(row.getCell(FormColumn.FINISH_DATE.templateIndex())), text(row, FormColumn.PROBLEMS),
					text(row, FormColumn.NEXT_STEPS)));
		}
	}

	static Map<String, Double> cumulativeByCode(List<MainRow> rows) {
		Map<String, Double> byCode = new LinkedHashMap<>();
		rows.forEach((row) -> byCode.put(row.code(), row.cumulative()));
		return byCode;
	}

	/** The footer cells keyed by label without colon; the fill date as yyyy-MM-dd. */
	private static Map<String, String> footer(Workbook workbook, int indicators) {
		Sheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
		int footerRow = FormLayout.FIRST_DATA_ROW + indicators - 1 + FormLayout.FOOTER_GAP;
		Map<String, String> footer = new LinkedHashMap<>();
		for (FooterField field : FooterField.values()) {
			Row row = sheet.getRow(field.row(footerRow));
			Cell label = row.getCell(field.labelColumn());
			Cell value = row.getCell(field.valueColumn());
			String key = label.getStringCellValue().replace("：", "");
			footer.put(key, field == FooterField.FILL_DATE && value.getCellType() == CellType.NUMERIC
					? value.getLocalDateTimeCellValue().toLocalDate().toString() : text(value));
		}
		return footer;
	}

	/** Sum of 数量 per 项目编码 over 项目分布清单. */
	private static Map<String, Double> distributionSums(Sheet sheet) {
		Map<String, Double> sums = new LinkedHashMap<>();
		for (Row row : sheet) {
			if (row.getRowNum() == FormLayout.DISTRIBUTION_HEADER_ROW) {
				continue;
			}
			String code = text(row.getCell(DistributionColumn.CODE.templateIndex()));
			Cell quantity = row.getCell(DistributionColumn.QUANTITY.templateIndex());
			sums.merge(code, quantity.getNumericCellValue(), Double::sum);
		}
		return sums;
	}

	static String text(Row row, FormColumn column) {
		return text(row.getCell(column.templateIndex()));
	}

	static String text(Cell cell) {
		if (cell == null || cell.getCellType() == CellType.BLANK) {
			return null;
		}
		return cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : cell.toString();
	}

	static Double number(Row row, FormColumn column) {
		Cell cell = row.getCell(column.templateIndex());
		return cell == null || cell.getCellType() != CellType.NUMERIC ? null : cell.getNumericCellValue();
	}

	static LocalDate date(Cell cell) {
		return cell == null || cell.getCellType() != CellType.NUMERIC ? null
				: cell.getLocalDateTimeCellValue().toLocalDate();
	}

}
