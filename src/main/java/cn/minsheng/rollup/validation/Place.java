package cn.minsheng.rollup.validation;

/**
 * Where a problem sits, as a violation records it and as a message names it, e.g. {@code 月报表 J7「累计完成」}.
 *
 * @param cellRef a real cell reference, or empty when the problem has no single cell
 * @param label the text a message starts with
 */
record Place(String sheet, String cellRef, String label) {

	/** A labelled cell; {@code fallback} (e.g. 第7行, 表尾) names it when there is no real reference. */
	static Place cell(String sheet, String cellRef, String fallback, String columnName) {
		boolean real = Texts.isCellRef(cellRef);
		String where = real ? cellRef : fallback;
		return new Place(sheet, real ? cellRef : "", sheet + " " + where + "「" + columnName + "」");
	}

	static Place sheet(String sheet) {
		return new Place(sheet, "", sheet + " ");
	}

	/** The violation whose message is this place's label followed by {@code rest}. */
	Violation violation(Rule rule, String rest) {
		return rule.at(sheet, cellRef, label + rest);
	}

}
