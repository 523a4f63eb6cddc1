package cn.minsheng.rollup.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.minsheng.rollup.catalog.Level;

/**
 * Arranges the indicator lines by level and category, in catalog order, with their subtotal lines.
 * <p>
 * A category with two or more indicators gets a 小计 line; a category of one indicator does not, since its subtotal
 * would repeat the indicator. Every level gets a 合计 line and the list ends with the 总计 line of the county.
 */
final class DetailGrouping {

	private DetailGrouping() {
	}

	static List<DetailLine> group(List<IndicatorLine> lines) {
		Map<Level, Map<String, List<IndicatorLine>>> byLevel = new LinkedHashMap<>();
		for (IndicatorLine line : lines) {
			byLevel.computeIfAbsent(line.indicator().level(), (l) -> new LinkedHashMap<>())
				.computeIfAbsent(line.indicator().categoryNo(), (c) -> new ArrayList<>())
				.add(line);
		}
		List<DetailLine> details = new ArrayList<>();
		byLevel.forEach((level, categories) -> {
			List<IndicatorLine> ofLevel = new ArrayList<>();
			categories.values().forEach((ofCategory) -> {
				details.addAll(ofCategory);
				ofLevel.addAll(ofCategory);
				if (ofCategory.size() > 1) {
					IndicatorLine first = ofCategory.get(0);
					String label = first.indicator().categoryNo() + " " + first.indicator().category() + " 小计";
					details.add(new SubtotalLine(SubtotalLine.Scope.CATEGORY, ScopeFigures.of(label, ofCategory)));
				}
			});
			details.add(new SubtotalLine(SubtotalLine.Scope.LEVEL, ScopeFigures.of(level.label() + " 合计", ofLevel)));
		});
		details.add(new SubtotalLine(SubtotalLine.Scope.COUNTY, ScopeFigures.of("全县 总计", lines)));
		return details;
	}

}
