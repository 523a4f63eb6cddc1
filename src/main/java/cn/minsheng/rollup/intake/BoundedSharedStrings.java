package cn.minsheng.rollup.intake;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * The shared strings of a workbook as the sheet parser sees them, with every long string cut to Excel's cell limit
 * once and that cut handed out again. POI builds a fresh rich-text copy of a shared string for every cell that uses
 * it; with one multi-megabyte string referenced by thousands of cells that copying alone would take minutes.
 */
final class BoundedSharedStrings implements SharedStrings {

	/** Strings longer than this are kept cut after their first use; shorter ones cost little to copy. */
	private static final int LONG = 1024;

	private final SharedStrings strings;

	private final Map<Integer, RichTextString> longOnes = new HashMap<>();

	BoundedSharedStrings(SharedStrings strings) {
		this.strings = strings;
	}

	@Override
	public RichTextString getItemAt(int idx) {
		RichTextString kept = this.longOnes.get(idx);
		if (kept != null) {
			return kept;
		}
		RichTextString item = this.strings.getItemAt(idx);
		String text = item == null ? null : item.getString();
		if (text == null || text.length() <= LONG) {
			return item;
		}
		RichTextString cut = new PlainText(text.length() > IntakeLimits.MAX_CELL_TEXT
				? text.substring(0, IntakeLimits.MAX_CELL_TEXT) : text);
		this.longOnes.put(idx, cut);
		return cut;
	}

	@Override
	public int getCount() {
		return this.strings.getCount();
	}

	@Override
	public int getUniqueCount() {
		return this.strings.getUniqueCount();
	}

	/** Text without formatting runs; the same string instance every time it is asked for. */
	private record PlainText(String text) implements RichTextString {

		@Override
		public void applyFont(int startIndex, int endIndex, short fontIndex) {
			throw new UnsupportedOperationException("read-only");
		}

		@Override
		public void applyFont(int startIndex, int endIndex, Font font) {
			throw new UnsupportedOperationException("read-only");
		}

		@Override
		public void applyFont(Font font) {
			throw new UnsupportedOperationException("read-only");
		}

		@Override
		public void clearFormatting() {
			throw new UnsupportedOperationException("read-only");
		}

		@Override
		public String getString() {
			return this.text;
		}

		@Override
		public int length() {
			return this.text.length();
		}

		@Override
		public int numFormattingRuns() {
			return 0;
		}

		@Override
		public int getIndexOfFormattingRun(int index) {
			return 0;
		}

		@Override
		public void applyFont(short fontIndex) {
			throw new UnsupportedOperationException("read-only");
		}

		@Override
		public String toString() {
			return this.text;
		}

	}

}
