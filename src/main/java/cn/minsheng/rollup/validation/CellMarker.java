package cn.minsheng.rollup.validation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * Marks the offending cells in a copy of a unit's workbook: a fill (red for an error, yellow for a warning only)
 * and a comment holding the messages. A fill style is made once per original style and severity, never per cell.
 */
final class CellMarker {

	static final String AUTHOR = "民生实事汇总系统";

	static final IndexedColors ERROR_FILL = IndexedColors.CORAL;

	static final IndexedColors WARNING_FILL = IndexedColors.LIGHT_YELLOW;

	private final Workbook workbook;

	private final CreationHelper helper;

	private final Map<String, CellStyle> styles = new HashMap<>();

	private final Map<String, Drawing<?>> drawings = new HashMap<>();

	CellMarker(Workbook workbook) {
		this.workbook = workbook;
		this.helper = workbook.getCreationHelper();
	}

	/** Marks each cell named by a violation whose sheet exists; returns how many cells were marked. */
	int mark(List<Violation> violations) {
		Map<String, List<Violation>> byCell = violations.stream()
			.filter((v) -> Texts.isCellRef(v.cellRef()) && this.workbook.getSheet(v.sheet()) != null)
			.collect(Collectors.groupingBy((v) -> v.sheet() + "!" + v.cellRef(), LinkedHashMap::new,
					Collectors.toList()));
		byCell.values().forEach(this::markCell);
		return byCell.size();
	}

	private void markCell(List<Violation> problems) {
		Violation first = problems.get(0);
		Sheet sheet = this.workbook.getSheet(first.sheet());
		CellReference ref = new CellReference(first.cellRef());
		Row row = sheet.getRow(ref.getRow()) != null ? sheet.getRow(ref.getRow()) : sheet.createRow(ref.getRow());
		Cell cell = row.getCell(ref.getCol()) != null ? row.getCell(ref.getCol()) : row.createCell(ref.getCol());
		boolean error = problems.stream().anyMatch(Violation::isError);
		cell.setCellStyle(highlighted(cell.getCellStyle(), error));
		String text = problems.stream()
			.map((v) -> "【" + v.severity().label() + " " + v.ruleCode() + "】" + v.message())
			.collect(Collectors.joining("\n"));
		comment(sheet, cell, text, problems.size());
	}

	private CellStyle highlighted(CellStyle original, boolean error) {
		return this.styles.computeIfAbsent(original.getIndex() + (error ? "E" : "W"), (key) -> {
			CellStyle style = this.workbook.createCellStyle();
			style.cloneStyleFrom(original);
			style.setFillForegroundColor((error ? ERROR_FILL : WARNING_FILL).getIndex());
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		});
	}

	private void comment(Sheet sheet, Cell cell, String text, int count) {
		Comment existing = cell.getCellComment();
		if (existing != null) {
			// A cell holds one comment: keep the unit's own words below ours.
			String theirs = existing.getString() == null ? "" : existing.getString().getString();
			existing.setString(this.helper.createRichTextString(text + "\n——原批注：" + theirs));
			existing.setAuthor(AUTHOR);
			return;
		}
		Drawing<?> drawing = this.drawings.computeIfAbsent(sheet.getSheetName(), (name) -> drawing(sheet));
		// The box sits right of the cell. An .xlsx comment is first created at the box's top-left cell and only then
		// moved to its own cell, so that top-left cell must not hold a comment already (a neighbour's, say).
		int column = cell.getColumnIndex() + 1;
		int row = cell.getRowIndex();
		while (sheet.getCellComment(new CellAddress(row, column)) != null) {
			row++;
		}
		ClientAnchor anchor = this.helper.createClientAnchor();
		anchor.setCol1(column);
		anchor.setCol2(column + 4);
		anchor.setRow1(row);
		anchor.setRow2(row + Math.min(3 + 2 * count, 12));
		Comment comment = drawing.createCellComment(anchor);
		comment.setString(this.helper.createRichTextString(text));
		comment.setAuthor(AUTHOR);
		cell.setCellComment(comment);
	}

	/** The sheet's existing drawing: creating a new one in an .xls would drop the shapes already there. */
	private static Drawing<?> drawing(Sheet sheet) {
		Drawing<?> existing = sheet.getDrawingPatriarch();
		return existing != null ? existing : sheet.createDrawingPatriarch();
	}

}
