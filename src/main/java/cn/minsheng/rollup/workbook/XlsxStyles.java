package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number formats of a workbook's {@code styles.xml}, the only part of it intake needs: the custom formats and the
 * format of each cell style ({@code cellXfs}), read in one SAX pass. POI's {@code StylesTable} builds every font, fill
 * and border as XMLBeans objects first, which was a sixth of the time spent on a unit's form.
 */
final class XlsxStyles {

	private final Map<Short, String> customFormats;

	private final short[] formatOfStyle;

	private XlsxStyles(Map<Short, String> customFormats, short[] formatOfStyle) {
		this.customFormats = customFormats;
		this.formatOfStyle = formatOfStyle;
	}

	static XlsxStyles parse(InputStream stylesXml) throws IOException, SAXException {
		Handler handler = new Handler();
		XmlParts.parse(stylesXml, handler);
		if (!handler.sawStyleSheet) {
			throw new IOException("styles part is not a styleSheet");
		}
		short[] formats = new short[handler.xfFormats.size()];
		for (int i = 0; i < formats.length; i++) {
			formats[i] = handler.xfFormats.get(i);
		}
		return new XlsxStyles(handler.customFormats, formats);
	}

	/** Cell styles in the workbook; a cell's {@code s} attribute is an index below this. */
	int styleCount() {
		return this.formatOfStyle.length;
	}

	/** The format index of cell style {@code style}, as POI's {@code XSSFCellStyle.getDataFormat()} gives it. */
	short formatIndex(int style) {
		return this.formatOfStyle[style];
	}

	/** The workbook's own pattern for format {@code index}; {@code null} when it defines none (a built-in format). */
	String customPattern(short index) {
		return this.customFormats.get(index);
	}

	private static final class Handler extends DefaultHandler {

		private final Map<Short, String> customFormats = new HashMap<>();

		private final List<Short> xfFormats = new ArrayList<>();

		private final List<String> path = new ArrayList<>();

		private boolean sawStyleSheet;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			String name = localName.isEmpty() ? qName : localName;
			int depth = this.path.size();
			if (depth == 0) {
				this.sawStyleSheet = name.equals("styleSheet");
			}
			else if (depth == 2 && name.equals("numFmt") && this.path.get(1).equals("numFmts")) {
				// a later definition of the same id replaces an earlier one, as in POI's map
				this.customFormats.put(formatId(attributes), attributes.getValue("formatCode"));
			}
			else if (depth == 2 && name.equals("xf") && this.path.get(1).equals("cellXfs")) {
				this.xfFormats.add(formatId(attributes));
			}
			this.path.add(name);
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			this.path.remove(this.path.size() - 1);
		}

		/** An absent id is 0 (General); the id is an unsigned int that POI narrows to a short, and so does this. */
		private static short formatId(Attributes attributes) {
			String id = attributes.getValue("numFmtId");
			return id == null ? 0 : (short) Long.parseLong(id.strip());
		}

	}

}
