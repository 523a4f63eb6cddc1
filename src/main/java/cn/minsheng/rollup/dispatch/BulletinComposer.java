package cn.minsheng.rollup.dispatch;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import cn.minsheng.rollup.progress.ProgressClass;
import cn.minsheng.rollup.progress.ProgressTally;
import cn.minsheng.rollup.report.CountySummary;
import cn.minsheng.rollup.report.Funds;
import cn.minsheng.rollup.report.IndicatorLine;
import cn.minsheng.rollup.report.Overview;
import cn.minsheng.rollup.report.ScopeFigures;

import static cn.minsheng.rollup.dispatch.FigureText.money;
import static cn.minsheng.rollup.dispatch.FigureText.percent;

/**
 * Drafts the 工作情况通报（第N期） of a month from its county summary: headline figures, newly completed indicators,
 * lagging indicators, units that did not report, and marked placeholders for the office's own paragraphs.
 * <p>
 * Every figure is one the {@link CountySummary} holds; nothing is recomputed here.
 */
final class BulletinComposer {

	/** The issue: its number, the date it is signed and, when letters go out with it, their reply deadline. */
	record Issue(int number, LocalDate signedOn, LocalDate replyDeadline) {
	}

	private final DispatchProperties properties;

	private final String title;

	/** @param title the bulletin's title without the issue number */
	BulletinComposer(DispatchProperties properties, String title) {
		this.properties = properties;
		this.title = title;
	}

	OfficialDocument compose(CountySummary summary, NewlyCompleted newly, Issue issue) {
		YearMonth period = summary.period();
		List<OfficialDocument.Block> body = new ArrayList<>();
		body.add(paragraph("现将截至" + period.getYear() + "年" + FigureText.monthEnd(period) + "全县重点民生实事项目推进情况通报如下。"));
		body.add(new OfficialDocument.Heading(1, "一、总体进展情况"));
		body.addAll(overview(summary));
		body.add(new OfficialDocument.Heading(1, "二、新完成年度目标任务情况"));
		body.add(paragraph(newlyCompleted(summary, newly)));
		BulletinLagging lagging = new BulletinLagging(summary);
		body.add(new OfficialDocument.Heading(1, "三、滞后指标情况"));
		body.addAll(lagging.blocks());
		body.add(new OfficialDocument.Heading(1, "四、未按要求报送情况"));
		body.addAll(lagging.submissionBlocks());
		body.add(new OfficialDocument.Heading(1, "五、主要工作举措"));
		body.add(new OfficialDocument.Placeholder("【待补充：本月专班办公室的主要工作举措，如召开调度会议、现场督导、协调解决的问题等。】"));
		body.add(new OfficialDocument.Heading(1, "六、下步工作打算"));
		body.add(new OfficialDocument.Placeholder(nextSteps(summary, issue)));
		return new OfficialDocument(List.of(this.title, "（第" + issue.number() + "期）"), null,
				this.properties.addressee(), body, this.properties.office(), issue.signedOn());
	}

	private List<OfficialDocument.Block> overview(CountySummary s) {
		Overview o = s.overview();
		ProgressTally county = o.county().tally();
		List<OfficialDocument.Block> blocks = new ArrayList<>();
		String levels = o.levels().stream().map((l) -> l.label() + l.tally().indicators() + "项")
			.collect(Collectors.joining("、"));
		blocks.add(paragraph(s.period().getYear() + "年全县共有重点民生实事项目" + county.indicators() + "项，其中" + levels
				+ "。截至" + FigureText.monthEnd(s.period()) + "，已完成年度目标任务" + county.count(ProgressClass.COMPLETED)
				+ "项，完成率" + percent(county.completionShare()) + "；超序时进度" + county.count(ProgressClass.AHEAD)
				+ "项，正常推进" + county.count(ProgressClass.ON_SCHEDULE) + "项，" + lagging(county) + "，"
				+ (s.carryForward() ? "尚无进度数据" : "本月未报送进度数据") + county.count(ProgressClass.NOT_REPORTED)
				+ "项；全县平均进度" + percent(county.meanProgress()) + "。" + carried(s)));
		blocks.add(paragraph("分层级看：" + o.levels().stream().map(BulletinComposer::level).collect(Collectors.joining("；"))
				+ "。"));
		Funds funds = o.county().funds();
		if (funds.planned().signum() > 0) {
			blocks.add(paragraph("资金方面，全县计划投资" + money(funds.planned()) + "万元，累计到位资金" + money(funds.inPlace())
					+ "万元、到位率" + percent(funds.inPlaceRate()) + "；累计完成投资" + money(funds.spent()) + "万元、支出率"
					+ percent(funds.spentRate()) + "。"));
		}
		if (acceptanceKnown(s)) {
			var a = o.county().acceptance();
			blocks.add(paragraph("验收方面，省系统平台线上验收" + a.online() + "项、线上验收率" + percent(a.onlineRate()) + "；线下验收"
					+ a.offline() + "项、线下验收率" + percent(a.offlineRate()) + "。"));
		}
		if (o.doubleHalf().due() && s.period().getMonthValue() == 6) {
			blocks.add(paragraph(doubleHalf(o.doubleHalf())));
		}
		Overview.UnitCounts u = o.units();
		blocks.add(paragraph("报送方面，" + u.units() + "个责任单位中，按时报送" + u.onTime() + "个，逾期报送" + u.late()
				+ "个，报表被退回" + u.rejected() + "个，未报送" + u.notSubmitted() + "个。"));
		return blocks;
	}

	private static String level(ScopeFigures l) {
		ProgressTally t = l.tally();
		return l.label() + t.indicators() + "项，已完成" + t.count(ProgressClass.COMPLETED) + "项、完成率"
				+ percent(t.completionShare()) + "，平均进度" + percent(t.meanProgress()) + "，" + lagging(t);
	}

	/**
	 * 「滞后8项（其中严重滞后2项）」: 滞后 always counts yellow and red together, in the headline, by level and in the
	 * lagging section, so the levels add up to the county.
	 */
	static String lagging(ProgressTally t) {
		return "滞后" + t.lagging() + "项（其中严重滞后" + t.count(ProgressClass.SERIOUSLY_BEHIND) + "项）";
	}

	/** 「其中3项沿用上月数据。」: indicators without an accepted figure this month, judged on an earlier one. */
	private static String carried(CountySummary s) {
		List<IndicatorLine> carried = s.indicatorLines().stream().filter(IndicatorLine::carried).toList();
		if (carried.isEmpty()) {
			return "";
		}
		boolean lastMonth = carried.stream()
			.allMatch((l) -> l.lastReportedMonth().equals(s.period().minusMonths(1)));
		return "其中" + carried.size() + "项" + (lastMonth ? "沿用上月数据" : "沿用此前月份数据") + "（本月未报送或报表被退回）。";
	}

	/** Acceptance is worth a sentence once any unit has reported it for the month, yes or no. */
	private static boolean acceptanceKnown(CountySummary s) {
		return s.indicatorLines().stream()
			.anyMatch((l) -> l.row() != null
					&& (l.row().onlineAccepted() != null || l.row().offlineAccepted() != null));
	}

	private static String doubleHalf(Overview.DoubleHalf d) {
		if (!d.judged()) {
			return "截至6月底，各单位6月数据未报送，无法判断是否实现“双过半”目标。";
		}
		String investment = d.investmentRate() == null ? "项目清单未列计划投资、不计投资完成率"
				: "投资完成率" + percent(d.investmentRate());
		return "截至6月底，全县平均进度" + percent(d.progress()) + "，" + investment + "，" + (d.reached() ? "已" : "未")
				+ "实现“双过半”目标。";
	}

	private static String newlyCompleted(CountySummary s, NewlyCompleted newly) {
		String total = "截至" + FigureText.monthEnd(s.period()) + "，累计完成年度目标任务"
				+ s.overview().county().tally().count(ProgressClass.COMPLETED) + "项。";
		if (newly.lines().isEmpty()) {
			return "本月无新完成年度目标任务的指标。" + total;
		}
		String units = newly.byUnit()
			.entrySet()
			.stream()
			.map((e) -> e.getKey() + "完成"
					+ e.getValue().stream().map(BulletinComposer::quoted).collect(Collectors.joining()))
			.collect(Collectors.joining("，"));
		return "本月新完成年度目标任务" + newly.lines().size() + "项：" + units + "。" + total;
	}

	static String quoted(IndicatorLine line) {
		return "“" + line.indicator().name() + "”";
	}

	private static String nextSteps(CountySummary s, Issue issue) {
		List<IndicatorLine> lettered = s.lagging().stream().filter((l) -> l.supervisionLetter()).map((l) -> l.line())
			.toList();
		long units = lettered.stream().map((l) -> l.indicator().responsibleUnit()).distinct().count();
		String letters = lettered.isEmpty() ? "持续跟踪各项目进度，对新出现的滞后指标及时提醒"
				: "对" + units + "个单位的" + lettered.size() + "项指标发出督办函，要求于"
						+ FigureText.date(issue.replyDeadline()) + "前书面反馈整改情况";
		return "【待补充：下步工作打算。可参考：" + letters + "；督促未报送、被退回报表的单位及时报送；确保年度目标任务按期完成。】";
	}

	private static OfficialDocument.Paragraph paragraph(String text) {
		return new OfficialDocument.Paragraph(text);
	}

}
