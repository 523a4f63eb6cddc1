package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.time.Duration;

/**
 * Reading a file took longer than its {@link ReadDeadline} allows.
 */
class ReadTimeoutException extends IOException {

	private final Duration budget;

	ReadTimeoutException(Duration budget) {
		super("reading took longer than " + budget.toMillis() + " ms");
		this.budget = budget;
	}

	Duration budget() {
		return this.budget;
	}

}
