package cn.minsheng.rollup.dispatch;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The parts every official document shares: the page (A4, the GB/T 9704 margins, the footer references), the default
 * type, the font table, the page-number footers, the settings, and the package's relationships and content types. They
 * are kept, commented, as resources under {@code dispatch/skeleton/}. A document is this skeleton with its own body
 * and properties written in: {@link #write} streams the body between the document part's opening and its section
 * properties.
 * <p>
 * The skeleton used to be laid out with POI's XWPF model for every document; that, and the body built through
 * XMLBeans, cost most of the drafting time of a province month.
 */
final class OfficialSkeleton {

	static final String DOCUMENT = "word/document.xml";

	static final String CORE = "docProps/core.xml";

	static final String CUSTOM = "docProps/custom.xml";

	/** The package's parts in the order they are written: content types first, as office programs do. */
	private static final List<String> PARTS = List.of("[Content_Types].xml", "_rels/.rels", "docProps/app.xml", CORE,
			CUSTOM, DOCUMENT, "word/_rels/document.xml.rels", "word/fontTable.xml", "word/footer1.xml",
			"word/footer2.xml", "word/settings.xml", "word/styles.xml");

	private static final String SECTION = "<w:sectPr";

	private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

	private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s+<");

	private final List<Part> parts;

	private final byte[] documentOpening;

	private final byte[] documentClosing;

	/** A part of the package: fixed bytes, or {@code null} for one written per document. */
	private record Part(String name, byte[] bytes) {
	}

	/**
	 * What a document puts into the skeleton: its body, and its core and custom properties parts. Each writes to the
	 * package's stream and must not close it.
	 */
	interface Content {

		void body(OutputStream documentPart) throws IOException;

		void coreProperties(OutputStream part) throws IOException;

		void customProperties(OutputStream part) throws IOException;

	}

	private OfficialSkeleton(List<Part> parts, byte[] documentOpening, byte[] documentClosing) {
		this.parts = parts;
		this.documentOpening = documentOpening;
		this.documentClosing = documentClosing;
	}

	/** The skeleton, read on first use. */
	static OfficialSkeleton get() {
		return Holder.SKELETON;
	}

	private static final class Holder {

		static final OfficialSkeleton SKELETON = load();

	}

	private static OfficialSkeleton load() {
		List<Part> parts = new ArrayList<>();
		for (String name : PARTS) {
			boolean perDocument = name.equals(DOCUMENT) || name.equals(CORE) || name.equals(CUSTOM);
			parts.add(new Part(name, perDocument ? null : resource(name).getBytes(StandardCharsets.UTF_8)));
		}
		String document = resource(DOCUMENT);
		int section = document.indexOf(SECTION);
		return new OfficialSkeleton(List.copyOf(parts),
				document.substring(0, section).getBytes(StandardCharsets.UTF_8),
				document.substring(section).getBytes(StandardCharsets.UTF_8));
	}

	/** A part as kept in the resources, without its comments and the white space between its tags. */
	static String resource(String name) {
		try (InputStream in = OfficialSkeleton.class.getResourceAsStream("skeleton/" + name)) {
			if (in == null) {
				throw new IllegalStateException("missing resource dispatch/skeleton/" + name);
			}
			String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return BETWEEN_TAGS.matcher(COMMENT.matcher(xml).replaceAll("")).replaceAll("><").strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Writes the package of a document: the skeleton's parts in their order, the content's parts among them, each
	 * through a buffer (the XML writers write in small pieces, the compressor is slow with those).
	 */
	void write(Content content, OutputStream out) throws IOException {
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		BufferedOutputStream part = new BufferedOutputStream(zip, 1 << 16);
		for (Part fixed : this.parts) {
			zip.putNextEntry(new ZipEntry(fixed.name()));
			if (fixed.bytes() != null) {
				part.write(fixed.bytes());
			}
			else if (fixed.name().equals(DOCUMENT)) {
				part.write(this.documentOpening);
				content.body(part);
				part.write(this.documentClosing);
			}
			else if (fixed.name().equals(CORE)) {
				content.coreProperties(part);
			}
			else {
				content.customProperties(part);
			}
			part.flush();
			zip.closeEntry();
		}
		zip.finish();
	}

}
