package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What {@code xl/workbook.xml} says before any sheet is read: the sheets with their tab names, hidden state and
 * relationship ids, and whether dates count from 1904.
 *
 * @param relationIds relationship id of each sheet in {@code sheets}, same order
 */
record XlsxWorkbookListing(List<SheetInfo> sheets, List<String> relationIds, boolean date1904) {

	private static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	XlsxWorkbookListing {
		sheets = List.copyOf(sheets);
		relationIds = List.copyOf(relationIds);
	}

	/** Parses the workbook part as every part is parsed ({@link XmlParts}: no DTDs, no entities). */
	static XlsxWorkbookListing parse(InputStream workbookXml) throws IOException {
		Listing listing = new Listing();
		try (InputStream in = new LimitedInputStream(workbookXml, IntakeLimits.MAX_IN_MEMORY_PART_BYTES)) {
			XmlParts.parse(in, listing);
		}
		catch (SAXException ex) {
			throw new IOException("workbook.xml is not well-formed: " + ex.getMessage(), ex);
		}
		return new XlsxWorkbookListing(listing.sheets, listing.relationIds, listing.date1904);
	}

	/** Collects the sheets and the date system; elements are known by their local names, whatever the namespace. */
	private static final class Listing extends DefaultHandler {

		private final List<SheetInfo> sheets = new ArrayList<>();

		private final List<String> relationIds = new ArrayList<>();

		private boolean date1904;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if (localName.equals("workbookPr")) {
				String flag = attributes.getValue("", "date1904");
				this.date1904 = "1".equals(flag) || "true".equalsIgnoreCase(flag);
			}
			else if (localName.equals("sheet") && this.sheets.size() < IntakeLimits.MAX_SHEETS_LISTED) {
				String state = attributes.getValue("", "state");
				boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
				String name = attributes.getValue("", "name");
				this.sheets.add(new SheetInfo(name == null ? "" : name, this.sheets.size(), hidden));
				this.relationIds.add(relationId(attributes));
			}
		}

		private static String relationId(Attributes attributes) {
			String id = attributes.getValue(RELATIONSHIPS_NS, "id");
			if (id != null) {
				return id;
			}
			for (int i = 0; i < attributes.getLength(); i++) {
				if (attributes.getLocalName(i).equals("id") && !attributes.getURI(i).isEmpty()) {
					return attributes.getValue(i);
				}
			}
			return null;
		}

	}

}
