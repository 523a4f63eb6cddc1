package cn.minsheng.rollup.workbook;

import java.util.Map;
import java.util.SortedMap;

/**
 * Reads the hidden sheet {@value cn.minsheng.rollup.form.FormLayout#META_SHEET}: a key in column A, its value in B.
 */
final class MetaSheetReader implements SheetReading {

	/** The template writes five keys; a sheet with far more is not ours and is not read further. */
	private static final int MAX_ENTRIES = 100;

	private final Map<String, String> entries;

	MetaSheetReader(Map<String, String> entries) {
		this.entries = entries;
	}

	@Override
	public boolean row(int rowIndex, SortedMap<Integer, FieldValue> cells) {
		FieldValue key = cells.get(0);
		FieldValue value = cells.get(1);
		if (key != null && !key.text().isBlank()) {
			this.entries.putIfAbsent(key.text().strip(), value == null ? "" : value.text().strip());
		}
		return this.entries.size() < MAX_ENTRIES;
	}

	@Override
	public void end() {
		// entries were stored as they came
	}

}
