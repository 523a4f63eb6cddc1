package cn.minsheng.rollup.ledger;

/**
 * How a received file ended.
 */
public enum Outcome {

	/** 已接收: read, checked, stored; may carry warnings. */
	ACCEPTED("已接收"),
	/** 已退回: not usable; the reason says what to fix. */
	REJECTED("已退回"),
	/** 重复报送: the same bytes were received before; reported, not counted twice. */
	DUPLICATE("重复报送");

	private final String label;

	Outcome(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
