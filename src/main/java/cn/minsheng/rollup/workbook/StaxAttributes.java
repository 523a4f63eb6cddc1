package cn.minsheng.rollup.workbook;

import javax.xml.stream.XMLStreamReader;

import org.xml.sax.Attributes;

/**
 * The attributes of the element a StAX reader stands on, seen as SAX attributes without copying them: valid only
 * during the {@code startElement} call they are passed to, as SAX allows. Namespace declarations are not among them,
 * as in a namespace-aware SAX parser.
 */
final class StaxAttributes implements Attributes {

	private final XMLStreamReader xml;

	StaxAttributes(XMLStreamReader xml) {
		this.xml = xml;
	}

	/** {@code prefix:local}, or {@code local} without a prefix. */
	static String qName(String prefix, String localName) {
		return prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
	}

	@Override
	public int getLength() {
		return this.xml.getAttributeCount();
	}

	@Override
	public String getURI(int index) {
		if (!inRange(index)) {
			return null;
		}
		String uri = this.xml.getAttributeNamespace(index);
		return uri == null ? "" : uri;
	}

	@Override
	public String getLocalName(int index) {
		return inRange(index) ? this.xml.getAttributeLocalName(index) : null;
	}

	@Override
	public String getQName(int index) {
		return inRange(index) ? qName(this.xml.getAttributePrefix(index), this.xml.getAttributeLocalName(index)) : null;
	}

	@Override
	public String getType(int index) {
		return inRange(index) ? "CDATA" : null; // no DTD, so every attribute is CDATA
	}

	@Override
	public String getValue(int index) {
		return inRange(index) ? this.xml.getAttributeValue(index) : null;
	}

	@Override
	public int getIndex(String uri, String localName) {
		for (int i = 0; i < getLength(); i++) {
			if (this.xml.getAttributeLocalName(i).equals(localName) && getURI(i).equals(uri)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public int getIndex(String qName) {
		int colon = qName.indexOf(':');
		for (int i = 0; i < getLength(); i++) {
			String prefix = this.xml.getAttributePrefix(i);
			boolean prefixed = prefix != null && !prefix.isEmpty();
			if (colon < 0 ? !prefixed && this.xml.getAttributeLocalName(i).equals(qName)
					: prefixed && qName(prefix, this.xml.getAttributeLocalName(i)).equals(qName)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public String getType(String uri, String localName) {
		return getType(getIndex(uri, localName));
	}

	@Override
	public String getType(String qName) {
		return getType(getIndex(qName));
	}

	@Override
	public String getValue(String uri, String localName) {
		return uri == null ? getValue(getIndex(uri, localName)) : this.xml.getAttributeValue(uri, localName);
	}

	/**
	 * An unprefixed name is looked up by the reader itself (an attribute without a prefix has no namespace, and
	 * {@code ""} asks for exactly those): the sheet handler asks for {@code r}, {@code t} and {@code s} of every cell.
	 */
	@Override
	public String getValue(String qName) {
		return qName.indexOf(':') < 0 ? this.xml.getAttributeValue("", qName) : getValue(getIndex(qName));
	}

	private boolean inRange(int index) {
		return index >= 0 && index < getLength();
	}

}
