package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings of a workbook as the texts a cell shows: read once as POI's {@code ReadOnlySharedStringsTable}
 * reads them (runs joined, phonetic runs left out), with {@code _xHHHH_} escapes decoded and every text cut to
 * Excel's cell limit. POI hands out a fresh rich-text object per cell; this hands out the same string.
 */
final class SharedStringTable extends DefaultHandler {

	private static final String SPREADSHEETML_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	/** How Excel writes a character XML cannot hold (_x000D_); POI decodes it when it reads a text. */
	private static final Pattern ESCAPED = Pattern.compile("_x([0-9A-Fa-f]{4})_");

	private static final int INITIAL_CAPACITY_LIMIT = 100_000;

	private List<String> strings;

	private StringBuilder characters;

	private boolean textOpen;

	private boolean inPhonetic;

	private SharedStringTable() {
	}

	/** A workbook without a shared strings part: any cell that refers to one is an error, as in POI. */
	static SharedStringTable empty() {
		return new SharedStringTable();
	}

	static SharedStringTable parse(InputStream in) throws IOException, SAXException {
		SharedStringTable table = new SharedStringTable();
		PushbackInputStream stream = new PushbackInputStream(in, 1);
		int first = stream.read();
		if (first == -1) {
			return table;
		}
		stream.unread(first);
		XmlParts.parse(stream, table);
		return table;
	}

	/** The text of shared string {@code index}; fails for an index the table does not have. */
	String text(int index) {
		if (this.strings == null || index < 0 || index >= this.strings.size()) {
			throw new IllegalStateException("Cannot get item at " + index + " with "
					+ (this.strings == null ? 0 : this.strings.size()) + " strings");
		}
		return this.strings.get(index);
	}

	/** {@code _xHHHH_} escapes turned into their characters, as POI's rich text does when asked for its string. */
	static String decode(String text) {
		if (!text.contains("_x")) {
			return text;
		}
		Matcher matcher = ESCAPED.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		int last = 0;
		while (matcher.find()) {
			out.append(text, last, matcher.start()).append((char) Integer.parseInt(matcher.group(1), 16));
			last = matcher.end();
		}
		return last == 0 ? text : out.append(text, last, text.length()).toString();
	}

	static String cut(String text) {
		return text.length() > IntakeLimits.MAX_CELL_TEXT ? text.substring(0, IntakeLimits.MAX_CELL_TEXT) : text;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		if (uri != null && !uri.equals(SPREADSHEETML_NS)) {
			return;
		}
		switch (localName) {
			case "sst" -> {
				String uniqueCount = attributes.getValue("uniqueCount");
				String count = attributes.getValue("count");
				if (count != null) {
					Long.parseLong(count); // a damaged count fails the file, as it does in POI
				}
				int unique = uniqueCount == null ? 0 : (int) Long.parseLong(uniqueCount);
				this.strings = new ArrayList<>(Math.min(unique, INITIAL_CAPACITY_LIMIT));
				this.characters = new StringBuilder(64);
			}
			case "si" -> {
				if (this.characters != null) {
					this.characters.setLength(0);
				}
			}
			case "t" -> this.textOpen = true;
			case "rPh" -> this.inPhonetic = true;
			default -> {
				// formatting runs and their properties: only their text counts
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		if (uri != null && !uri.equals(SPREADSHEETML_NS)) {
			return;
		}
		switch (localName) {
			case "si" -> {
				if (this.strings != null && this.characters != null) {
					this.strings.add(cut(decode(this.characters.toString())));
				}
			}
			case "t" -> this.textOpen = false;
			case "rPh" -> this.inPhonetic = false;
			default -> {
				// nothing to close
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (this.textOpen && !this.inPhonetic && this.characters != null) {
			this.characters.append(ch, start, length);
		}
	}

}
