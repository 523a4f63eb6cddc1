package cn.minsheng.rollup.report;

/**
 * How a unit stands for a month: accepted on time, accepted late, only rejected files, or nothing at all.
 */
public enum SubmissionStatus {

	ON_TIME("按时报送"), LATE("逾期报送"), REJECTED("被退回"), NOT_SUBMITTED("未报送");

	private final String label;

	SubmissionStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The unit has accepted data in force for the month. */
	public boolean accepted() {
		return this == ON_TIME || this == LATE;
	}

}
