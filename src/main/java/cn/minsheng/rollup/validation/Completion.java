package cn.minsheng.rollup.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;

import cn.minsheng.rollup.catalog.Indicator;

/**
 * The completion rate of a row as the ledger stores it, by how the indicator is measured.
 * <ul>
 * <li>累计数量: 累计完成 ÷ 年度目标;</li>
 * <li>标准值: 1 when the reported standard reaches the catalog's, else 0: a standard is met or not, as the summary
 * and the bulletin count it (one definition everywhere);</li>
 * <li>里程碑: 1 when reached, else 0; with 累计完成 blank the status decides: any status but 未开工 counts as reached,
 * as the year's milestones mark a start of work (项目开工建设).</li>
 * </ul>
 * Where it cannot be computed the unit's own 完成率 is kept.
 */
final class Completion {

	static final int SCALE = 6;

	private Completion() {
	}

	static BigDecimal rate(Indicator indicator, TypedRow row) {
		BigDecimal cumulative = row.cumulative().value();
		BigDecimal target = indicator.annualTarget();
		switch (indicator.measure()) {
			case CUMULATIVE:
				return cumulative != null ? ratio(cumulative, target) : row.reportedRate().value();
			case STANDARD:
				if (cumulative == null) {
					return row.reportedRate().value();
				}
				return cumulative.compareTo(target) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
			default:
				if (cumulative != null) {
					return cumulative.compareTo(BigDecimal.ONE) >= 0 ? BigDecimal.ONE : BigDecimal.ZERO;
				}
				ProjectStatus status = row.status().value();
				if (status != null) {
					return status != ProjectStatus.NOT_STARTED ? BigDecimal.ONE : BigDecimal.ZERO;
				}
				return row.reportedRate().value();
		}
	}

	static BigDecimal ratio(BigDecimal value, BigDecimal target) {
		return value.divide(target, SCALE, RoundingMode.HALF_UP);
	}

}
