package cn.minsheng.rollup.yearend;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

import cn.minsheng.rollup.dispatch.OfficialDocument;
import cn.minsheng.rollup.report.Funds;

/**
 * The year's bulletin: the December 工作情况通报 in the shape of a year-end report. 工作成效 (completion, acceptance,
 * the items finished first and those finished before their due month, funds), 工作举措 (meetings held, letters sent)
 * and 下步工作打算 (acceptance and inspection, the open items named) are drawn from the ledger and the office's
 * records; the narrative is left as marked placeholders.
 */
final class YearBulletinComposer {

	/** How many of the earliest completed items the bulletin names as finished first. */
	private static final int FIRST_FINISHED = 4;

	OfficialDocument compose(YearendContext context, String title, String addressee, String office,
			OptionalInt meetings, int letters) {
		int year = context.year();
		List<CompletionLine> lines = CompletionLine.of(context.figures());
		long completed = lines.stream().filter(CompletionLine::completed).count();
		AcceptanceStatus.Rate rate = context.acceptance().rates().get("全县");
		Funds funds = context.funds().county();
		List<OfficialDocument.Block> body = new ArrayList<>();
		body.add(new OfficialDocument.Heading(1, "一、工作成效"));
		body.add(new OfficialDocument.Paragraph(year + "年，全县" + lines.size() + "项重点民生实事项目完成 " + completed
				+ " 项，完成率 " + Texts.percent((int) completed, lines.size()) + "；省系统平台（线上）验收率 "
				+ Texts.percent(rate.onlineRate()) + "，线下验收率 " + Texts.percent(rate.offlineRate()) + "。计划投资 "
				+ Texts.money(funds.planned()) + " 万元，累计到位资金 " + Texts.money(funds.inPlace()) + " 万元（到位率 "
				+ Texts.percent(funds.inPlaceRate()) + "），累计完成投资 " + Texts.money(funds.spent()) + " 万元（支出率 "
				+ Texts.percent(funds.spentRate()) + "）。"));
		List<CompletionLine> first = lines.stream()
			.filter(CompletionLine::completed)
			.sorted(Comparator.comparing(CompletionLine::completedIn))
			.limit(FIRST_FINISHED)
			.toList();
		if (!first.isEmpty()) {
			body.add(new OfficialDocument.Paragraph("率先完成的项目：" + names(first) + "。"));
		}
		List<CompletionLine> early = lines.stream().filter(CompletionLine::early).toList();
		body.add(new OfficialDocument.Paragraph(early.isEmpty() ? "没有在计划完成月份之前完成的项目。"
				: "提前完成（早于计划完成月份）的项目 " + early.size() + " 项：" + names(early) + "。"));
		body.add(new OfficialDocument.Placeholder("【请补充：惠及群众、社会反响等成效，及“在全市率先完成”的项目】"));
		body.add(new OfficialDocument.Heading(1, "二、工作举措"));
		String meetingText = meetings.isPresent() ? "全年召开调度会议 " + meetings.getAsInt() + " 次，"
				: "【" + MeetingRecordReader.fileName(year) + " 未找到：请补充召开调度会议次数】";
		body.add(new OfficialDocument.Paragraph(meetingText + "对滞后项目发出督办函 " + letters + " 份。"));
		body.add(new OfficialDocument.Placeholder("【请补充：一月一调度、现场督导、资金保障等主要举措】"));
		body.add(new OfficialDocument.Heading(1, "三、下步工作打算"));
		List<AcceptanceLine> open = context.acceptance().open();
		body.add(new OfficialDocument.Paragraph(open.isEmpty() ? "全部项目已完成线上、线下验收，下步做好迎接市、省检查的台账资料准备。"
				: "抓紧完成尚未验收的 " + open.size() + " 个项目的验收：" + String.join("；", open.stream()
					.map((l) -> l.indicator().name() + "（" + l.indicator().responsibleUnit() + "）")
					.toList()) + "。各单位按台账资料目录补齐资料，做好“回头看”问题整改，迎接市、省检查。"));
		body.add(new OfficialDocument.Placeholder("【请补充：长效管护、来年项目征集等打算】"));
		return new OfficialDocument(List.of(title), null, addressee, body, office, LocalDate.of(year, 12, 31));
	}

	private static String names(List<CompletionLine> lines) {
		return String.join("、", lines.stream()
			.map((l) -> l.indicator().name() + "（" + month(l.completedIn()) + "）")
			.toList());
	}

	private static String month(YearMonth month) {
		return month.getMonthValue() + "月";
	}

}
