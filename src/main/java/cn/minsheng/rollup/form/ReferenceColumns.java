package cn.minsheng.rollup.form;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.FontUnderline;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PatternFormatting;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

import cn.minsheng.rollup.catalog.Indicator;

/**
 * The read-only reference columns after the form's own (上月累计完成, 上月累计到位资金, 上月累计完成投资) and the
 * marks Excel shows while the unit types: a 累计完成 below last month's, and a 本月完成 that is not 累计 − 上月. The
 * reader does not take these columns for the form's: their headers name no form column.
 */
final class ReferenceColumns {

	static final String CUMULATIVE = "累计完成";

	static final String FUNDS = "累计到位资金(万元)";

	static final String INVESTMENT = "累计完成投资(万元)";

	private static final int FIRST = FormColumn.values().length;

	private ReferenceColumns() {
	}

	/** The headers, 「上月累计完成」 or, when the latest accepted month is older, 「2023年6月累计完成」. */
	static List<String> headers(ReferenceFigures reference, YearMonth period) {
		String month = reference.lastMonthOf(period) ? "上月" : Periods.chinese(reference.month());
		return List.of(month + CUMULATIVE, month + FUNDS, month + INVESTMENT);
	}

	static void write(Sheet sheet, UnitForm form, ReferenceFigures reference, FormStyles styles) {
		Row header = sheet.getRow(FormLayout.HEADER_ROW);
		List<String> headers = headers(reference, form.period());
		for (int i = 0; i < headers.size(); i++) {
			sheet.setColumnWidth(FIRST + i, 12 * 256);
			Cell cell = header.createCell(FIRST + i);
			cell.setCellStyle(styles.get(StyleRole.HEADER));
			cell.setCellValue(headers.get(i));
		}
		List<Indicator> indicators = form.indicators();
		for (int i = 0; i < indicators.size(); i++) {
			Row row = sheet.getRow(form.rowOf(i));
			ReferenceFigures.Figures figures = reference.byCode().get(indicators.get(i).code());
			BigDecimal[] values = figures == null ? new BigDecimal[3]
					: new BigDecimal[] { figures.cumulative(), figures.funds(), figures.investment() };
			for (int v = 0; v < values.length; v++) {
				Cell cell = row.createCell(FIRST + v);
				cell.setCellStyle(styles.get(StyleRole.FIXED_NUMBER));
				if (values[v] != null) {
					cell.setCellValue(values[v].doubleValue());
				}
			}
		}
		marks(sheet, form, reference);
	}

	/** Excel's conditional formatting: red for 累计 below the reference, yellow for 本月 ≠ 累计 − 上月. */
	private static void marks(Sheet sheet, UnitForm form, ReferenceFigures reference) {
		int first = FormLayout.FIRST_DATA_ROW;
		String row = String.valueOf(first + 1);
		String cumulative = "$" + CellReference.convertNumToColString(FormColumn.CUMULATIVE_DONE.templateIndex()) + row;
		String month = "$" + CellReference.convertNumToColString(FormColumn.MONTH_DONE.templateIndex()) + row;
		String before = "$" + CellReference.convertNumToColString(FIRST) + row;
		SheetConditionalFormatting formatting = sheet.getSheetConditionalFormatting();
		ConditionalFormattingRule below = formatting.createConditionalFormattingRule(
				"AND(ISNUMBER(" + cumulative + "),ISNUMBER(" + before + ")," + cumulative + "<" + before + ")");
		fill(below, IndexedColors.ROSE);
		formatting.addConditionalFormatting(new CellRangeAddress[] { column(form, FormColumn.CUMULATIVE_DONE) }, below);
		if (reference.lastMonthOf(form.period())) {
			ConditionalFormattingRule difference = formatting.createConditionalFormattingRule("AND(ISNUMBER(" + month
					+ "),ISNUMBER(" + cumulative + "),ISNUMBER(" + before + "),ABS(" + month + "-(" + cumulative + "-"
					+ before + "))>0.01)");
			fill(difference, IndexedColors.LIGHT_YELLOW);
			formatting.addConditionalFormatting(new CellRangeAddress[] { column(form, FormColumn.MONTH_DONE) },
					difference);
		}
	}

	private static void fill(ConditionalFormattingRule rule, IndexedColors color) {
		PatternFormatting pattern = rule.createPatternFormatting();
		pattern.setFillBackgroundColor(color.getIndex());
		pattern.setFillPattern(PatternFormatting.SOLID_FOREGROUND);
		rule.createFontFormatting().setUnderlineType(FontUnderline.NONE.getByteValue());
	}

	private static CellRangeAddress column(UnitForm form, FormColumn column) {
		return new CellRangeAddress(FormLayout.FIRST_DATA_ROW, form.lastDataRow(), column.templateIndex(),
				column.templateIndex());
	}

}
