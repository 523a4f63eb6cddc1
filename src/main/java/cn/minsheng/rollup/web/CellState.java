package cn.minsheng.rollup.web;

/**
 * How a unit stands for a month on the start page, against the due day (rollup.due-day).
 */
enum CellState {

	/** An accepted form in force, received by the due day. */
	REPORTED("已报送", "ok"),
	/** An accepted form in force, received after the due day. */
	LATE("逾期", "late"),
	/** Only rejected forms: the unit must send a corrected one. */
	REJECTED("被退回", "rejected"),
	/** Accepted after an earlier form of the month was rejected or replaced. */
	CORRECTED("已更正", "corrected"),
	/** Nothing received and the due day has passed. */
	MISSING("未报送", "missing"),
	/** Nothing received yet, the due day still to come. */
	NOT_DUE("未到期", "notdue");

	private final String label;

	private final String css;

	CellState(String label, String css) {
		this.label = label;
		this.css = css;
	}

	public String label() {
		return this.label;
	}

	/** The style class of the cell. */
	public String css() {
		return this.css;
	}

	/** Whether the unit has to be reminded (催报). */
	public boolean needsReminder() {
		return this == REJECTED || this == MISSING;
	}

}
