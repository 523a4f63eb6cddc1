package cn.minsheng.rollup.yearend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Level;
import cn.minsheng.rollup.dispatch.OfficialDocument;

/**
 * 完成情况公示: the notice of the year's completion for the county website, each indicator's target and completion by
 * level. The same text serves the .docx and the plain HTML page.
 */
final class PublicNoticeComposer {

	static final List<String> HEADERS = List.of("序号", "项目", "年度目标", "完成情况", "完成率", "责任单位");

	/** The notice's parts, before layout. */
	record Notice(String title, String opening, List<Section> sections, String closing, String office,
			LocalDate signedOn) {
	}

	/** One level's table. */
	record Section(String heading, List<List<String>> rows) {
	}

	Notice compose(YearendContext context, String office) {
		int year = context.year();
		List<CompletionLine> lines = CompletionLine.of(context.figures());
		long completed = lines.stream().filter(CompletionLine::completed).count();
		List<Section> sections = new ArrayList<>();
		String[] numbers = { "一", "二", "三", "四" };
		for (Level level : Level.values()) {
			List<CompletionLine> ofLevel = lines.stream().filter((l) -> l.indicator().level() == level).toList();
			if (ofLevel.isEmpty()) {
				continue;
			}
			List<List<String>> rows = new ArrayList<>();
			int seq = 1;
			for (CompletionLine line : ofLevel) {
				Indicator indicator = line.indicator();
				rows.add(List.of(Integer.toString(seq++), indicator.name(),
						Texts.number(indicator.annualTarget()) + indicator.unitOfMeasure(),
						line.value() == null ? "未报送" : Texts.number(line.value()) + indicator.unitOfMeasure(),
						Texts.percent(line.rate()), indicator.responsibleUnit()));
			}
			long done = ofLevel.stream().filter(CompletionLine::completed).count();
			sections.add(new Section(numbers[sections.size()] + "、" + level.label() + "（" + ofLevel.size() + " 项，已完成 "
					+ done + " 项）", rows));
		}
		String opening = year + "年，" + context.county() + "承担重点民生实事项目 " + lines.size() + " 项（"
				+ context.figures().catalog().describeCounts() + "）。截至" + year + "年12月底，已完成年度目标 " + completed
				+ " 项，完成率 " + Texts.percent((int) completed, lines.size()) + "。现将各项目完成情况公示如下：";
		String closing = "公示期间，如对上述项目完成情况有异议，请向" + office + "反映。【请补充：公示期限、联系电话、电子邮箱】";
		return new Notice(context.county() + year + "年重点民生实事项目完成情况公示", opening, sections, closing, office,
				LocalDate.of(year, 12, 31));
	}

	static OfficialDocument document(Notice notice) {
		List<OfficialDocument.Block> body = new ArrayList<>();
		body.add(new OfficialDocument.Paragraph(notice.opening()));
		for (Section section : notice.sections()) {
			body.add(new OfficialDocument.Heading(1, section.heading()));
			body.add(new OfficialDocument.Table(HEADERS, section.rows(), List.of(2, 9, 4, 4, 3, 4)));
		}
		body.add(new OfficialDocument.Placeholder(notice.closing()));
		return new OfficialDocument(List.of(notice.title()), null, "全县广大群众", body, notice.office(), notice.signedOn());
	}

}
