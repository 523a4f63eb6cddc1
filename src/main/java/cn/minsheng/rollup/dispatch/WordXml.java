package cn.minsheng.rollup.dispatch;

import java.io.OutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import cn.minsheng.rollup.dispatch.OfficialLayout.Face;

/**
 * Writes the body of a .docx (paragraphs, runs and tables of WordprocessingML) straight to the document part as it
 * goes, the elements and their properties in the schema's order. The skeleton around it (page, styles, footers) is
 * laid out once by {@link OfficialSkeleton}.
 * <p>
 * Building the body through POI's XWPF model and XMLBeans cost most of the drafting time of a province month (a
 * bulletin of a thousand rows, two hundred letters); the text is the same.
 */
final class WordXml implements AutoCloseable {

	static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	/** The JDK's own writer factory, one per thread: a factory is not promised to be safe across threads. */
	private static final ThreadLocal<XMLOutputFactory> FACTORY = ThreadLocal
		.withInitial(XMLOutputFactory::newDefaultFactory);

	private final XMLStreamWriter xml;

	/** How a paragraph sits: alignment, line spacing and indents; {@code null} leaves a property out. */
	record Format(String alignment, int lineTwips, boolean exactLine, Integer firstLineIndent, Integer rightIndent) {

		Format withRightIndent(int twips) {
			return new Format(this.alignment, this.lineTwips, this.exactLine, this.firstLineIndent, twips);
		}

	}

	/** One run of text in a face and size, optionally highlighted (for placeholders). */
	record Run(String text, Face face, double points, boolean highlighted) {

		Run(String text, Face face, double points) {
			this(text, face, points, false);
		}

	}

	/** Writes into {@code out}, where the document part's opening (declaring the {@code w} prefix) is written. */
	WordXml(OutputStream out) {
		try {
			this.xml = writer(out);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A UTF-8 XML writer on {@code out}; closing it leaves {@code out} open. */
	static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
		return FACTORY.get().createXMLStreamWriter(out, "UTF-8");
	}

	/** A paragraph with one run, or none when {@code run} is {@code null}. */
	void paragraph(Format format, Run run) throws XMLStreamException {
		this.xml.writeStartElement("w", "p", W);
		this.xml.writeStartElement("w", "pPr", W);
		String rule = format.exactLine() ? "exact" : "auto";
		empty("spacing", "line", Integer.toString(format.lineTwips()), "lineRule", rule, "before", "0", "after", "0");
		if (format.firstLineIndent() != null) {
			empty("ind", "firstLine", format.firstLineIndent().toString());
		}
		else if (format.rightIndent() != null) {
			empty("ind", "right", format.rightIndent().toString());
		}
		if (format.alignment() != null) {
			empty("jc", "val", format.alignment());
		}
		this.xml.writeEndElement();
		if (run != null) {
			run(run);
		}
		this.xml.writeEndElement();
	}

	private void run(Run run) throws XMLStreamException {
		this.xml.writeStartElement("w", "r", W);
		this.xml.writeStartElement("w", "rPr", W);
		empty("rFonts", "eastAsia", run.face().font, "ascii", OfficialLayout.LATIN, "hAnsi", OfficialLayout.LATIN, "cs",
				OfficialLayout.LATIN);
		empty("sz", "val", Long.toString(Math.round(run.points() * 2)));
		if (run.highlighted()) {
			empty("highlight", "val", "yellow");
		}
		empty("lang", "eastAsia", "zh-CN");
		this.xml.writeEndElement();
		this.xml.writeStartElement("w", "t", W);
		String text = xmlText(run.text());
		if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0))
				|| Character.isWhitespace(text.charAt(text.length() - 1)))) {
			this.xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
		}
		this.xml.writeCharacters(text);
		this.xml.writeEndElement();
		this.xml.writeEndElement();
	}

	/**
	 * Opens a table centred across the type area with fixed columns of the given widths in twips, single borders and
	 * narrow (1 mm) cell margins.
	 */
	void startTable(int width, int[] columns, int cellMargin) throws XMLStreamException {
		this.xml.writeStartElement("w", "tbl", W);
		this.xml.writeStartElement("w", "tblPr", W);
		empty("tblW", "w", Integer.toString(width), "type", "dxa");
		empty("jc", "val", "center");
		this.xml.writeStartElement("w", "tblBorders", W);
		for (String side : new String[] { "top", "left", "bottom", "right", "insideH", "insideV" }) {
			empty(side, "val", "single");
		}
		this.xml.writeEndElement();
		empty("tblLayout", "type", "fixed");
		this.xml.writeStartElement("w", "tblCellMar", W);
		empty("left", "type", "dxa", "w", Integer.toString(cellMargin));
		empty("right", "type", "dxa", "w", Integer.toString(cellMargin));
		this.xml.writeEndElement();
		this.xml.writeEndElement();
		this.xml.writeStartElement("w", "tblGrid", W);
		for (int column : columns) {
			empty("gridCol", "w", Integer.toString(column));
		}
		this.xml.writeEndElement();
	}

	/** Opens a row that does not break across pages; a header row is repeated on every page. */
	void startRow(boolean header) throws XMLStreamException {
		this.xml.writeStartElement("w", "tr", W);
		this.xml.writeStartElement("w", "trPr", W);
		empty("cantSplit", "val", "on");
		if (header) {
			empty("tblHeader", "val", "on");
		}
		this.xml.writeEndElement();
	}

	/** A cell of the given width, its content centred vertically: one paragraph. */
	void cell(int width, Format format, Run run) throws XMLStreamException {
		this.xml.writeStartElement("w", "tc", W);
		this.xml.writeStartElement("w", "tcPr", W);
		empty("tcW", "w", Integer.toString(width), "type", "dxa");
		empty("vAlign", "val", "center");
		this.xml.writeEndElement();
		paragraph(format, run);
		this.xml.writeEndElement();
	}

	/** Closes the innermost open table or row. */
	void end() throws XMLStreamException {
		this.xml.writeEndElement();
	}

	/** Writes out what is buffered; the stream stays open for the part's end. */
	@Override
	public void close() throws XMLStreamException {
		this.xml.flush();
		this.xml.close();
	}

	private void empty(String name, String... attributes) throws XMLStreamException {
		this.xml.writeEmptyElement("w", name, W);
		for (int i = 0; i < attributes.length; i += 2) {
			this.xml.writeAttribute("w", W, attributes[i], attributes[i + 1]);
		}
	}

	/**
	 * The text with characters XML 1.0 cannot hold (control characters a hand-filled cell may carry, lone
	 * surrogates) replaced by '?', as XMLBeans did: the document stays readable by Word.
	 */
	static String xmlText(String text) {
		StringBuilder clean = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			boolean allowed;
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				if (clean != null) {
					clean.append(c).append(text.charAt(i + 1));
				}
				i++;
				continue;
			}
			allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
			if (!allowed && clean == null) {
				clean = new StringBuilder(text.length()).append(text, 0, i);
			}
			if (clean != null) {
				clean.append(allowed ? c : '?');
			}
		}
		return clean == null ? text : clean.toString();
	}

}
