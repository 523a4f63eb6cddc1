package cn.minsheng.rollup.dispatch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.progress.ProgressClass;
import cn.minsheng.rollup.progress.ProgressThresholds;
import cn.minsheng.rollup.progress.ScheduleProgress;
import cn.minsheng.rollup.report.CountySummary;
import cn.minsheng.rollup.report.LaggingLine;

/**
 * Drafts the 督办函 to one unit: the summary's lagging lines that draw a letter, with target, progress, 序时进度 and
 * gap, the problems the unit reported for them, and the reply deadline.
 */
final class LetterComposer {

	static final String TITLE = "督办函";

	static final List<String> HEADERS = List.of("序号", "项目编码", "考核指标", "年度目标", "累计完成", "完成率", "序时进度",
			"差距（百分点）", "滞后情况");

	private static final List<Integer> WIDTHS = List.of(5, 8, 19, 11, 11, 10, 10, 8, 18);

	private final DispatchProperties properties;

	LetterComposer(DispatchProperties properties) {
		this.properties = properties;
	}

	/** The letter's particulars: its serial, date and reply deadline. */
	record Particulars(String serial, LocalDate signedOn, LocalDate deadline) {
	}

	/** @param lines the unit's lagging lines that draw a letter, in the summary's order */
	OfficialDocument compose(CountySummary summary, String unit, List<LaggingLine> lines, Particulars particulars) {
		List<OfficialDocument.Block> body = new ArrayList<>();
		body.add(new OfficialDocument.Paragraph("根据" + Periods.chinese(summary.period()) + "全县重点民生实事项目调度情况，你单位牵头负责的以下"
				+ lines.size() + "项指标" + reason(lines, summary.thresholds()) + "，现予督办。"));
		body.add(new OfficialDocument.Table(HEADERS, rows(lines), WIDTHS));
		List<String> problems = lines.stream()
			.filter((l) -> l.line().row() != null && hasText(l.line().row().problems()))
			.map((l) -> BulletinComposer.quoted(l.line()) + "：" + l.line().row().problems().strip())
			.toList();
		if (!problems.isEmpty()) {
			body.add(new OfficialDocument.Paragraph("你单位在月报中反映的问题：" + String.join("；", problems) + "。"));
		}
		body.add(new OfficialDocument.Paragraph("请你单位高度重视，认真分析滞后原因，制定切实可行的整改措施，加快推进实施，确保按期完成年度目标任务，并于"
				+ FigureText.date(particulars.deadline()) + "前将整改措施及进展情况书面报送" + this.properties.office() + "。"));
		body.add(new OfficialDocument.Placeholder("【联系人：　　　　　联系电话：　　　　　】"));
		return new OfficialDocument(List.of(TITLE), particulars.serial(), unit, body, this.properties.office(),
				particulars.signedOn());
	}

	private static String reason(List<LaggingLine> lines, ProgressThresholds th) {
		boolean red = lines.stream().anyMatch(LetterComposer::red);
		boolean repeated = lines.stream().anyMatch((l) -> !red(l));
		if (red && repeated) {
			return "进度严重滞后或连续两个月及以上滞后";
		}
		return red ? "进度严重滞后（落后序时进度超过" + FigureText.plain(th.redPoints()) + "个百分点）" : "连续两个月及以上滞后";
	}

	private static boolean red(LaggingLine line) {
		return line.line().progress().progressClass() == ProgressClass.SERIOUSLY_BEHIND;
	}

	private static List<List<String>> rows(List<LaggingLine> lines) {
		List<List<String>> rows = new ArrayList<>();
		int seq = 1;
		for (LaggingLine l : lines) {
			Indicator i = l.line().indicator();
			ScheduleProgress p = l.line().progress();
			String unit = i.unitOfMeasure() == null ? "" : i.unitOfMeasure();
			String done = l.line().cumulativeInForce() == null ? FigureText.NONE
					: FigureText.quantity(l.line().cumulativeInForce()) + unit + (l.line().carried()
							? "（沿用" + l.line().lastReportedMonth().getMonthValue() + "月数据）" : "");
			rows.add(List.of(Integer.toString(seq++), i.code(), i.name(), FigureText.quantity(i.annualTarget()) + unit,
					done, FigureText.percent(p.progress()), FigureText.percent(p.schedule()),
					FigureText.points(p.gapPoints()), p.progressClass().label() + "，连续" + l.monthsBehind() + "个月"));
		}
		return rows;
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
