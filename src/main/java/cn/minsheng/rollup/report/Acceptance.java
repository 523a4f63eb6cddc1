package cn.minsheng.rollup.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How many indicators of a group passed online (省系统平台) and offline acceptance, as reported.
 */
public record Acceptance(int indicators, int online, int offline) {

	/** 线上验收率 = indicators accepted online ÷ indicators of the group. */
	public BigDecimal onlineRate() {
		return rate(online);
	}

	/** 线下验收率 = indicators accepted offline ÷ indicators of the group. */
	public BigDecimal offlineRate() {
		return rate(offline);
	}

	private BigDecimal rate(int count) {
		return indicators == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf(count).divide(BigDecimal.valueOf(indicators), 10, RoundingMode.HALF_UP);
	}

}
