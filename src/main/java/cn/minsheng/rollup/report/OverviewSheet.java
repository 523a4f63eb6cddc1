package cn.minsheng.rollup.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;

import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.progress.ProgressClass;
import cn.minsheng.rollup.report.SummaryStyles.Role;

/**
 * 总体情况: class counts, rates, funds and acceptance for the county and each level; the units' submissions; 双过半;
 * how each figure is computed; the status distribution and the units' progress as charts.
 */
final class OverviewSheet {

	static final int HEADER_ROW = 2;

	static final int COUNTY_ROW = 3;

	/** Column of the first class count; the classes follow in {@link ProgressClass} order. */
	static final int FIRST_CLASS_COLUMN = 2;

	static final List<String> HEADERS = List.of("范围", "指标数", "已完成", "超序时", "正常", "滞后", "严重滞后", "未报送",
			"完成率（已完成÷指标数）", "平均进度", "计划投资(万元)", "累计到位资金(万元)", "累计完成投资(万元)", "资金到位率",
			"支出率", "线上验收(项)", "线上验收率", "线下验收(项)", "线下验收率", "其中沿用此前数据(项)");

	/** Column of 其中沿用此前数据: indicators judged on an earlier month's figure, counted within their classes. */
	static final int CARRIED_COLUMN = 19;

	static final List<String> UNIT_HEADERS = List.of("责任单位数", "按时报送", "逾期报送", "未报送", "被退回");

	static final List<String> DOUBLE_HALF_HEADERS = List.of("6月底平均进度", "6月底投资完成率", "是否双过半");

	private OverviewSheet() {
	}

	static void write(TableSheet t, CountySummary s, String title, LocalDateTime generatedAt) {
		t.title(title, "一、总体情况（数据截至" + Periods.chinese(s.period()) + "底，资金单位：万元）", HEADERS.size());
		t.header(HEADER_ROW, HEADERS);
		int row = COUNTY_ROW;
		figures(t, row++, s.overview().county());
		for (ScopeFigures level : s.overview().levels()) {
			figures(t, row++, level);
		}
		int lastTableRow = row - 1;
		row = units(t, row + 1, s.overview().units());
		row = doubleHalf(t, row + 1, s.overview().doubleHalf());
		row = legend(t, row + 1);
		row = notes(t, row + 1, s);
		int chartRow = row + 1;
		t.draw((sheet) -> charts(sheet, s, chartRow));
		t.finish(HEADER_ROW, lastTableRow, HEADERS.size(), false, generatedAt);
	}

	private static void figures(TableSheet t, int row, ScopeFigures f) {
		t.text(row, 0, f.label(), Role.TEXT);
		t.integer(row, 1, f.tally().indicators(), false);
		for (ProgressClass c : ProgressClass.values()) {
			t.integer(row, FIRST_CLASS_COLUMN + c.ordinal(), f.tally().count(c), false);
		}
		t.number(row, 8, f.tally().completionShare(), Role.PERCENT);
		t.number(row, 9, f.tally().meanProgress(), Role.PERCENT);
		t.number(row, 10, f.funds().planned(), Role.MONEY);
		t.number(row, 11, f.funds().inPlace(), Role.MONEY);
		t.number(row, 12, f.funds().spent(), Role.MONEY);
		t.number(row, 13, f.funds().inPlaceRate(), Role.PERCENT);
		t.number(row, 14, f.funds().spentRate(), Role.PERCENT);
		t.integer(row, 15, f.acceptance().online(), false);
		t.number(row, 16, f.acceptance().onlineRate(), Role.PERCENT);
		t.integer(row, 17, f.acceptance().offline(), false);
		t.number(row, 18, f.acceptance().offlineRate(), Role.PERCENT);
		t.integer(row, CARRIED_COLUMN, f.carried(), false);
	}

	private static int units(TableSheet t, int row, Overview.UnitCounts u) {
		t.text(row, 0, "单位报送情况", Role.HEADING);
		t.header(row + 1, UNIT_HEADERS);
		int[] values = { u.units(), u.onTime(), u.late(), u.notSubmitted(), u.rejected() };
		for (int c = 0; c < values.length; c++) {
			t.integer(row + 2, c, values[c], false);
		}
		return row + 3;
	}

	private static int doubleHalf(TableSheet t, int row, Overview.DoubleHalf d) {
		t.text(row, 0, "双过半（截至6月底进度与投资均过半）", Role.HEADING);
		t.header(row + 1, DOUBLE_HALF_HEADERS);
		t.number(row + 2, 0, d.progress(), Role.PERCENT);
		t.number(row + 2, 1, d.investmentRate(), Role.PERCENT);
		t.text(row + 2, 2, d.verdict(), Role.CENTER);
		return row + 3;
	}

	private static int legend(TableSheet t, int row) {
		t.text(row, 0, "进度分类颜色", Role.HEADING);
		for (ProgressClass c : ProgressClass.values()) {
			t.text(row + 1, c.ordinal(), c.label() + "（" + c.colourName() + "）", Role.CENTER, false, c);
		}
		return row + 2;
	}

	private static int notes(TableSheet t, int row, CountySummary s) {
		t.text(row, 0, "口径说明", Role.HEADING);
		List<String> notes = new ArrayList<>(SummaryNotes.overview(s.thresholds(), s.carryForward()));
		for (int i = 0; i < notes.size(); i++) {
			t.note(row + 1 + i, (i + 1) + ". " + notes.get(i));
		}
		return row + 1 + notes.size();
	}

	private static void charts(XSSFSheet sheet, CountySummary s, int row) {
		// The charts start a printed page of their own rather than being cut by a page break.
		sheet.setRowBreak(row - 1);
		String[] labels = Arrays.stream(ProgressClass.values()).map(ProgressClass::label).toArray(String[]::new);
		Double[] counts = Arrays.stream(ProgressClass.values())
			.map((c) -> (double) s.overview().county().tally().count(c))
			.toArray(Double[]::new);
		int last = FIRST_CLASS_COLUMN + labels.length - 1;
		SummaryCharts.columns(sheet, new SummaryCharts.Place(0, row, 8, row + 20), "全县指标进度分类分布（项）",
				new SummaryCharts.Labels(labels, SummaryCharts.reference(sheet, HEADER_ROW, HEADER_ROW,
						FIRST_CLASS_COLUMN, last)),
				new SummaryCharts.Data("指标数", counts,
						SummaryCharts.reference(sheet, COUNTY_ROW, COUNTY_ROW, FIRST_CLASS_COLUMN, last)),
				Arrays.stream(ProgressClass.values()).map(ProgressClass::chartRgb).toList(), "0");
		XSSFSheet units = sheet.getWorkbook().getSheet(CountySummaryWriter.UNITS);
		int first = UnitSheet.FIRST_ROW;
		int lastUnit = first + s.units().size() - 1;
		SummaryCharts.columns(sheet, new SummaryCharts.Place(9, row, 19, row + 20), "各责任单位平均进度",
				new SummaryCharts.Labels(s.units().stream().map(UnitLine::unit).toArray(String[]::new),
						SummaryCharts.reference(units, first, lastUnit, UnitSheet.UNIT_COLUMN, UnitSheet.UNIT_COLUMN)),
				new SummaryCharts.Data("平均进度", s.units().stream()
					.map((u) -> u.ranked() ? u.tally().meanProgress().doubleValue() : null)
					.toArray(Double[]::new), SummaryCharts.reference(units, first, lastUnit, UnitSheet.PROGRESS_COLUMN,
							UnitSheet.PROGRESS_COLUMN)),
				null, "0%");
	}

}
