package cn.minsheng.rollup.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;

import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.report.SummaryStyles.Role;

/**
 * 月度趋势: mean capped progress per month for the county, each level and each unit, with a line chart of the county
 * and the levels.
 */
final class TrendSheet {

	static final int HEADER_ROW = 2;

	static final int FIRST_MONTH_COLUMN = 2;

	private TrendSheet() {
	}

	static void write(TableSheet t, CountySummary s, String title, LocalDateTime generatedAt) {
		Trend trend = s.trend();
		List<String> headers = new ArrayList<>(List.of("范围", "类别"));
		trend.months().forEach((m) -> headers.add(m.getMonthValue() + "月"));
		t.title(title, "七、月度趋势（各月平均进度，截至" + Periods.chinese(s.period()) + "；各月按当月口径计算"
				+ (s.carryForward() ? "，含沿用数据" : "") + "；没有任何数据的月份留空）", headers.size());
		t.header(HEADER_ROW, headers);
		int row = HEADER_ROW + 1;
		for (Trend.Series series : trend.series()) {
			t.text(row, 0, series.label(), Role.TEXT);
			t.text(row, 1, switch (series.kind()) {
				case COUNTY -> "全县";
				case LEVEL -> "层级";
				case UNIT -> "责任单位";
			}, Role.CENTER);
			for (int m = 0; m < series.values().size(); m++) {
				t.number(row, FIRST_MONTH_COLUMN + m, series.values().get(m), Role.PERCENT);
			}
			row++;
		}
		int last = row - 1;
		t.draw((sheet) -> chart(sheet, trend, headers, last + 2));
		t.finish(HEADER_ROW, last, headers.size(), true, generatedAt);
	}

	private static void chart(XSSFSheet sheet, Trend trend, List<String> headers, int row) {
		int lastColumn = FIRST_MONTH_COLUMN + trend.months().size() - 1;
		sheet.setRowBreak(row - 1);
		SummaryCharts.Labels months = new SummaryCharts.Labels(
				headers.subList(FIRST_MONTH_COLUMN, headers.size()).toArray(String[]::new),
				SummaryCharts.reference(sheet, HEADER_ROW, HEADER_ROW, FIRST_MONTH_COLUMN, lastColumn));
		List<SummaryCharts.Data> data = new ArrayList<>();
		for (int i = 0; i < trend.series().size(); i++) {
			Trend.Series series = trend.series().get(i);
			if (series.kind() != Trend.Kind.UNIT) {
				int r = HEADER_ROW + 1 + i;
				data.add(new SummaryCharts.Data(series.label(),
						series.values().stream().map((v) -> v == null ? null : v.doubleValue()).toArray(Double[]::new),
						SummaryCharts.reference(sheet, r, r, FIRST_MONTH_COLUMN, lastColumn)));
			}
		}
		SummaryCharts.lines(sheet, new SummaryCharts.Place(0, row, Math.max(10, lastColumn + 1), row + 22),
				"全县及各层级平均进度月度趋势", months, data);
	}

}
