package cn.minsheng.rollup.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * Reads the first sheet of a catalog {@code .xlsx} by pulling its XML parts (StAX), giving each cell the text POI's
 * user model shows for it, without the user model: loading the XMLBeans behind it costs more than a second at start-up
 * even for a catalog of 39 rows. A workbook using anything beyond plain values and number formats (formulas, error
 * cells, rows or cells without their address…) is left to the user model, so every catalog reads exactly as before.
 */
final class XlsxCatalogReader {

	private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final Pattern ESCAPED_CHAR = Pattern.compile("_x([0-9A-Fa-f]{4})_");

	private XlsxCatalogReader() {
	}

	/**
	 * @return the rows of the first sheet, or empty when the workbook needs the user model (or cannot be streamed:
	 * the user model then reports why)
	 */
	static Optional<List<List<String>>> read(Path file) {
		try {
			OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
			try {
				return Optional.of(read(new XSSFReader(pkg)));
			}
			finally {
				// revert, not close: close() on a read-only package only logs that it cannot save
				pkg.revert();
			}
		}
		catch (IOException | OpenXML4JException | XMLStreamException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static List<List<String>> read(XSSFReader reader)
			throws IOException, OpenXML4JException, XMLStreamException {
		FirstSheet sheet;
		try (InputStream in = reader.getWorkbookData()) {
			sheet = firstSheet(in);
		}
		List<String> strings;
		try (InputStream in = reader.getSharedStringsData()) {
			strings = in == null ? List.of() : sharedStrings(in);
		}
		XlsxCatalogSheet.NumberFormats formats;
		try (InputStream in = reader.getStylesData()) {
			formats = numberFormats(in);
		}
		try (InputStream in = reader.getSheet(sheet.relationId())) {
			return new XlsxCatalogSheet(strings, formats, sheet.date1904()).rows(in);
		}
	}

	static XMLStreamReader open(InputStream in) throws XMLStreamException {
		return XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
	}

	private static FirstSheet firstSheet(InputStream workbookXml) throws XMLStreamException {
		XMLStreamReader xml = open(workbookXml);
		boolean date1904 = false;
		while (xml.hasNext()) {
			if (xml.next() != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			if (xml.getLocalName().equals("workbookPr")) {
				String flag = xml.getAttributeValue(null, "date1904");
				date1904 = "1".equals(flag) || "true".equalsIgnoreCase(flag);
			}
			else if (xml.getLocalName().equals("sheet")) {
				String id = xml.getAttributeValue(RELATIONSHIPS_NS, "id");
				if (id == null) {
					throw new XlsxCatalogSheet.NeedsUserModel("sheet without r:id");
				}
				return new FirstSheet(id, date1904);
			}
		}
		throw new XlsxCatalogSheet.NeedsUserModel("no sheet");
	}

	/** The strings of {@code sharedStrings.xml}: the text of each item, phonetic guides (rPh) left out. */
	private static List<String> sharedStrings(InputStream in) throws XMLStreamException {
		List<String> strings = new ArrayList<>();
		XMLStreamReader xml = open(in);
		while (xml.hasNext()) {
			if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("si")) {
				strings.add(richText(xml));
			}
		}
		return strings;
	}

	/**
	 * The text of a rich-text element ({@code si}, {@code is}) the reader stands on, up to its end: its {@code t}
	 * elements, directly or in runs, outside phonetic guides, as {@code XSSFRichTextString.getString()} gives it.
	 */
	static String richText(XMLStreamReader xml) throws XMLStreamException {
		StringBuilder text = new StringBuilder();
		int depth = 1;
		boolean inText = false;
		int phonetic = 0;
		while (depth > 0) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				depth++;
				String name = xml.getLocalName();
				phonetic += name.equals("rPh") ? 1 : 0;
				inText = name.equals("t") && phonetic == 0;
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				depth--;
				phonetic -= xml.getLocalName().equals("rPh") ? 1 : 0;
				inText = false;
			}
			else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
					|| event == XMLStreamConstants.SPACE)) {
				text.append(xml.getText());
			}
		}
		return decodeEscapes(text.toString());
	}

	/** Excel's {@code _xHHHH_} escapes of characters XML cannot carry, decoded as POI's rich text does. */
	static String decodeEscapes(String value) {
		if (!value.contains("_x")) {
			return value;
		}
		Matcher matcher = ESCAPED_CHAR.matcher(value);
		StringBuilder text = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(text, Matcher.quoteReplacement(
					String.valueOf((char) Integer.parseInt(matcher.group(1), 16))));
		}
		matcher.appendTail(text);
		return text.toString();
	}

	/** The number format of each cell style ({@code cellXfs}), custom formats resolved by id. */
	private static XlsxCatalogSheet.NumberFormats numberFormats(InputStream stylesXml) throws XMLStreamException {
		Map<Integer, String> custom = new HashMap<>();
		List<Integer> styleFormats = new ArrayList<>();
		XMLStreamReader xml = open(stylesXml);
		boolean inCellXfs = false;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				if (name.equals("numFmt")) {
					custom.put(Integer.parseInt(xml.getAttributeValue(null, "numFmtId")),
							xml.getAttributeValue(null, "formatCode"));
				}
				else if (name.equals("cellXfs")) {
					inCellXfs = true;
				}
				else if (name.equals("xf") && inCellXfs) {
					String id = xml.getAttributeValue(null, "numFmtId");
					styleFormats.add(id == null ? 0 : Integer.parseInt(id));
				}
			}
			else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
				inCellXfs = false;
			}
		}
		return (style) -> {
			if (style < 0 || style >= styleFormats.size()) {
				throw new XlsxCatalogSheet.NeedsUserModel("style " + style + " not in cellXfs");
			}
			int id = styleFormats.get(style);
			String format = custom.containsKey(id) ? custom.get(id) : BuiltinFormats.getBuiltinFormat(id);
			return new XlsxCatalogSheet.NumberFormat(id, format);
		};
	}

	private record FirstSheet(String relationId, boolean date1904) {
	}

}
