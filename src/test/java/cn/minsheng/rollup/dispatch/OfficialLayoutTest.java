package cn.minsheng.rollup.dispatch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GB/T 9704 page and type, read back from the written .docx.
 */
class OfficialLayoutTest {

	@TempDir
	static Path dir;

	private static Path file;

	private static OfficialDocument document;

	@BeforeAll
	static void writeADocument() throws IOException {
		document = new OfficialDocument(List.of("湘潭县重点民生实事工作情况通报", "（第3期）"), "督办〔2023〕第1号",
				"各县直责任单位",
				List.of(new OfficialDocument.Heading(1, "一、总体进展情况"), new OfficialDocument.Heading(2, "（一）省重点民生实事"),
						new OfficialDocument.Paragraph("截至11月底，已完成年度目标任务18项。"),
						new OfficialDocument.Placeholder("【待补充】"),
						new OfficialDocument.Table(List.of("序号", "考核指标"), List.of(List.of("1", "城镇新增就业")),
								List.of(1, 4))),
				"湘潭县重点民生实事工作专班办公室", LocalDate.of(2023, 12, 1));
		file = dir.resolve("layout.docx");
		new OfficialDocumentWriter().write(document, LocalDateTime.of(2023, 12, 1, 8, 30), file);
	}

	@Test
	void keepsTheDigestOfItsLayoutAndTextAsContentKey() throws Exception {
		byte[] whole = MessageDigest.getInstance("SHA-256")
			.digest((OfficialDocumentWriter.LAYOUT_VERSION + "\n" + document).getBytes(StandardCharsets.UTF_8));

		assertThat(OfficialDocumentWriter.contentKey(document)).isEqualTo(HexFormat.of().formatHex(whole));
		assertThat(OfficialDocumentWriter.contentKeyOf(file)).contains(HexFormat.of().formatHex(whole));
	}

	@Test
	void isA4WithTheStandardsMargins() throws IOException {
		try (XWPFDocument docx = DocxText.open(file)) {
			CTSectPr section = docx.getDocument().getBody().getSectPr();
			assertThat(section.getPgSz().getW()).hasToString("11906");
			assertThat(section.getPgSz().getH()).hasToString("16838");
			CTPageMar margins = section.getPgMar();
			// 37, 35, 28 and 26 mm in twentieths of a point
			assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
				.map(Object::toString)
				.containsExactly("2098", "1984", "1587", "1474");
		}
	}

	@Test
	void setsTheTitleAndBodyInTheOfficialFontsAndSizesOnAFixedLine() throws IOException {
		try (XWPFDocument docx = DocxText.open(file)) {
			XWPFParagraph title = paragraph(docx, "湘潭县重点民生实事工作情况通报");
			assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
			assertThat(eastAsia(title.getRuns().get(0))).isEqualTo("方正小标宋简体");
			assertThat(title.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(22.0);

			XWPFParagraph body = paragraph(docx, "截至11月底，已完成年度目标任务18项。");
			assertThat(eastAsia(body.getRuns().get(0))).isEqualTo("仿宋_GB2312");
			assertThat(body.getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.ascii)).isEqualTo("Times New Roman");
			assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);
			assertThat(body.getSpacingLineRule()).isEqualTo(LineSpacingRule.EXACT);
			assertThat(body.getSpacingBetween()).isEqualTo(29.0);
			assertThat(body.getIndentationFirstLine()).isEqualTo(640);

			assertThat(eastAsia(paragraph(docx, "一、总体进展情况").getRuns().get(0))).isEqualTo("黑体");
			assertThat(eastAsia(paragraph(docx, "（一）省重点民生实事").getRuns().get(0))).isEqualTo("楷体_GB2312");
			assertThat(paragraph(docx, "【待补充】").getRuns().get(0).getTextHighlightColor()).hasToString("yellow");
		}
	}

	@Test
	void signsWithTheDateFourCharactersFromTheRightAndTheOfficeCentredOverIt() throws IOException {
		try (XWPFDocument docx = DocxText.open(file)) {
			XWPFParagraph office = paragraph(docx, "湘潭县重点民生实事工作专班办公室");
			XWPFParagraph date = paragraph(docx, "2023年12月1日");
			assertThat(office.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
			assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
			// the office (16 characters) is longer than the date (6.5): the office ends at the margin, the date is
			// centred under it
			assertThat(office.getIndentationRight()).isZero();
			assertThat(date.getIndentationRight()).isEqualTo((int) Math.round((16 - 6.5) / 2 * 320));
		}
	}

	@Test
	void numbersThePagesOutsideWithDashesAroundTheNumber() throws IOException {
		try (XWPFDocument docx = DocxText.open(file)) {
			assertThat(docx.getEvenAndOddHeadings()).isTrue();
			assertThat(docx.getFooterList()).hasSize(2);
			for (XWPFFooter footer : docx.getFooterList()) {
				XWPFParagraph p = footer.getParagraphs().get(0);
				assertThat(p.getCTP().xmlText()).contains("PAGE").contains("fldChar");
				assertThat(p.getText()).isEqualTo("— 1 —");
			}
			assertThat(docx.getFooterList()).extracting((f) -> f.getParagraphs().get(0).getAlignment())
				.containsExactlyInAnyOrder(ParagraphAlignment.RIGHT, ParagraphAlignment.LEFT);
		}
	}

	@Test
	void namesAFallbackForEachOfficialFontAndChineseAsTheTextsLanguage() throws Exception {
		try (XWPFDocument docx = DocxText.open(file)) {
			PackagePart fonts = docx.getPackagePart().getRelatedPart(docx.getPackagePart()
				.getRelationshipsByType("http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable")
				.getRelationship(0));
			try (InputStream in = fonts.getInputStream()) {
				assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
					.contains("<w:font w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>")
					.contains("<w:font w:name=\"方正小标宋简体\"><w:altName w:val=\"宋体\"/>");
			}
			assertThat(docx.getStyles().getDefaultRunStyle().getFontSizeAsDouble()).isEqualTo(16.0);
			assertThat(docx.getStyle().getDocDefaults().getRPrDefault().getRPr().getLangArray(0).getEastAsia())
				.isEqualTo("zh-CN");
		}
	}

	@Test
	void repeatsTheTableHeaderOnEveryPage() throws IOException {
		try (XWPFDocument docx = DocxText.open(file)) {
			assertThat(docx.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
			assertThat(eastAsia(docx.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0)))
				.isEqualTo("黑体");
		}
	}

	@Test
	void namesEveryFaceOfTheTextInTheFontTableWithAnAlternative() throws Exception {
		String fonts = OfficialSkeleton.resource("word/fontTable.xml");

		for (OfficialLayout.Face face : OfficialLayout.Face.values()) {
			assertThat(fonts).as(face.name()).contains("<w:font w:name=\"" + face.font + "\"><w:altName w:val=\"");
		}
	}

	@Test
	void setsTablesAcrossTheTypeAreaOfTheSkeletonsPage() throws IOException {
		try (XWPFDocument docx = DocxText.open(file)) {
			CTSectPr section = docx.getDocument().getBody().getSectPr();
			long typeArea = twips(section.getPgSz().getW()) - twips(section.getPgMar().getLeft())
					- twips(section.getPgMar().getRight());

			assertThat(OfficialLayout.TEXT_WIDTH_TWIPS).isEqualTo(typeArea);
			assertThat(docx.getTables().get(0).getCTTbl().getTblPr().getTblW().getW()).hasToString(
					Long.toString(typeArea));
		}
	}

	@Test
	void writesADocumentTheWordprocessingSchemaAccepts() throws Exception {
		try (XWPFDocument docx = DocxText.open(file)) {
			List<XmlError> errors = new ArrayList<>();
			XmlOptions options = new XmlOptions().setErrorListener(errors);

			boolean valid = docx.getDocument().validate(options) && docx.getStyle().validate(options);
			for (XWPFFooter footer : docx.getFooterList()) {
				valid &= footer._getHdrFtr().validate(options);
			}

			assertThat(errors).isEmpty();
			assertThat(valid).isTrue();
		}
	}

	@Test
	void replacesCharactersXmlCannotHoldAndKeepsTheRest(@TempDir Path elsewhere) throws IOException {
		OfficialDocument withControls = new OfficialDocument(List.of("通报"), null, "各单位",
				List.of(new OfficialDocument.Paragraph("县\u0001人社局\u000B：  𠀀 完成\t"),
						new OfficialDocument.Table(List.of("单位"), List.of(List.of("县\u001F教育局")), List.of(1))),
				"办公室", LocalDate.of(2023, 12, 1));
		Path written = elsewhere.resolve("controls.docx");

		new OfficialDocumentWriter().write(withControls, LocalDateTime.of(2023, 12, 1, 8, 30), written);

		DocxText text = DocxText.read(written);
		assertThat(text.paragraphs()).contains("县?人社局?：  𠀀 完成\t");
		assertThat(text.tables().get(0).get(1)).containsExactly("县?教育局");
	}

	private static long twips(Object measure) {
		return Long.parseLong(measure.toString());
	}

	private static XWPFParagraph paragraph(XWPFDocument docx, String text) {
		return docx.getParagraphs().stream().filter((p) -> p.getText().equals(text)).findFirst().orElseThrow();
	}

	private static String eastAsia(XWPFRun run) {
		return run.getFontFamily(XWPFRun.FontCharRange.eastAsia);
	}

}
