package cn.minsheng.rollup.report;

import java.time.LocalDateTime;
import java.util.List;

import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.report.SummaryStyles.Role;

/**
 * 数据质量: the warnings of the accepted forms in force, by unit and rule.
 */
final class QualitySheet {

	static final int HEADER_ROW = 2;

	static final List<String> HEADERS = List.of("序号", "责任单位", "规则代码", "工作表", "单元格", "提醒内容");

	private QualitySheet() {
	}

	static void write(TableSheet t, CountySummary s, String title, LocalDateTime generatedAt) {
		t.title(title, "六、数据质量（" + Periods.chinese(s.period()) + "已采用报表中的提醒，共 " + s.warnings().size() + " 条）",
				HEADERS.size());
		t.header(HEADER_ROW, HEADERS);
		int row = HEADER_ROW + 1;
		int seq = 1;
		for (QualityWarning w : s.warnings()) {
			t.integer(row, 0, seq++, false);
			t.text(row, 1, w.unit(), Role.TEXT);
			t.text(row, 2, w.ruleCode(), Role.CENTER);
			t.text(row, 3, w.sheet(), Role.TEXT);
			t.text(row, 4, w.cellRef(), Role.CENTER);
			t.text(row, 5, w.message(), Role.WRAP);
			row++;
		}
		if (s.warnings().isEmpty()) {
			t.note(row++, "本月已采用报表无数据质量提醒。");
		}
		t.finish(HEADER_ROW, row - 1, HEADERS.size(), !s.warnings().isEmpty(), generatedAt);
	}

}
