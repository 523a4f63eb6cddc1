package cn.minsheng.rollup.workbook;

import java.util.List;

/**
 * A sheet that could be the form, told by the little that is needed to choose between it and the others: what its
 * header block says and what its rows hold, never the rows themselves.
 *
 * @param sheetName the tab name
 * @param declaredUnit the text after 填报单位 above its table, empty when absent
 * @param declaredPeriod the text after 报送月份 above its table, empty when absent
 * @param dataRows how many indicator rows it holds
 * @param codes its rows' indicator codes as written (spaces dropped, upper case), each once, in sheet order
 * @param figures a digest of its rows' figures, dates and choices: two sheets with the same one hold the same
 *     figures
 */
public record SheetCandidate(String sheetName, String declaredUnit, String declaredPeriod, int dataRows,
		List<String> codes, String figures) {

	public SheetCandidate {
		declaredUnit = declaredUnit == null ? "" : declaredUnit;
		declaredPeriod = declaredPeriod == null ? "" : declaredPeriod;
		codes = List.copyOf(codes);
	}

	/** True when both hold the same figures in the same rows. */
	public boolean sameFiguresAs(SheetCandidate other) {
		return this.figures.equals(other.figures);
	}

}
