package cn.minsheng.rollup.report;

import java.time.LocalDateTime;
import java.util.List;

import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.progress.ProgressClass;
import cn.minsheng.rollup.report.SummaryStyles.Role;

/**
 * 单位报送: one row per unit, best rank first: how it submitted, its indicators by class, its rank.
 */
final class UnitSheet {

	static final int HEADER_ROW = 2;

	static final int FIRST_ROW = 3;

	static final int UNIT_COLUMN = 1;

	static final int STATUS_COLUMN = 2;

	static final int PROGRESS_COLUMN = 14;

	static final List<String> HEADERS = List.of("排名", "责任单位", "报送情况", "退回原因", "报送文件", "版本", "负责指标数",
			"已完成", "超序时", "正常", "滞后", "严重滞后", "本月未报送指标", "完成率（已完成÷负责指标数）", "平均进度", "其中沿用此前数据");

	/** What the 排名 column says of a unit none of whose indicators has a figure to be judged on. */
	static final String UNRANKED = "不排名（无数据）";

	private UnitSheet() {
	}

	static void write(TableSheet t, CountySummary s, String title, LocalDateTime generatedAt) {
		t.title(title, "三、单位报送（" + Periods.chinese(s.period()) + "；排名先按完成率，再按平均进度，数据相同者并列；"
				+ "没有任何可计数据的单位不排名）",
				HEADERS.size());
		t.header(HEADER_ROW, HEADERS);
		int row = FIRST_ROW;
		for (UnitLine u : s.units()) {
			if (u.ranked()) {
				t.integer(row, 0, u.rank(), false);
			}
			else {
				t.text(row, 0, UNRANKED, Role.CENTER);
			}
			t.text(row, UNIT_COLUMN, u.unit(), Role.TEXT);
			SubmissionStatus status = u.submission().status();
			t.text(row, STATUS_COLUMN, status.label(), Role.CENTER, false, fill(status));
			t.text(row, 3, u.submission().reason(), Role.WRAP);
			t.text(row, 4, u.submission().fileName(), Role.TEXT);
			t.integer(row, 5, u.submission().version(), false);
			t.integer(row, 6, u.owned(), false);
			t.integer(row, 7, u.completed(), false);
			t.integer(row, 8, u.tally().count(ProgressClass.AHEAD), false);
			t.integer(row, 9, u.tally().count(ProgressClass.ON_SCHEDULE), false);
			t.integer(row, 10, u.tally().count(ProgressClass.BEHIND), false);
			t.integer(row, 11, u.tally().count(ProgressClass.SERIOUSLY_BEHIND), false);
			t.integer(row, 12, u.notReported(), false);
			t.number(row, 13, u.ranked() ? u.tally().completionShare() : null, Role.PERCENT);
			t.number(row, PROGRESS_COLUMN, u.ranked() ? u.tally().meanProgress() : null, Role.PERCENT);
			t.integer(row, 15, u.carried(), false);
			row++;
		}
		t.finish(HEADER_ROW, row - 1, HEADERS.size(), true, generatedAt);
	}

	/** Late in yellow, refused in red, nothing sent in grey: the colours of the progress classes. */
	private static ProgressClass fill(SubmissionStatus status) {
		return switch (status) {
			case ON_TIME -> null;
			case LATE -> ProgressClass.BEHIND;
			case REJECTED -> ProgressClass.SERIOUSLY_BEHIND;
			case NOT_SUBMITTED -> ProgressClass.NOT_REPORTED;
		};
	}

}
