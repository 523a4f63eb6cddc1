package cn.minsheng.rollup.form;

import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Lays out the sheet 项目分布清单: the header row, and input checks on the data rows (code from the unit's list,
 * quantity ≥ 0, completion date). The sheet is left unprotected so units can paste, insert and delete rows freely;
 * its columns still carry unlocked styles.
 */
final class DistributionSheetWriter {

	/** Holds the unit's codes when they are too many to write into the list check itself. */
	static final String CODE_LIST_SHEET = FormLayout.CODE_LIST_SHEET;

	private final FormStyles styles;

	DistributionSheetWriter(FormStyles styles) {
		this.styles = styles;
	}

	void write(Sheet sheet, UnitForm form, TemplateOptions options) {
		Row header = sheet.createRow(FormLayout.DISTRIBUTION_HEADER_ROW);
		header.setHeightInPoints(24);
		for (DistributionColumn column : DistributionColumn.values()) {
			int index = column.templateIndex();
			sheet.setColumnWidth(index, column.width() * 256);
			sheet.setDefaultColumnStyle(index, this.styles.get(roleOf(column)));
			Cell cell = header.createCell(index);
			cell.setCellStyle(this.styles.get(StyleRole.HEADER));
			cell.setCellValue(column.header());
		}
		addChecks(sheet, form, options.distributionRows());
		sheet.createFreezePane(0, FormLayout.DISTRIBUTION_HEADER_ROW + 1);
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		sheet.setFitToPage(true);
		sheet.setAutobreaks(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
	}

	static StyleRole roleOf(DistributionColumn column) {
		return switch (column.type()) {
			case NUMBER -> StyleRole.LIST_NUMBER;
			case DATE -> StyleRole.LIST_DATE;
			default -> StyleRole.LIST_TEXT;
		};
	}

	private void addChecks(Sheet sheet, UnitForm form, int rows) {
		FormValidations checks = new FormValidations(sheet);
		int first = FormLayout.DISTRIBUTION_HEADER_ROW + 1;
		int last = FormLayout.DISTRIBUTION_HEADER_ROW + rows;
		List<String> codes = form.codes();
		CellRangeAddressList codeCells = column(first, last, DistributionColumn.CODE);
		if (String.join(",", codes).length() <= FormValidations.MAX_EXPLICIT_LIST) {
			checks.choice(codeCells, DistributionColumn.CODE.header(), codes);
		}
		else {
			String range = codeListSheet(sheet.getWorkbook(), codes);
			checks.choiceFromRange(codeCells, DistributionColumn.CODE.header(), range);
		}
		checks.nonNegativeNumber(column(first, last, DistributionColumn.QUANTITY), DistributionColumn.QUANTITY.header(),
				"填写该地点完成的数量（数字，不带单位），同一项目编码各行数量之和应等于月报表中的累计完成。");
		int year = form.period().getYear();
		checks.date(column(first, last, DistributionColumn.DONE_DATE), DistributionColumn.DONE_DATE.header(),
				year - MainSheetChecks.YEARS_BACK, year + 1, FormNotes.exampleDate(form.period()));
	}

	private static String codeListSheet(Workbook workbook, List<String> codes) {
		Sheet list = workbook.createSheet(CODE_LIST_SHEET);
		for (int i = 0; i < codes.size(); i++) {
			list.createRow(i).createCell(0).setCellValue(codes.get(i));
		}
		workbook.setSheetVisibility(workbook.getSheetIndex(list), SheetVisibility.VERY_HIDDEN);
		return "'" + CODE_LIST_SHEET + "'!$A$1:$A$" + codes.size();
	}

	private static CellRangeAddressList column(int first, int last, DistributionColumn column) {
		return new CellRangeAddressList(first, last, column.templateIndex(), column.templateIndex());
	}

}
