package cn.minsheng.rollup.form;

/**
 * The four footer fields of 月报表 and where they sit: two rows of label and value pairs starting at
 * {@link UnitForm#footerRow()}, the value in the cell right of its label.
 */
public enum FooterField {

	REPORTER(FormLayout.REPORTER_LABEL, 0, 2),
	LEADER(FormLayout.LEADER_LABEL, 0, 4),
	FILL_DATE(FormLayout.FILL_DATE_LABEL, 1, 2),
	PHONE(FormLayout.PHONE_LABEL, 1, 4);

	/** Rows the footer takes, so whatever follows it knows where to start. */
	public static final int ROWS = 2;

	private final String label;

	private final int rowOffset;

	private final int labelColumn;

	FooterField(String label, int rowOffset, int labelColumn) {
		this.label = label;
		this.rowOffset = rowOffset;
		this.labelColumn = labelColumn;
	}

	/** The label as written, with the full-width colon, e.g. 填报人：. */
	public String label() {
		return this.label;
	}

	/** The label without its colon, the key {@code ParsedForm.footer()} uses. */
	public String key() {
		return this.label.substring(0, this.label.length() - 1);
	}

	/** Zero-based row of this field, given the first footer row. */
	public int row(int footerRow) {
		return footerRow + this.rowOffset;
	}

	public int labelColumn() {
		return this.labelColumn;
	}

	public int valueColumn() {
		return this.labelColumn + 1;
	}

}
