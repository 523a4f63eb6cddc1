package cn.minsheng.rollup.dispatch;

import java.io.IOException;
import java.io.OutputStream;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The document-properties parts of a draft: the core properties (title, creator, created and modified, both the same
 * moment: an office program that saves the file changes the modified time) and the custom property holding the
 * draft's content key.
 */
final class DocumentProperties {

	private static final String CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";

	private static final String DC = "http://purl.org/dc/elements/1.1/";

	private static final String DCTERMS = "http://purl.org/dc/terms/";

	private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

	private static final String CUSTOM = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";

	private static final String VT = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes";

	/** The format id every custom property of an office document carries. */
	private static final String USER_DEFINED = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}";

	private DocumentProperties() {
	}

	/** @param at the W3CDTF time of creation (and modification), e.g. 2023-12-01T08:30:00Z */
	static void core(OutputStream out, String title, String creator, String at) throws IOException {
		try {
			XMLStreamWriter xml = WordXml.writer(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("cp", "coreProperties", CP);
			xml.writeNamespace("cp", CP);
			xml.writeNamespace("dc", DC);
			xml.writeNamespace("dcterms", DCTERMS);
			xml.writeNamespace("xsi", XSI);
			time(xml, "created", at);
			text(xml, "dc", DC, "creator", creator);
			time(xml, "modified", at);
			text(xml, "dc", DC, "title", WordXml.xmlText(title));
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

	static void custom(OutputStream out, String name, String value) throws IOException {
		try {
			XMLStreamWriter xml = WordXml.writer(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.writeStartElement("", "Properties", CUSTOM);
			xml.writeDefaultNamespace(CUSTOM);
			xml.writeNamespace("vt", VT);
			xml.writeStartElement("", "property", CUSTOM);
			xml.writeAttribute("pid", "2");
			xml.writeAttribute("fmtid", USER_DEFINED);
			xml.writeAttribute("name", name);
			text(xml, "vt", VT, "lpwstr", value);
			xml.writeEndElement();
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IOException(ex);
		}
	}

	private static void time(XMLStreamWriter xml, String name, String at) throws XMLStreamException {
		xml.writeStartElement("dcterms", name, DCTERMS);
		xml.writeAttribute("xsi", XSI, "type", "dcterms:W3CDTF");
		xml.writeCharacters(at);
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String prefix, String namespace, String name, String value)
			throws XMLStreamException {
		xml.writeStartElement(prefix, name, namespace);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

}
