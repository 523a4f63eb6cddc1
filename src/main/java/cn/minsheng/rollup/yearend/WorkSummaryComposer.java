package cn.minsheng.rollup.yearend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.dispatch.OfficialDocument;
import cn.minsheng.rollup.report.Funds;

/**
 * Drafts a unit's 工作总结 from its figures: the completion, funds and acceptance paragraphs and the table are drawn
 * from the ledger; the narrative (成效, 主要做法, 下步打算) is left as marked placeholders for the unit to write.
 */
final class WorkSummaryComposer {

	OfficialDocument compose(String unit, YearendContext context) {
		int year = context.year();
		List<CompletionLine> lines = CompletionLine.of(context.figures())
			.stream()
			.filter((l) -> l.indicator().responsibleUnit().equals(unit))
			.toList();
		long completed = lines.stream().filter(CompletionLine::completed).count();
		Funds funds = context.funds().byUnit().getOrDefault(unit, Funds.NONE);
		List<AcceptanceLine> acceptance = context.acceptance()
			.lines()
			.stream()
			.filter((l) -> l.indicator().responsibleUnit().equals(unit))
			.toList();
		long online = acceptance.stream().filter((l) -> l.online().accepted()).count();
		long offline = acceptance.stream().filter((l) -> l.offline().accepted()).count();
		List<OfficialDocument.Block> body = new ArrayList<>();
		body.add(new OfficialDocument.Heading(1, "一、总体完成情况"));
		body.add(new OfficialDocument.Paragraph(year + "年，我单位承担" + context.county() + "重点民生实事项目 " + lines.size()
				+ " 项。截至12月底，已完成年度目标 " + completed + " 项，完成率 " + Texts.percent((int) completed, lines.size())
				+ "；计划投资 " + Texts.money(funds.planned()) + " 万元，累计到位资金 " + Texts.money(funds.inPlace())
				+ " 万元（到位率 " + Texts.percent(funds.inPlaceRate()) + "），累计完成投资 " + Texts.money(funds.spent())
				+ " 万元（支出率 " + Texts.percent(funds.spentRate()) + "）；线上验收 " + online + " 项、线下验收 " + offline
				+ " 项。各项目完成情况如下表。"));
		body.add(table(lines));
		body.add(new OfficialDocument.Placeholder("【请补充：各项目取得的成效、惠及群众情况等】"));
		body.add(new OfficialDocument.Heading(1, "二、主要做法"));
		body.add(new OfficialDocument.Placeholder("【请补充：组织领导、资金保障、推进机制、宣传等主要做法】"));
		body.add(new OfficialDocument.Heading(1, "三、存在问题"));
		List<String> problems = problems(unit, context);
		if (problems.isEmpty()) {
			body.add(new OfficialDocument.Placeholder("【请补充：工作中存在的问题和不足】"));
		}
		problems.forEach((p) -> body.add(new OfficialDocument.Paragraph(p)));
		body.add(new OfficialDocument.Heading(1, "四、下步工作打算"));
		acceptance.stream()
			.filter(AcceptanceLine::open)
			.forEach((l) -> body.add(new OfficialDocument.Paragraph("抓紧完成" + l.indicator().code() + " "
					+ l.indicator().name() + "的" + (l.online().accepted() ? "" : "线上验收")
					+ (l.online().accepted() || l.offline().accepted() ? "" : "和")
					+ (l.offline().accepted() ? "" : "线下验收") + "。")));
		body.add(new OfficialDocument.Placeholder("【请补充：巩固成果、长效管护、迎接检查等下步打算】"));
		return new OfficialDocument(List.of(unit + year + "年重点民生实事", "工作总结（草稿）"), null,
				context.county() + "重点民生实事工作专班办公室", body, unit, LocalDate.of(year, 12, 31));
	}

	private static OfficialDocument.Table table(List<CompletionLine> lines) {
		List<List<String>> rows = new ArrayList<>();
		for (CompletionLine line : lines) {
			Indicator indicator = line.indicator();
			rows.add(List.of(indicator.code(), indicator.name(),
					Texts.number(indicator.annualTarget()) + indicator.unitOfMeasure(), Texts.number(line.value()),
					Texts.percent(line.rate()), line.status() == null ? "—" : line.status()));
		}
		return new OfficialDocument.Table(List.of("编码", "考核指标", "年度目标", "累计完成", "完成率", "状态"), rows,
				List.of(3, 9, 4, 3, 3, 3));
	}

	/** The 存在问题 its latest forms name, one paragraph per indicator. */
	private static List<String> problems(String unit, YearendContext context) {
		List<String> problems = new ArrayList<>();
		for (Indicator indicator : context.figures().catalog().indicatorsOf(unit)) {
			context.figures()
				.latest(indicator, context.figures().december())
				.map((s) -> s.row().problems())
				.filter((p) -> p != null && !p.isBlank())
				.ifPresent((p) -> problems.add(indicator.name() + "：" + p.strip()));
		}
		return problems;
	}

}
