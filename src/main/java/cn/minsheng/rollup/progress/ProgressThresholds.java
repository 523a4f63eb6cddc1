package cn.minsheng.rollup.progress;

import java.math.BigDecimal;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How far from 序时进度 an indicator may be before it is 超序时, 滞后 (yellow) or 严重滞后 (red), in percentage points.
 *
 * @param yellowPoints behind by at least this many points is 滞后 (yellow)
 * @param redPoints behind by more than this many points is 严重滞后 (red)
 * @param aheadPoints ahead by at least this many points is 超序时
 */
@ConfigurationProperties("rollup.progress")
public record ProgressThresholds(@DefaultValue("10") BigDecimal yellowPoints, @DefaultValue("30") BigDecimal redPoints,
		@DefaultValue("5") BigDecimal aheadPoints) {

	public ProgressThresholds {
		Objects.requireNonNull(yellowPoints, "yellowPoints");
		Objects.requireNonNull(redPoints, "redPoints");
		Objects.requireNonNull(aheadPoints, "aheadPoints");
		if (yellowPoints.signum() <= 0 || redPoints.compareTo(yellowPoints) < 0 || aheadPoints.signum() <= 0) {
			throw new IllegalArgumentException("进度阈值配置有误：须满足 0 < 黄色阈值 ≤ 红色阈值，且超序时阈值 > 0（当前为 "
					+ yellowPoints + " / " + redPoints + " / " + aheadPoints + "）");
		}
	}

	/** The rule seen in public notices: yellow 10–30 points behind, red beyond 30; 超序时 from 5 points ahead. */
	public static ProgressThresholds defaults() {
		return new ProgressThresholds(BigDecimal.TEN, BigDecimal.valueOf(30), BigDecimal.valueOf(5));
	}

}
