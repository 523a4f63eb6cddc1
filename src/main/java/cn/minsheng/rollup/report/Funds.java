package cn.minsheng.rollup.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Money of a group of indicators, in 万元: planned (from the catalog), in place and spent (as reported).
 */
public record Funds(BigDecimal planned, BigDecimal inPlace, BigDecimal spent) {

	public static final Funds NONE = new Funds(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);

	public Funds {
		Objects.requireNonNull(planned, "planned");
		Objects.requireNonNull(inPlace, "inPlace");
		Objects.requireNonNull(spent, "spent");
	}

	public Funds plus(Funds other) {
		return new Funds(planned.add(other.planned), inPlace.add(other.inPlace), spent.add(other.spent));
	}

	/** 资金到位率 = in place ÷ planned; {@code null} when nothing is planned. */
	public BigDecimal inPlaceRate() {
		return rate(inPlace);
	}

	/** 支出率 (投资完成率) = spent ÷ planned; {@code null} when nothing is planned. */
	public BigDecimal spentRate() {
		return rate(spent);
	}

	private BigDecimal rate(BigDecimal amount) {
		return planned.signum() == 0 ? null : amount.divide(planned, 10, RoundingMode.HALF_UP);
	}

}
