package cn.minsheng.rollup.form;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;

import cn.minsheng.rollup.catalog.Indicator;

/**
 * Lays out the sheet 月报表: title, unit and month, headers, one prefilled row per indicator with input cells and
 * their checks, the footer, a filling note, print setup and protection.
 */
final class MainSheetWriter {

	private static final int COLUMNS = FormColumn.values().length;

	private final FormStyles styles;

	MainSheetWriter(FormStyles styles) {
		this.styles = styles;
	}

	void write(Sheet sheet, UnitForm form, TemplateOptions options) {
		write(sheet, form, options, null);
	}

	/** @param reference the unit's latest accepted earlier month, as reference columns; {@code null} for none */
	void write(Sheet sheet, UnitForm form, TemplateOptions options, ReferenceFigures reference) {
		for (FormColumn column : FormColumn.values()) {
			sheet.setColumnWidth(column.templateIndex(), column.width() * 256);
		}
		writeHeading(sheet, form, options);
		List<Indicator> indicators = form.indicators();
		for (int i = 0; i < indicators.size(); i++) {
			writeIndicator(sheet.createRow(form.rowOf(i)), i, indicators.get(i));
		}
		new MainSheetChecks(sheet, form).add();
		if (reference != null) {
			ReferenceColumns.write(sheet, form, reference, this.styles);
		}
		writeFooter(sheet, form);
		sheet.createFreezePane(0, FormLayout.FIRST_DATA_ROW);
		printSetup(sheet);
		SheetProtection.protect(sheet, options);
	}

	private void writeHeading(Sheet sheet, UnitForm form, TemplateOptions options) {
		Row title = sheet.createRow(FormLayout.TITLE_ROW);
		title.setHeightInPoints(30);
		cell(title, 0, StyleRole.TITLE).setCellValue(FormLayout.title(options.county(), form.catalog().year()));
		merge(sheet, FormLayout.TITLE_ROW, 0, COLUMNS - 1);
		Row info = sheet.createRow(FormLayout.INFO_ROW);
		info.setHeightInPoints(20);
		cell(info, 0, StyleRole.INFO).setCellValue(form.unitText());
		merge(sheet, FormLayout.INFO_ROW, 0, FormLayout.PERIOD_LABEL_COLUMN - 1);
		cell(info, FormLayout.PERIOD_LABEL_COLUMN, StyleRole.INFO).setCellValue(form.periodText());
		merge(sheet, FormLayout.INFO_ROW, FormLayout.PERIOD_LABEL_COLUMN, FormLayout.PERIOD_LABEL_COLUMN + 4);
		Row header = sheet.createRow(FormLayout.HEADER_ROW);
		header.setHeightInPoints(32);
		for (FormColumn column : FormColumn.values()) {
			cell(header, column.templateIndex(), StyleRole.HEADER).setCellValue(column.header());
		}
	}

	private void writeIndicator(Row row, int index, Indicator indicator) {
		for (FormColumn column : FormColumn.values()) {
			cell(row, column.templateIndex(), roleOf(column));
		}
		row.getCell(FormColumn.SEQ.templateIndex()).setCellValue(index + 1);
		row.getCell(FormColumn.CODE.templateIndex()).setCellValue(indicator.code());
		row.getCell(FormColumn.LEVEL.templateIndex()).setCellValue(indicator.level().label());
		row.getCell(FormColumn.CATEGORY.templateIndex()).setCellValue(indicator.category());
		row.getCell(FormColumn.INDICATOR.templateIndex()).setCellValue(indicator.name());
		row.getCell(FormColumn.UNIT_OF_MEASURE.templateIndex()).setCellValue(indicator.unitOfMeasure());
		row.getCell(FormColumn.ANNUAL_TARGET.templateIndex()).setCellValue(indicator.annualTarget().doubleValue());
		if (indicator.plannedFundsWan() != null) {
			row.getCell(FormColumn.PLANNED_FUNDS.templateIndex())
				.setCellValue(indicator.plannedFundsWan().doubleValue());
		}
		row.getCell(FormColumn.COMPLETION_RATE.templateIndex()).setCellFormula(completionFormula(row.getRowNum()));
		RowHeights.fit(row);
	}

	/** 完成率 = 累计完成 ÷ 年度目标, blank while 累计完成 is not a number. */
	static String completionFormula(int rowIndex) {
		String cumulative = ref(FormColumn.CUMULATIVE_DONE, rowIndex);
		String target = ref(FormColumn.ANNUAL_TARGET, rowIndex);
		return "IF(AND(ISNUMBER(" + cumulative + ")," + target + ">0)," + cumulative + "/" + target + ",\"\")";
	}

	private static String ref(FormColumn column, int rowIndex) {
		return CellReference.convertNumToColString(column.templateIndex()) + (rowIndex + 1);
	}

	static StyleRole roleOf(FormColumn column) {
		return switch (column.type()) {
			case NUMBER -> column.prefilled() ? StyleRole.FIXED_NUMBER : StyleRole.INPUT_NUMBER;
			case PERCENT -> StyleRole.PERCENT;
			case DATE -> StyleRole.INPUT_DATE;
			case STATUS_CHOICE, YES_NO -> StyleRole.INPUT_CHOICE;
			case TEXT -> textRole(column);
		};
	}

	private static StyleRole textRole(FormColumn column) {
		if (!column.prefilled()) {
			return StyleRole.INPUT_WRAP;
		}
		return switch (column) {
			case LEVEL, CATEGORY, INDICATOR -> StyleRole.FIXED_WRAP;
			default -> StyleRole.FIXED_TEXT;
		};
	}

	private void writeFooter(Sheet sheet, UnitForm form) {
		int footerRow = form.footerRow();
		for (FooterField field : FooterField.values()) {
			int rowIndex = field.row(footerRow);
			Row row = sheet.getRow(rowIndex) != null ? sheet.getRow(rowIndex) : sheet.createRow(rowIndex);
			row.setHeightInPoints(22);
			cell(row, field.labelColumn(), StyleRole.FOOTER_LABEL).setCellValue(field.label());
			cell(row, field.valueColumn(), field == FooterField.FILL_DATE ? StyleRole.FOOTER_DATE
					: StyleRole.FOOTER_INPUT);
		}
		int noteRow = footerRow + FooterField.ROWS;
		Row note = sheet.createRow(noteRow);
		note.setHeightInPoints(30);
		cell(note, 0, StyleRole.NOTE).setCellValue(FormNotes.fillingNote(form.period()));
		merge(sheet, noteRow, 0, COLUMNS - 1);
	}

	private static void printSetup(Sheet sheet) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		sheet.setFitToPage(true);
		// Excel 97 files are fitted only with automatic page breaks on
		sheet.setAutobreaks(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(FormLayout.TITLE_ROW, FormLayout.HEADER_ROW, -1, -1));
		sheet.setHorizontallyCenter(true);
		sheet.setMargin(Sheet.LeftMargin, 0.4);
		sheet.setMargin(Sheet.RightMargin, 0.4);
		sheet.setMargin(Sheet.TopMargin, 0.6);
		sheet.setMargin(Sheet.BottomMargin, 0.6);
		sheet.getFooter().setCenter("第 &P 页，共 &N 页");
	}

	private Cell cell(Row row, int column, StyleRole role) {
		Cell cell = row.createCell(column);
		CellStyle style = this.styles.get(role);
		cell.setCellStyle(style);
		return cell;
	}

	private static void merge(Sheet sheet, int row, int firstColumn, int lastColumn) {
		sheet.addMergedRegion(new CellRangeAddress(row, row, firstColumn, lastColumn));
	}

	static CellRangeAddressList columnRange(UnitForm form, FormColumn column) {
		return new CellRangeAddressList(FormLayout.FIRST_DATA_ROW, form.lastDataRow(), column.templateIndex(),
				column.templateIndex());
	}

}
