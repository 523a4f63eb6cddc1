package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses one XML part of an .xlsx package with POI's hardened SAX parser (no DTDs, no external entities), as every
 * part intake reads (sheets, shared strings, styles) is parsed.
 * <p>
 * Each thread keeps its parser for the next part: setting a parser up cost more than parsing a small part (a form
 * has six or seven). The parser resets itself at the start of every parse, its hardening stays; a parse started
 * while the thread's parser is busy (a handler parsing another part) gets a parser of its own.
 */
final class XmlParts {

	private static final DefaultHandler NONE = new DefaultHandler();

	private static final ThreadLocal<XMLReader> IDLE = new ThreadLocal<>();

	private XmlParts() {
	}

	static void parse(InputStream part, ContentHandler handler) throws IOException, SAXException {
		XMLReader xml = IDLE.get();
		IDLE.remove();
		if (xml == null) {
			xml = newReader();
		}
		try {
			xml.setContentHandler(handler);
			xml.parse(new InputSource(part));
		}
		finally {
			// the handler (and what it collected) is not kept alive by the idle parser
			xml.setContentHandler(NONE);
			IDLE.set(xml);
		}
	}

	private static XMLReader newReader() throws SAXException {
		try {
			return XMLHelper.newXMLReader();
		}
		catch (ParserConfigurationException ex) {
			throw new SAXException("SAX parser appears to be broken - " + ex.getMessage());
		}
	}

}
