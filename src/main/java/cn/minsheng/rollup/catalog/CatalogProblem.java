package cn.minsheng.rollup.catalog;

/**
 * One defect of a catalog file, located by its row (as the office sees it, 1-based) and column header.
 */
public record CatalogProblem(int row, String column, String message) {

	/** "第 5 行「年度目标」：年度目标必须大于 0" */
	public String describe() {
		if (row <= 0) {
			return message;
		}
		return "第 " + row + " 行" + (column == null ? "" : "「" + column + "」") + "：" + message;
	}

}
