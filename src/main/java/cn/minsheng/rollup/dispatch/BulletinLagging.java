package cn.minsheng.rollup.dispatch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.minsheng.rollup.progress.ProgressClass;
import cn.minsheng.rollup.progress.ProgressTally;
import cn.minsheng.rollup.progress.ProgressThresholds;
import cn.minsheng.rollup.progress.ScheduleProgress;
import cn.minsheng.rollup.report.CountySummary;
import cn.minsheng.rollup.report.IndicatorLine;
import cn.minsheng.rollup.report.LaggingLine;
import cn.minsheng.rollup.report.SubmissionStatus;
import cn.minsheng.rollup.report.UnitLine;

/**
 * The bulletin's sections on lagging indicators (the summary's 滞后督办 list, as a table) and on units that did not
 * report as required.
 */
final class BulletinLagging {

	static final List<String> HEADERS = List.of("序号", "考核指标", "责任单位", "完成率", "序时进度", "差距（百分点）", "进度分类",
			"连续滞后月数", "建议措施");

	private static final List<Integer> WIDTHS = List.of(5, 20, 12, 10, 10, 9, 9, 7, 20);

	private final CountySummary summary;

	BulletinLagging(CountySummary summary) {
		this.summary = summary;
	}

	List<OfficialDocument.Block> blocks() {
		String asOf = "截至" + FigureText.monthEnd(this.summary.period()) + "，";
		if (this.summary.lagging().isEmpty()) {
			return List.of(new OfficialDocument.Paragraph(asOf + "无滞后指标。"));
		}
		ProgressTally county = this.summary.overview().county().tally();
		ProgressThresholds th = this.summary.thresholds();
		List<LaggingLine> lettered = this.summary.lagging().stream().filter(LaggingLine::supervisionLetter).toList();
		long units = lettered.stream().map((l) -> l.line().indicator().responsibleUnit()).distinct().count();
		String letters = lettered.isEmpty() ? "暂无需发督办函的指标，由调度会提醒。"
				: "严重滞后或连续两个月及以上滞后的" + lettered.size() + "项指标拟发督办函，涉及" + units + "个单位。";
		// 滞后 counts yellow and red together, as the headline does; the yellow ones alone are 一般滞后
		String intro = asOf + "滞后指标" + county.lagging() + "项，其中严重滞后" + county.count(ProgressClass.SERIOUSLY_BEHIND)
				+ "项（落后序时进度超过" + FigureText.plain(th.redPoints()) + "个百分点）、一般滞后" + county.count(ProgressClass.BEHIND)
				+ "项（落后" + FigureText.plain(th.yellowPoints()) + "～" + FigureText.plain(th.redPoints()) + "个百分点）。"
				+ letters + "具体如下：";
		List<List<String>> rows = new ArrayList<>();
		int seq = 1;
		for (LaggingLine l : this.summary.lagging()) {
			ScheduleProgress p = l.line().progress();
			rows.add(List.of(Integer.toString(seq++), l.line().indicator().name(),
					l.line().indicator().responsibleUnit(), FigureText.percent(p.progress()),
					FigureText.percent(p.schedule()), FigureText.points(p.gapPoints()),
					p.progressClass().label(), Integer.toString(l.monthsBehind()), l.action()));
		}
		return List.of(new OfficialDocument.Paragraph(intro), new OfficialDocument.Table(HEADERS, rows, WIDTHS));
	}

	List<OfficialDocument.Block> submissionBlocks() {
		List<UnitLine> units = inCatalogOrder();
		List<String> sentences = new ArrayList<>();
		sentence(sentences, "本月未报送报表的单位：", units, SubmissionStatus.NOT_SUBMITTED, "。");
		// the reasons are the validation's, addressed to each unit with its feedback; too detailed for a bulletin
		sentence(sentences, "报表被退回、尚未报送合格报表的单位：", units, SubmissionStatus.REJECTED, "（退回原因已随反馈表告知各单位）。");
		sentence(sentences, "逾期报送的单位：", units, SubmissionStatus.LATE, "。");
		List<String> partial = units.stream()
			.filter((u) -> u.submission().status().accepted() && u.notReported() > 0)
			.map((u) -> u.unit() + "（" + u.notReported() + "项）")
			.toList();
		if (!partial.isEmpty()) {
			sentences.add("已报送但有指标未填报进度数据的单位：" + String.join("、", partial) + "。");
		}
		if (sentences.isEmpty()) {
			sentences.add("各责任单位均按时报送了报表。");
		}
		return sentences.stream().map(OfficialDocument.Paragraph::new).map(OfficialDocument.Block.class::cast).toList();
	}

	private static void sentence(List<String> sentences, String lead, List<UnitLine> units, SubmissionStatus status,
			String end) {
		String names = units.stream()
			.filter((u) -> u.submission().status() == status)
			.map(UnitLine::unit)
			.collect(Collectors.joining("、"));
		if (!names.isEmpty()) {
			sentences.add(lead + names + end);
		}
	}

	/** The summary ranks its units; the bulletin lists them in catalog order, as the office reads them out. */
	private List<UnitLine> inCatalogOrder() {
		Map<String, UnitLine> byUnit = new LinkedHashMap<>();
		this.summary.units().forEach((u) -> byUnit.put(u.unit(), u));
		List<UnitLine> ordered = new ArrayList<>();
		for (IndicatorLine line : this.summary.indicatorLines()) {
			UnitLine unit = byUnit.remove(line.indicator().responsibleUnit());
			if (unit != null) {
				ordered.add(unit);
			}
		}
		ordered.addAll(byUnit.values());
		return ordered;
	}

}
