package cn.minsheng.rollup.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Mean capped progress month by month, January to the summarized month, for the county, each level and each unit,
 * each month judged as its own summary judges it (with carry-forward when that is on).
 */
public record Trend(List<YearMonth> months, List<Series> series) {

	public Trend {
		months = List.copyOf(months);
		series = List.copyOf(series);
	}

	/**
	 * One line of the trend: a label and one value per month; {@code null} for a month without any figure of the
	 * series' indicators (an empty cell and no point, not 0%).
	 */
	public record Series(Kind kind, String label, List<BigDecimal> values) {

		public Series {
			Objects.requireNonNull(kind, "kind");
			Objects.requireNonNull(label, "label");
			values = Collections.unmodifiableList(new ArrayList<>(values));
		}

	}

	/** What a series covers. */
	public enum Kind {

		COUNTY, LEVEL, UNIT

	}

}
