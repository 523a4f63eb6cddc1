package cn.minsheng.rollup.progress;

/**
 * Where an indicator stands against its schedule, with the colour the office marks it in.
 */
public enum ProgressClass {

	COMPLETED("已完成", "绿", "C6EFCE", "70AD47"),
	AHEAD("超序时", "蓝", "BDD7EE", "4472C4"),
	ON_SCHEDULE("正常", "无", null, "A9D18E"),
	BEHIND("滞后", "黄", "FFEB9C", "FFC000"),
	SERIOUSLY_BEHIND("严重滞后", "红", "FFC7CE", "C00000"),
	NOT_REPORTED("未报送", "灰", "D9D9D9", "7F7F7F");

	private final String label;

	private final String colourName;

	private final String fillRgb;

	private final String chartRgb;

	ProgressClass(String label, String colourName, String fillRgb, String chartRgb) {
		this.label = label;
		this.colourName = colourName;
		this.fillRgb = fillRgb;
		this.chartRgb = chartRgb;
	}

	public String label() {
		return this.label;
	}

	/** 绿 / 蓝 / 无 / 黄 / 红 / 灰, for the legend. */
	public String colourName() {
		return this.colourName;
	}

	/** The cell fill as RRGGBB, or {@code null} for no fill. */
	public String fillRgb() {
		return this.fillRgb;
	}

	/** A stronger shade of the same colour for charts, as RRGGBB. */
	public String chartRgb() {
		return this.chartRgb;
	}

	/** 滞后 or 严重滞后: the classes the monthly dispatch follows up. */
	public boolean lagging() {
		return this == BEHIND || this == SERIOUSLY_BEHIND;
	}

}
