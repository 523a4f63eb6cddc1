package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.util.XMLHelper;

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

	/** Parses the workbook part with POI's hardened StAX factory (no DTDs, no external entities). */
	static XlsxWorkbookListing parse(InputStream workbookXml) throws IOException {
		List<SheetInfo> sheets = new ArrayList<>();
		List<String> relationIds = new ArrayList<>();
		boolean date1904 = false;
		try (InputStream in = new LimitedInputStream(workbookXml, IntakeLimits.MAX_IN_MEMORY_PART_BYTES)) {
			XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
			while (xml.hasNext()) {
				if (xml.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String element = xml.getLocalName();
				if (element.equals("workbookPr")) {
					String flag = attribute(xml, "date1904");
					date1904 = "1".equals(flag) || "true".equalsIgnoreCase(flag);
				}
				else if (element.equals("sheet") && sheets.size() < IntakeLimits.MAX_SHEETS_LISTED) {
					String state = attribute(xml, "state");
					boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
					String name = attribute(xml, "name");
					sheets.add(new SheetInfo(name == null ? "" : name, sheets.size(), hidden));
					relationIds.add(relationId(xml));
				}
			}
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IOException("workbook.xml is not well-formed: " + ex.getMessage(), ex);
		}
		return new XlsxWorkbookListing(sheets, relationIds, date1904);
	}

	private static String attribute(XMLStreamReader xml, String localName) {
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			String ns = xml.getAttributeNamespace(i);
			if (xml.getAttributeLocalName(i).equals(localName) && (ns == null || ns.isEmpty())) {
				return xml.getAttributeValue(i);
			}
		}
		return null;
	}

	private static String relationId(XMLStreamReader xml) {
		String id = xml.getAttributeValue(RELATIONSHIPS_NS, "id");
		if (id != null) {
			return id;
		}
		for (int i = 0; i < xml.getAttributeCount(); i++) {
			String ns = xml.getAttributeNamespace(i);
			if (xml.getAttributeLocalName(i).equals("id") && ns != null && !ns.isEmpty()) {
				return xml.getAttributeValue(i);
			}
		}
		return null;
	}

}
