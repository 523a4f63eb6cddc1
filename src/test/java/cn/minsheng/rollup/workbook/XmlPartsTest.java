package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The part parser hands a handler the very events the JDK's SAX parser hands it, on the parts of a real form and on
 * the odd corners of XML (prefixes, CDATA, character references, other encodings).
 */
class XmlPartsTest {

	@TempDir
	Path dir;

	@Test
	void everyPartOfAFormGivesTheEventsOfTheJdksParser() throws Exception {
		Path file = SampleForms.templateForm().writeXlsx(this.dir, "月报表.xlsx");
		int parts = 0;
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry entry : Collections.list(zip.entries())) {
				if (entry.getName().endsWith(".xml") || entry.getName().endsWith(".rels")) {
					byte[] xml;
					try (InputStream in = zip.getInputStream(entry)) {
						xml = in.readAllBytes();
					}
					assertThat(events(xml)).as(entry.getName()).isEqualTo(jdkEvents(xml));
					parts++;
				}
			}
		}
		assertThat(parts).isGreaterThanOrEqualTo(8);
	}

	@Test
	void prefixesCdataReferencesAndWhiteSpaceComeAsTheJdkReportsThem() throws Exception {
		byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<!-- 注释 -->\n"
				+ "<x:worksheet xmlns:x=\"urn:a\" xmlns:r=\"urn:r\" xmlns=\"urn:d\" a=\"1\" r:id=\"rId7\">\n"
				+ "  <c r=\"B2\" t=\"s\"><v>1 &amp; 2 &lt; 3 &#20013;&#x6587;</v></c><?mso-application progid?>"
				+ "<t xml:space=\"preserve\"> <![CDATA[<原样>]]> </t><e a=\"x&#10;y\tz\"/></x:worksheet>\n")
			.getBytes(StandardCharsets.UTF_8);

		assertThat(events(xml)).isEqualTo(jdkEvents(xml)).contains("start urn:a|worksheet|x:worksheet[|a|a=1 urn:r|id|r:id=rId7]");
	}

	@Test
	void anAttributeIsFoundByItsOwnNameOnly() throws Exception {
		byte[] xml = "<x xmlns=\"urn:d\" xmlns:r=\"urn:r\" r:id=\"rId1\" s=\"3\"/>".getBytes(StandardCharsets.UTF_8);
		List<String> found = new ArrayList<>();
		XmlParts.parse(new ByteArrayInputStream(xml), new DefaultHandler() {

			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				found.add(attributes.getValue("id") + " " + attributes.getValue("r:id") + " " + attributes.getValue("s")
						+ " " + attributes.getValue("", "id") + " " + attributes.getValue("urn:r", "id") + " "
						+ attributes.getValue("", "s") + " " + attributes.getValue("t") + " " + attributes.getIndex("r:id"));
			}

		});

		assertThat(found).containsExactly("null rId1 3 null rId1 3 null 0");
	}

	@Test
	void partsInOtherEncodingsAreReadAsTheJdkReadsThem() throws Exception {
		for (String encoding : List.of("UTF-16", "GBK", "GB18030", "ISO-8859-1", "windows-1252")) {
			byte[] xml = ("<?xml version=\"1.0\" encoding=\"" + encoding + "\"?><sst><si><t>"
					+ (encoding.startsWith("G") || encoding.equals("UTF-16") ? "项目编码" : "caf\u00e9") + "</t></si></sst>")
				.getBytes(Charset.forName(encoding));

			assertThat(events(xml)).as(encoding).isEqualTo(jdkEvents(xml));
		}
	}

	@Test
	void aBrokenPartFailsAsASaxParseFailure() {
		byte[] xml = "<worksheet><sheetData><row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> XmlParts.parse(new ByteArrayInputStream(xml), new DefaultHandler()))
			.isInstanceOf(SAXParseException.class);
	}

	@Test
	void aDoctypeInsideTheContentOfABrokenPartIsNotTakenForADeclaration() {
		byte[] xml = "<sst><si><t><![CDATA[<!DOCTYPE x>]]></t></si><si></sst>".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> XmlParts.parse(new ByteArrayInputStream(xml), new DefaultHandler()))
			.isInstanceOf(SAXParseException.class)
			.hasMessageNotContaining("DOCTYPE");
	}

	@Test
	void aBrokenDoctypeIsRefusedAsADoctype() {
		byte[] xml = "<?xml version=\"1.0\"?>\n<!-- Calc -->\n<!DOCTYPE foo[<!ENTITY a \"\">]><sst/>"
			.getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> XmlParts.parse(new ByteArrayInputStream(xml), new DefaultHandler()))
			.isInstanceOf(SAXParseException.class)
			.hasMessageStartingWith("DOCTYPE is disallowed");
	}

	private static List<String> events(byte[] xml) throws Exception {
		Recorder recorder = new Recorder();
		XmlParts.parse(new ByteArrayInputStream(xml), recorder);
		return recorder.finished();
	}

	private static List<String> jdkEvents(byte[] xml) throws Exception {
		Recorder recorder = new Recorder();
		XMLReader jdk = XMLHelper.newXMLReader();
		jdk.setContentHandler(recorder);
		jdk.parse(new InputSource(new ByteArrayInputStream(xml)));
		return recorder.finished();
	}

	/** Every callback as a line; text joined across the chunks a parser may split it into. */
	private static final class Recorder extends DefaultHandler {

		private final List<String> events = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		@Override
		public void startDocument() {
			this.events.add("document");
		}

		@Override
		public void startPrefixMapping(String prefix, String uri) {
			flush();
			this.events.add("prefix " + prefix + "=" + uri);
		}

		@Override
		public void endPrefixMapping(String prefix) {
			flush();
			this.events.add("end prefix " + prefix);
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			flush();
			StringBuilder line = new StringBuilder("start " + uri + "|" + localName + "|" + qName + "[");
			for (int i = 0; i < attributes.getLength(); i++) {
				line.append(i == 0 ? "" : " ").append(attributes.getURI(i)).append('|').append(attributes.getLocalName(i))
					.append('|').append(attributes.getQName(i)).append('=').append(attributes.getValue(i));
				assertThat(attributes.getValue(attributes.getQName(i))).isEqualTo(attributes.getValue(i));
				assertThat(attributes.getValue(attributes.getURI(i), attributes.getLocalName(i)))
					.isEqualTo(attributes.getValue(i));
				assertThat(attributes.getType(i)).isEqualTo("CDATA");
			}
			this.events.add(line.append(']').toString());
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			flush();
			this.events.add("end " + uri + "|" + localName + "|" + qName);
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			this.text.append(ch, start, length);
		}

		@Override
		public void processingInstruction(String target, String data) {
			flush();
			this.events.add("pi " + target + " " + data);
		}

		@Override
		public void endDocument() throws SAXException {
			flush();
			this.events.add("end document");
		}

		private void flush() {
			if (!this.text.isEmpty()) {
				this.events.add("text " + this.text);
				this.text.setLength(0);
			}
		}

		List<String> finished() {
			return this.events;
		}

	}

}
