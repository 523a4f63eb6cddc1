package cn.minsheng.rollup.validation;

/**
 * An error rejects the file; a warning is reported and the file is accepted.
 */
public enum Severity {

	ERROR("错误"), WARNING("提醒");

	private final String label;

	Severity(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
