package cn.minsheng.rollup.sample;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;

/**
 * Compares workbooks cell by cell by what a user sees stored: type and value, formulas by their text.
 */
final class CellDiff {

	private CellDiff() {
	}

	/** What a cell stores, e.g. {@code N:6500.0}, {@code S:在建}, {@code F:IF(…)}; empty for a blank or absent cell. */
	static String signature(Cell cell) {
		if (cell == null) {
			return "";
		}
		return switch (cell.getCellType()) {
			case NUMERIC -> "N:" + cell.getNumericCellValue();
			case STRING -> "S:" + cell.getStringCellValue();
			case FORMULA -> "F:" + cell.getCellFormula();
			case BOOLEAN -> "B:" + cell.getBooleanCellValue();
			case BLANK -> "";
			default -> cell.getCellType().name();
		};
	}

	/** References of the cells whose signatures differ between two sheets. */
	static List<String> differences(Sheet left, Sheet right) {
		List<String> refs = new ArrayList<>();
		int lastRow = Math.max(left.getLastRowNum(), right.getLastRowNum());
		for (int r = 0; r <= lastRow; r++) {
			Row a = left.getRow(r);
			Row b = right.getRow(r);
			int lastCell = Math.max(a == null ? 0 : a.getLastCellNum(), b == null ? 0 : b.getLastCellNum());
			for (int c = 0; c < lastCell; c++) {
				String sa = signature(a == null ? null : a.getCell(c));
				String sb = signature(b == null ? null : b.getCell(c));
				if (!sa.equals(sb)) {
					refs.add(new CellReference(r, c).formatAsString(false) + " [" + sa + "] ≠ [" + sb + "]");
				}
			}
		}
		return refs;
	}

	/** Differences over every sheet (hidden ones too), prefixed by the sheet name; a missing sheet is one. */
	static List<String> differences(Workbook left, Workbook right) {
		List<String> refs = new ArrayList<>();
		if (left.getNumberOfSheets() != right.getNumberOfSheets()) {
			refs.add("sheets: " + left.getNumberOfSheets() + " ≠ " + right.getNumberOfSheets());
		}
		for (int s = 0; s < left.getNumberOfSheets(); s++) {
			Sheet sheet = left.getSheetAt(s);
			Sheet other = right.getSheet(sheet.getSheetName());
			if (other == null) {
				refs.add(sheet.getSheetName() + " missing");
				continue;
			}
			differences(sheet, other).forEach((d) -> refs.add(sheet.getSheetName() + "!" + d));
		}
		return refs;
	}

	static boolean isBlank(Cell cell) {
		return cell == null || cell.getCellType() == CellType.BLANK;
	}

}
