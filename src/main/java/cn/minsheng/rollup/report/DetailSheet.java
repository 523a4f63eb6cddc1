package cn.minsheng.rollup.report;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.progress.ProgressClass;
import cn.minsheng.rollup.progress.ScheduleProgress;
import cn.minsheng.rollup.report.SummaryStyles.Role;
import cn.minsheng.rollup.validation.ReportedRow;

/**
 * 进展明细: one row per indicator in catalog order with 小计 / 合计 / 总计 rows, its class in its colour.
 */
final class DetailSheet {

	static final int HEADER_ROW = 2;

	static final List<String> HEADERS = List.of("序号", "项目编码", "层级", "件", "考核指标(项)", "考核方式", "计量单位",
			"责任单位", "年度目标", "本月完成", "累计完成", "完成率", "序时进度", "差距(百分点)", "进度分类", "计划投资(万元)",
			"累计到位资金(万元)", "累计完成投资(万元)", "项目状态", "线上验收", "线下验收", "存在问题", "下步措施", "来源文件",
			"版本", "最近报送月份", "最近报送累计完成", "数据说明");

	static final int RATE = 11;

	static final int CLASS = 14;

	static final int NOTE = 27;

	private DetailSheet() {
	}

	static void write(TableSheet t, CountySummary s, String title, LocalDateTime generatedAt) {
		t.title(title, "二、进展明细（截至" + Periods.chinese(s.period()) + "底；小计、合计、总计行的完成率为平均进度；"
				+ (s.carryForward() ? "本月未报送的指标沿用最近一次已采用的数据，见「数据说明」）"
						: "未报送指标另列最近一次报送数，仅供参考）"), HEADERS.size());
		t.header(HEADER_ROW, HEADERS);
		int row = HEADER_ROW + 1;
		for (DetailLine line : s.details()) {
			if (line instanceof IndicatorLine indicator) {
				indicator(t, row++, indicator);
			}
			else {
				subtotal(t, row++, (SubtotalLine) line);
			}
		}
		t.finish(HEADER_ROW, row - 1, HEADERS.size(), true, generatedAt);
	}

	private static void indicator(TableSheet t, int row, IndicatorLine line) {
		Indicator i = line.indicator();
		ScheduleProgress p = line.progress();
		ReportedRow r = line.figuresRow();
		t.integer(row, 0, line.seq(), false);
		t.text(row, 1, i.code(), Role.TEXT);
		t.text(row, 2, i.level().shortLabel(), Role.CENTER);
		t.text(row, 3, i.category(), Role.WRAP);
		t.text(row, 4, i.name(), Role.WRAP);
		t.text(row, 5, i.measure().label(), Role.CENTER);
		t.text(row, 6, i.unitOfMeasure(), Role.CENTER);
		t.text(row, 7, i.responsibleUnit(), Role.TEXT);
		t.number(row, 8, i.annualTarget(), Role.QUANTITY);
		t.number(row, 9, line.row() == null ? null : line.row().monthDone(), Role.QUANTITY);
		t.number(row, 10, line.cumulativeInForce(), Role.QUANTITY);
		t.number(row, RATE, p.progress(), Role.PERCENT);
		t.number(row, 12, p.schedule(), Role.PERCENT);
		t.number(row, 13, p.gapPoints(), Role.POINTS);
		t.text(row, CLASS, p.progressClass().label(), Role.CENTER, false, p.progressClass());
		t.number(row, 15, i.plannedFundsWan(), Role.MONEY);
		t.number(row, 16, r == null ? null : r.fundsInPlace(), Role.MONEY);
		t.number(row, 17, r == null ? null : r.investmentDone(), Role.MONEY);
		t.text(row, 18, r == null ? null : r.status(), Role.CENTER);
		t.text(row, 19, yesNo(r == null ? null : r.onlineAccepted()), Role.CENTER);
		t.text(row, 20, yesNo(r == null ? null : r.offlineAccepted()), Role.CENTER);
		t.text(row, 21, line.row() == null ? null : line.row().problems(), Role.WRAP);
		t.text(row, 22, line.row() == null ? null : line.row().nextSteps(), Role.WRAP);
		t.text(row, 23, line.sourceFile(), Role.TEXT);
		t.integer(row, 24, line.version(), false);
		t.text(row, 25, line.lastReportedMonth() == null ? null : Periods.chinese(line.lastReportedMonth()),
				Role.CENTER);
		t.number(row, 26, line.lastReportedValue(), Role.QUANTITY);
		t.text(row, NOTE, note(line), Role.TEXT);
	}

	/** 「沿用10月数据」 for a carried figure, 「本年度尚无数据」 for an indicator judged on none. */
	static String note(IndicatorLine line) {
		if (line.carried()) {
			return "沿用" + line.lastReportedMonth().getMonthValue() + "月数据";
		}
		if (line.progress().progress() == null) {
			return line.lastReportedMonth() == null ? "本年度尚无数据" : "本月未报送，不计入统计";
		}
		return null;
	}

	private static void subtotal(TableSheet t, int row, SubtotalLine line) {
		ScopeFigures f = line.figures();
		for (int c = 0; c < HEADERS.size(); c++) {
			t.text(row, c, null, Role.TEXT, true, null);
		}
		t.text(row, 1, switch (line.scope()) {
			case CATEGORY -> "小计";
			case LEVEL -> "合计";
			case COUNTY -> "总计";
		}, Role.CENTER, true, null);
		t.text(row, 3, f.label(), Role.WRAP, true, null);
		t.text(row, 4, "共" + f.tally().indicators() + "项：" + classCounts(f), Role.WRAP, true, null);
		t.number(row, RATE, f.tally().meanProgress(), Role.PERCENT, true);
		t.number(row, 15, f.funds().planned(), Role.MONEY, true);
		t.number(row, 16, f.funds().inPlace(), Role.MONEY, true);
		t.number(row, 17, f.funds().spent(), Role.MONEY, true);
		t.integer(row, 19, f.acceptance().online(), true);
		t.integer(row, 20, f.acceptance().offline(), true);
	}

	/** "已完成2 滞后1": the classes present in the group. */
	static String classCounts(ScopeFigures f) {
		return Stream.of(ProgressClass.values())
			.filter((c) -> f.tally().count(c) > 0)
			.map((c) -> c.label() + f.tally().count(c))
			.collect(Collectors.joining(" "));
	}

	private static String yesNo(Boolean value) {
		return value == null ? null : value ? "是" : "否";
	}

}
