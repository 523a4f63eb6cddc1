package cn.minsheng.rollup.intake;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Parses one XML part of an .xlsx package with POI's hardened SAX parser (no DTDs, no external entities), as every
 * part intake reads (sheets, shared strings, styles) is parsed.
 */
final class XmlParts {

	private XmlParts() {
	}

	static void parse(InputStream part, ContentHandler handler) throws IOException, SAXException {
		XMLReader xml;
		try {
			xml = XMLHelper.newXMLReader();
		}
		catch (ParserConfigurationException ex) {
			throw new SAXException("SAX parser appears to be broken - " + ex.getMessage());
		}
		xml.setContentHandler(handler);
		xml.parse(new InputSource(part));
	}

}
