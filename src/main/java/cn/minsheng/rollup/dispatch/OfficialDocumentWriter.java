package cn.minsheng.rollup.dispatch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;

import cn.minsheng.rollup.dispatch.OfficialLayout.Face;
import cn.minsheng.rollup.report.ContentDigest;
import cn.minsheng.rollup.report.OfficeProperties;
import cn.minsheng.rollup.system.OutputFiles;

/**
 * Lays out an {@link OfficialDocument} as a .docx after GB/T 9704: title, serial, addressee, body, signature.
 * <p>
 * The parts all documents share are laid out once ({@link OfficialSkeleton}); the body is written straight into the
 * document part ({@link WordXml}). The file is written next to its target and moved into place. A content key of the
 * text is kept in the document properties, so a caller can leave a draft alone when its text would not change.
 */
public final class OfficialDocumentWriter {

	/** Custom document property holding {@link #contentKey}. */
	static final String CONTENT_KEY = "RollupDispatchContentKey";

	/** Changes with the layout, so that a new layout redrafts documents whose text did not change. */
	static final String LAYOUT_VERSION = "dispatch-layout-1";

	static final String CREATOR = "民生实事月报汇总";

	private static final WordXml.Format LEFT = new WordXml.Format("left", OfficialLayout.BODY_LINE_TWIPS, true, null,
			null);

	private static final WordXml.Format RIGHT = new WordXml.Format("right", OfficialLayout.BODY_LINE_TWIPS, true, null,
			null);

	private static final WordXml.Format TITLE = new WordXml.Format("center", OfficialLayout.TITLE_LINE_TWIPS, true,
			null, null);

	public void write(OfficialDocument document, LocalDateTime generatedAt, Path file) throws IOException {
		write(document, contentKey(document), generatedAt, file);
	}

	/** Writes the document with its {@link #contentKey} already taken (by whoever compared it with the file there). */
	public void write(OfficialDocument document, String contentKey, LocalDateTime generatedAt, Path file)
			throws IOException {
		OutputFiles.write(file.toAbsolutePath(),
				(out) -> OfficialSkeleton.get().write(new Content(document, contentKey, generatedAt), out));
	}

	public static String contentKey(OfficialDocument document) {
		return new ContentDigest().add(LAYOUT_VERSION + "\n").add(document).hex();
	}

	/** The content key stored in an existing draft; empty when the file is missing, unreadable or has none. */
	public static Optional<String> contentKeyOf(Path file) {
		return OfficeProperties.custom(file, CONTENT_KEY);
	}

	/** Width in body characters: digits and Latin letters are half as wide as Chinese characters. */
	static double characters(String text) {
		return text.codePoints().mapToDouble((c) -> c < 0x2E80 ? 0.5 : 1).sum();
	}

	/** A document's own parts of the package: its body and properties. */
	private record Content(OfficialDocument document, String contentKey, LocalDateTime generatedAt)
			implements OfficialSkeleton.Content {

		@Override
		public void body(OutputStream part) throws IOException {
			try (WordXml xml = new WordXml(part)) {
				head(xml);
				new OfficialBody(xml).write(this.document.body());
				signature(xml);
			}
			catch (XMLStreamException ex) {
				throw new IOException(ex);
			}
		}

		/** The serial right-aligned above the title (信函格式), the title lines, a blank line, the addressee. */
		private void head(WordXml xml) throws XMLStreamException {
			if (this.document.serial() != null) {
				xml.paragraph(RIGHT, body(this.document.serial()));
				xml.paragraph(LEFT, null);
			}
			for (String title : this.document.title()) {
				xml.paragraph(TITLE, new WordXml.Run(title, Face.TITLE, OfficialLayout.TITLE_POINTS));
			}
			xml.paragraph(LEFT, null);
			xml.paragraph(LEFT, body(this.document.addressee() + "："));
		}

		/**
		 * One blank line after the body, then the office and the date: the date four characters from the right
		 * margin, the office centred over it (or the date centred under a longer office name).
		 */
		private void signature(WordXml xml) throws XMLStreamException {
			xml.paragraph(LEFT, null);
			String date = FigureText.date(this.document.signedOn());
			double officeWidth = characters(this.document.office());
			double dateWidth = characters(date);
			double dateIndent = 4;
			double officeIndent = dateIndent + (dateWidth - officeWidth) / 2;
			if (officeIndent < 0) {
				officeIndent = 0;
				dateIndent = (officeWidth - dateWidth) / 2;
			}
			xml.paragraph(RIGHT.withRightIndent(twips(officeIndent)), body(this.document.office()));
			xml.paragraph(RIGHT.withRightIndent(twips(dateIndent)), body(date));
		}

		private static int twips(double characters) {
			return (int) Math.round(characters * OfficialLayout.CHAR_TWIPS);
		}

		private static WordXml.Run body(String text) {
			return new WordXml.Run(text, Face.BODY, OfficialLayout.BODY_POINTS);
		}

		@Override
		public void coreProperties(OutputStream part) throws IOException {
			String at = DateTimeFormatter.ISO_INSTANT
				.format(this.generatedAt.atZone(ZoneId.systemDefault()).toInstant().truncatedTo(ChronoUnit.SECONDS));
			DocumentProperties.core(part, String.join("", this.document.title()), CREATOR, at);
		}

		@Override
		public void customProperties(OutputStream part) throws IOException {
			DocumentProperties.custom(part, CONTENT_KEY, this.contentKey);
		}

	}

}
