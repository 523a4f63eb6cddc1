package cn.minsheng.rollup.yearend;

import java.time.YearMonth;
import java.util.Objects;

import cn.minsheng.rollup.catalog.Indicator;

/**
 * One indicator's two acceptances at year end.
 *
 * @param status the project status of the latest accepted form, or {@code null}
 */
record AcceptanceLine(Indicator indicator, Standing online, Standing offline, String status) {

	AcceptanceLine {
		Objects.requireNonNull(indicator, "indicator");
		Objects.requireNonNull(online, "online");
		Objects.requireNonNull(offline, "offline");
	}

	Standing of(AcceptanceKind kind) {
		return kind == AcceptanceKind.ONLINE ? this.online : this.offline;
	}

	boolean open() {
		return !this.online.accepted() || !this.offline.accepted();
	}

	/**
	 * One acceptance of an indicator.
	 * @param accepted 是 at year end
	 * @param firstReported the first month a form reported 是; {@code null} when none did
	 * @param source what says so: the form and cell, or the office's record with who and when
	 */
	record Standing(boolean accepted, YearMonth firstReported, String source) {

		String yesNo() {
			return this.accepted ? "是" : "否";
		}

	}

}
