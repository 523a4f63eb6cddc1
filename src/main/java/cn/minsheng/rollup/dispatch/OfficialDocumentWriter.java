package cn.minsheng.rollup.dispatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;

import cn.minsheng.rollup.dispatch.OfficialLayout.Face;
import cn.minsheng.rollup.report.ContentDigest;

/**
 * Lays out an {@link OfficialDocument} as a .docx after GB/T 9704: title, serial, addressee, body, signature.
 * <p>
 * The file is written next to its target and moved into place. A content key of the text is kept in the document
 * properties, so a caller can leave a draft alone when its text would not change.
 */
final class OfficialDocumentWriter {

	/** Custom document property holding {@link #contentKey}. */
	static final String CONTENT_KEY = "RollupDispatchContentKey";

	/** Changes with the layout, so that a new layout redrafts documents whose text did not change. */
	static final String LAYOUT_VERSION = "dispatch-layout-1";

	void write(OfficialDocument document, LocalDateTime generatedAt, Path file) throws IOException {
		write(document, contentKey(document), generatedAt, file);
	}

	/** Writes the document with its {@link #contentKey} already taken (by whoever compared it with the file there). */
	void write(OfficialDocument document, String contentKey, LocalDateTime generatedAt, Path file) throws IOException {
		Path target = file.toAbsolutePath();
		Files.createDirectories(target.getParent());
		Path temp = Files.createTempFile(target.getParent(), ".dispatch-", ".docx.tmp");
		try {
			try (XWPFDocument docx = new XWPFDocument(); OutputStream out = Files.newOutputStream(temp)) {
				OfficialLayout.page(docx);
				OfficialLayout.pageNumbers(docx);
				head(docx, document);
				new OfficialBody(docx).write(document.body());
				signature(docx, document);
				properties(docx.getProperties(), document, contentKey, generatedAt);
				docx.write(out);
			}
			move(temp, target);
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	static String contentKey(OfficialDocument document) {
		return new ContentDigest().add(LAYOUT_VERSION + "\n").add(document).hex();
	}

	/** The content key stored in an existing draft; empty when the file is missing, unreadable or has none. */
	static Optional<String> contentKeyOf(Path file) {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
			CTProperty property = docx.getProperties().getCustomProperties().getProperty(CONTENT_KEY);
			return Optional.ofNullable(property).map(CTProperty::getLpwstr);
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** The serial right-aligned above the title (信函格式), the title lines, a blank line, the addressee. */
	private static void head(XWPFDocument docx, OfficialDocument document) {
		if (document.serial() != null) {
			XWPFParagraph serial = line(docx, ParagraphAlignment.RIGHT);
			text(serial, document.serial(), Face.BODY, OfficialLayout.BODY_POINTS);
			blank(docx);
		}
		for (String title : document.title()) {
			XWPFParagraph paragraph = docx.createParagraph();
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			OfficialLayout.line(paragraph, OfficialLayout.TITLE_LINE_TWIPS);
			text(paragraph, title, Face.TITLE, OfficialLayout.TITLE_POINTS);
		}
		blank(docx);
		text(line(docx, ParagraphAlignment.LEFT), document.addressee() + "：", Face.BODY, OfficialLayout.BODY_POINTS);
	}

	/**
	 * One blank line after the body, then the office and the date: the date four characters from the right margin,
	 * the office centred over it (or the date centred under a longer office name).
	 */
	private static void signature(XWPFDocument docx, OfficialDocument document) {
		blank(docx);
		String date = FigureText.date(document.signedOn());
		double officeWidth = characters(document.office());
		double dateWidth = characters(date);
		double dateIndent = 4;
		double officeIndent = dateIndent + (dateWidth - officeWidth) / 2;
		if (officeIndent < 0) {
			officeIndent = 0;
			dateIndent = (officeWidth - dateWidth) / 2;
		}
		XWPFParagraph office = line(docx, ParagraphAlignment.RIGHT);
		office.setIndentationRight((int) Math.round(officeIndent * OfficialLayout.CHAR_TWIPS));
		text(office, document.office(), Face.BODY, OfficialLayout.BODY_POINTS);
		XWPFParagraph signed = line(docx, ParagraphAlignment.RIGHT);
		signed.setIndentationRight((int) Math.round(dateIndent * OfficialLayout.CHAR_TWIPS));
		text(signed, date, Face.BODY, OfficialLayout.BODY_POINTS);
	}

	/** Width in body characters: digits and Latin letters are half as wide as Chinese characters. */
	static double characters(String text) {
		return text.codePoints().mapToDouble((c) -> c < 0x2E80 ? 0.5 : 1).sum();
	}

	private static XWPFParagraph line(XWPFDocument docx, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = docx.createParagraph();
		paragraph.setAlignment(alignment);
		OfficialLayout.line(paragraph, OfficialLayout.BODY_LINE_TWIPS);
		return paragraph;
	}

	private static void blank(XWPFDocument docx) {
		line(docx, ParagraphAlignment.LEFT);
	}

	static XWPFRun text(XWPFParagraph paragraph, String text, Face face, double points) {
		XWPFRun run = paragraph.createRun();
		OfficialLayout.face(run, face, points);
		run.setText(text);
		return run;
	}

	private static void properties(POIXMLProperties properties, OfficialDocument document, String contentKey,
			LocalDateTime generatedAt) {
		Date at = Date.from(generatedAt.atZone(ZoneId.systemDefault()).toInstant());
		properties.getCoreProperties().setTitle(String.join("", document.title()));
		properties.getCoreProperties().setCreator("民生实事月报汇总");
		properties.getCoreProperties().setCreated(Optional.of(at));
		properties.getCoreProperties().setModified(Optional.of(at));
		properties.getCustomProperties().addProperty(CONTENT_KEY, contentKey);
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
