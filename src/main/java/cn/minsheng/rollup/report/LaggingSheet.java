package cn.minsheng.rollup.report;

import java.time.LocalDateTime;
import java.util.List;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.progress.ScheduleProgress;
import cn.minsheng.rollup.report.SummaryStyles.Role;

/**
 * 滞后督办: the lagging indicators, red first, with months in a row behind and the suggested follow-up.
 */
final class LaggingSheet {

	static final int HEADER_ROW = 2;

	static final List<String> HEADERS = List.of("序号", "项目编码", "考核指标(项)", "责任单位", "年度目标", "累计完成", "完成率",
			"序时进度", "差距(百分点)", "进度分类", "连续滞后月数", "是否发督办函", "建议措施", "存在问题", "下步措施");

	private LaggingSheet() {
	}

	static void write(TableSheet t, CountySummary s, String title, LocalDateTime generatedAt) {
		t.title(title, "四、滞后督办（" + Periods.chinese(s.period()) + "；严重滞后或连续两个月及以上滞后的建议发督办函）",
				HEADERS.size());
		t.header(HEADER_ROW, HEADERS);
		int row = HEADER_ROW + 1;
		int seq = 1;
		for (LaggingLine l : s.lagging()) {
			Indicator i = l.line().indicator();
			ScheduleProgress p = l.line().progress();
			t.integer(row, 0, seq++, false);
			t.text(row, 1, i.code(), Role.TEXT);
			t.text(row, 2, i.name(), Role.WRAP);
			t.text(row, 3, i.responsibleUnit(), Role.TEXT);
			t.number(row, 4, i.annualTarget(), Role.QUANTITY);
			t.number(row, 5, l.line().row() == null ? null : l.line().row().cumulativeDone(), Role.QUANTITY);
			t.number(row, 6, p.progress(), Role.PERCENT);
			t.number(row, 7, p.schedule(), Role.PERCENT);
			t.number(row, 8, p.gapPoints(), Role.POINTS);
			t.text(row, 9, p.progressClass().label(), Role.CENTER, false, p.progressClass());
			t.integer(row, 10, l.monthsBehind(), false);
			t.text(row, 11, l.supervisionLetter() ? "是" : "否", Role.CENTER);
			t.text(row, 12, l.action(), Role.WRAP);
			t.text(row, 13, l.line().row() == null ? null : l.line().row().problems(), Role.WRAP);
			t.text(row, 14, l.line().row() == null ? null : l.line().row().nextSteps(), Role.WRAP);
			row++;
		}
		if (s.lagging().isEmpty()) {
			t.note(row++, "本月无滞后指标。");
		}
		t.finish(HEADER_ROW, row - 1, HEADERS.size(), !s.lagging().isEmpty(), generatedAt);
	}

}
