package cn.minsheng.rollup.workbook;

/**
 * A file that cannot be read as a form; the message is the Chinese reason the unit reads.
 */
public class FormReadException extends Exception {

	private final RejectionKind kind;

	public FormReadException(RejectionKind kind, String chineseReason) {
		super(chineseReason);
		this.kind = kind;
	}

	public FormReadException(RejectionKind kind, String chineseReason, Throwable cause) {
		super(chineseReason, cause);
		this.kind = kind;
	}

	public RejectionKind kind() {
		return this.kind;
	}

}
