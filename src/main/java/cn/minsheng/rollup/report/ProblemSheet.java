package cn.minsheng.rollup.report;

import java.time.LocalDateTime;
import java.util.List;

import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.report.SummaryStyles.Role;

/**
 * 存在问题汇总: 存在问题 and 下步措施 as the units wrote them, by unit.
 */
final class ProblemSheet {

	static final int HEADER_ROW = 2;

	static final List<String> HEADERS = List.of("序号", "责任单位", "项目编码", "考核指标(项)", "存在问题", "下步措施");

	private ProblemSheet() {
	}

	static void write(TableSheet t, CountySummary s, String title, LocalDateTime generatedAt) {
		t.title(title, "五、存在问题汇总（" + Periods.chinese(s.period()) + "，按单位报送原文）", HEADERS.size());
		t.header(HEADER_ROW, HEADERS);
		int row = HEADER_ROW + 1;
		int seq = 1;
		for (ProblemLine p : s.problems()) {
			t.integer(row, 0, seq++, false);
			t.text(row, 1, p.unit(), Role.TEXT);
			t.text(row, 2, p.indicator().code(), Role.TEXT);
			t.text(row, 3, p.indicator().name(), Role.WRAP);
			t.text(row, 4, p.problems(), Role.WRAP);
			t.text(row, 5, p.nextSteps(), Role.WRAP);
			row++;
		}
		if (s.problems().isEmpty()) {
			t.note(row++, "本月各单位未填报存在问题和下步措施。");
		}
		t.finish(HEADER_ROW, row - 1, HEADERS.size(), !s.problems().isEmpty(), generatedAt);
	}

}
