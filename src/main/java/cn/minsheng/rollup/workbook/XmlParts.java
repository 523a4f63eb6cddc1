package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.aalto.stax.InputFactoryImpl;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses one XML part of an .xlsx package, as every part intake reads (sheets, shared strings, styles, the workbook
 * and the package's own parts) is parsed: with aalto-xml's streaming parser, its events handed to the part's SAX
 * handler as the JDK's SAX parser would hand them (namespaces on, no namespace attributes, no locator).
 * <p>
 * A part with a DOCTYPE is refused at the DOCTYPE, before anything it declares is used, and so is an entity
 * reference Excel does not write (anything but the five predefined ones and character references): aalto neither
 * reads external DTDs nor expands entities declared in one, so there is nothing to leak and nothing to multiply.
 * The refusals are worded as the JDK's parser words them, so {@link ReadFailures} gives a unit the same reason.
 * <p>
 * The factory is shared: aalto's factories are thread-safe once configured, and each parse gets a reader of its
 * own (aalto recycles its buffers per thread).
 */
final class XmlParts {

	private static final XMLInputFactory FACTORY = hardenedFactory();

	private XmlParts() {
	}

	static void parse(InputStream part, ContentHandler handler) throws IOException, SAXException {
		PartHead head = new PartHead(part);
		XMLStreamReader xml;
		try {
			xml = FACTORY.createXMLStreamReader(head);
		}
		catch (XMLStreamException ex) {
			throw refusal(ex, head);
		}
		try {
			drive(xml, handler);
		}
		catch (XMLStreamException ex) {
			throw refusal(ex, head);
		}
		finally {
			close(xml);
		}
	}

	/** Hands the reader's events to the handler, refusing a DTD and any entity left unexpanded. */
	private static void drive(XMLStreamReader xml, ContentHandler handler) throws XMLStreamException, SAXException {
		StaxAttributes attributes = new StaxAttributes(xml);
		int depth = 0;
		handler.startDocument();
		while (xml.hasNext()) {
			switch (xml.next()) {
				case XMLStreamConstants.START_ELEMENT -> {
					depth++;
					startPrefixes(xml, handler);
					handler.startElement(uri(xml.getNamespaceURI()), xml.getLocalName(),
							StaxAttributes.qName(xml.getPrefix(), xml.getLocalName()), attributes);
				}
				case XMLStreamConstants.END_ELEMENT -> {
					depth--;
					handler.endElement(uri(xml.getNamespaceURI()), xml.getLocalName(),
							StaxAttributes.qName(xml.getPrefix(), xml.getLocalName()));
					endPrefixes(xml, handler);
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
					if (depth > 0) { // SAX reports no white space around the root element
						handler.characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
					}
				}
				case XMLStreamConstants.PROCESSING_INSTRUCTION ->
					handler.processingInstruction(xml.getPITarget(), xml.getPIData());
				case XMLStreamConstants.DTD -> throw doctypeRefusal(null);
				case XMLStreamConstants.ENTITY_REFERENCE -> throw new SAXParseException("The entity \""
						+ xml.getLocalName() + "\" was referenced, but not declared.", null);
				default -> {
					// comments, the end of the document
				}
			}
		}
		handler.endDocument();
	}

	private static void startPrefixes(XMLStreamReader xml, ContentHandler handler) throws SAXException {
		for (int i = 0; i < xml.getNamespaceCount(); i++) {
			handler.startPrefixMapping(uri(xml.getNamespacePrefix(i)), uri(xml.getNamespaceURI(i)));
		}
	}

	/** In the order they were declared, as the JDK's parser ends them (aalto lists them the other way round here). */
	private static void endPrefixes(XMLStreamReader xml, ContentHandler handler) throws SAXException {
		for (int i = xml.getNamespaceCount() - 1; i >= 0; i--) {
			handler.endPrefixMapping(uri(xml.getNamespacePrefix(i)));
		}
	}

	/** SAX says "no namespace" (and "no prefix") with the empty string, StAX with null. */
	private static String uri(String namespace) {
		return namespace == null ? "" : namespace;
	}

	/**
	 * A parse failure as SAX reports one, its message (where it went wrong) kept; a part that declares a DOCTYPE is
	 * refused for it, whatever in the DOCTYPE the parser stumbled on.
	 */
	private static SAXException refusal(XMLStreamException ex, PartHead head) {
		if (head.declaresDoctype()) {
			return doctypeRefusal(ex);
		}
		SAXParseException failure = new SAXParseException(ex.getMessage(), null);
		failure.initCause(ex);
		return failure;
	}

	private static SAXParseException doctypeRefusal(XMLStreamException cause) {
		SAXParseException refusal = new SAXParseException("DOCTYPE is disallowed: no part of a workbook may declare "
				+ "a DTD", null);
		if (cause != null) {
			refusal.initCause(cause);
		}
		return refusal;
	}

	private static void close(XMLStreamReader xml) {
		try {
			xml.close(); // the part's stream stays the caller's to close
		}
		catch (XMLStreamException ex) {
			// nothing was held beyond the parse
		}
	}

	private static XMLInputFactory hardenedFactory() {
		XMLInputFactory factory = new InputFactoryImpl();
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		// an entity reference arrives as an event (and is refused) instead of being looked up
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, false);
		factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
			throw new XMLStreamException("external entities are not read: " + systemId);
		});
		return factory;
	}

}
