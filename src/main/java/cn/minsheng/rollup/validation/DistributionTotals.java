package cn.minsheng.rollup.validation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What the sheet 项目分布清单 of one file added up to, after every row went through a {@link DistributionChecker}.
 *
 * @param quantityByCode the sum of 数量 per code of the unit, for each code with at least one row (blank or unreadable
 * quantities count as 0)
 * @param rowCount the rows seen
 * @param violations the problems found, at most {@link DistributionChecker#DEFAULT_CAP_PER_RULE} per rule plus one
 * summary per capped rule
 */
public record DistributionTotals(Map<String, BigDecimal> quantityByCode, long rowCount, List<Violation> violations) {

	public DistributionTotals {
		quantityByCode = Map.copyOf(quantityByCode);
		violations = List.copyOf(violations);
	}

	/** For a file without the sheet, or with no rows in it. */
	public static DistributionTotals empty() {
		return new DistributionTotals(Map.of(), 0, List.of());
	}

}
