package cn.minsheng.rollup.dispatch;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The page and type of a Chinese official document after GB/T 9704-2012: A4, margins 37 / 35 / 28 / 26 mm, title in
 * 小标宋 二号, body in 仿宋 三号 on a fixed 29 pt line (22 lines a page), headings in 黑体 and 楷体, page numbers
 * "— 1 —" in 宋体 四号 outside in the footer.
 * <p>
 * The official fonts are named for East Asian text with a Latin font beside them, and the document's font table
 * gives each an alternative: Word substitutes 仿宋 for a missing 仿宋_GB2312 and so on; LibreOffice falls back to the
 * installed CJK fonts (Noto CJK) for the language zh-CN set on all text.
 */
final class OfficialLayout {

	/** The font roles of the document, with their fallback and the class of the type face. */
	enum Face {

		TITLE("方正小标宋简体", "宋体", "roman"),
		BODY("仿宋_GB2312", "仿宋", "modern"),
		HEADING("黑体", "SimHei", "modern"),
		SUBHEADING("楷体_GB2312", "楷体", "script"),
		PAGE_NUMBER("宋体", "SimSun", "roman");

		final String font;

		final String fallback;

		final String family;

		Face(String font, String fallback, String family) {
			this.font = font;
			this.fallback = fallback;
			this.family = family;
		}

	}

	static final String LATIN = "Times New Roman";

	/** 二号 */
	static final int TITLE_POINTS = 22;

	/** 三号 */
	static final int BODY_POINTS = 16;

	/** 四号 */
	static final int PAGE_NUMBER_POINTS = 14;

	/** Tables in 五号. */
	static final double TABLE_POINTS = 10.5;

	/** Fixed body line: 225 mm of type area over 22 lines. */
	static final int BODY_LINE_TWIPS = 580;

	static final int TITLE_LINE_TWIPS = 700;

	/** One character of body text. */
	static final int CHAR_TWIPS = BODY_POINTS * 20;

	/** A4 less the left and right margins. */
	static final int TEXT_WIDTH_TWIPS = 11906 - mm(28) - mm(26);

	private OfficialLayout() {
	}

	static int mm(double millimetres) {
		return (int) Math.round(millimetres / 25.4 * 1440);
	}

	/** A4 portrait with the standard's margins, and 仿宋 三号 in Chinese as the document default. */
	static void page(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(mm(37)));
		margins.setBottom(BigInteger.valueOf(mm(35)));
		margins.setLeft(BigInteger.valueOf(mm(28)));
		margins.setRight(BigInteger.valueOf(mm(26)));
		margins.setHeader(BigInteger.valueOf(mm(15)));
		// the page number's baseline about 7 mm below the type area
		margins.setFooter(BigInteger.valueOf(mm(24)));
		margins.setGutter(BigInteger.ZERO);
		defaults(document);
		fontTable(document);
	}

	private static void defaults(XWPFDocument document) {
		CTStyles styles = CTStyles.Factory.newInstance();
		CTRPr run = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
		fonts(run.addNewRFonts(), Face.BODY);
		run.addNewSz().setVal(BigInteger.valueOf(BODY_POINTS * 2));
		run.addNewSzCs().setVal(BigInteger.valueOf(BODY_POINTS * 2));
		var lang = run.addNewLang();
		lang.setVal("en-US");
		lang.setEastAsia("zh-CN");
		document.createStyles().setStyles(styles);
	}

	/** Applies the face to a run: East Asian text in the official font, Latin text and digits in Times New Roman. */
	static void face(XWPFRun run, Face face, double points) {
		CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
		fonts(properties.sizeOfRFontsArray() > 0 ? properties.getRFontsArray(0) : properties.addNewRFonts(), face);
		run.setFontSize(points);
		var lang = properties.sizeOfLangArray() > 0 ? properties.getLangArray(0) : properties.addNewLang();
		lang.setEastAsia("zh-CN");
	}

	private static void fonts(CTFonts fonts, Face face) {
		fonts.setEastAsia(face.font);
		fonts.setAscii(LATIN);
		fonts.setHAnsi(LATIN);
		fonts.setCs(LATIN);
	}

	/** Fixed line spacing, no space before or after: the standard's grid. */
	static void line(XWPFParagraph paragraph, int twips) {
		paragraph.setSpacingBetween(twips / 20.0, LineSpacingRule.EXACT);
		paragraph.setSpacingBefore(0);
		paragraph.setSpacingAfter(0);
	}

	/**
	 * Page numbers "— 1 —": on odd pages right with one character's space, on even pages left, as the standard asks
	 * of documents printed on both sides.
	 */
	static void pageNumbers(XWPFDocument document) {
		document.setEvenAndOddHeadings(true);
		pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
		pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
	}

	private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = footer.createParagraph();
		paragraph.setAlignment(alignment);
		int space = PAGE_NUMBER_POINTS * 20;
		if (alignment == ParagraphAlignment.RIGHT) {
			paragraph.setIndentationRight(space);
		}
		else {
			paragraph.setIndentationLeft(space);
		}
		pageRun(paragraph, "— ");
		pageRun(paragraph, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		pageRun(paragraph, null).getCTR().addNewInstrText().setStringValue(" PAGE ");
		pageRun(paragraph, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		pageRun(paragraph, "1");
		pageRun(paragraph, null).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
		pageRun(paragraph, " —");
	}

	private static XWPFRun pageRun(XWPFParagraph paragraph, String text) {
		XWPFRun run = paragraph.createRun();
		face(run, Face.PAGE_NUMBER, PAGE_NUMBER_POINTS);
		if (text != null) {
			run.setText(text);
		}
		return run;
	}

	/**
	 * Adds {@code word/fontTable.xml} naming each official font with its alternative and type class; POI writes no
	 * font table of its own.
	 */
	private static void fontTable(XWPFDocument document) {
		StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
				+ "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
		for (Face face : Face.values()) {
			xml.append("<w:font w:name=\"").append(face.font).append("\"><w:altName w:val=\"").append(face.fallback)
				.append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"").append(face.family)
				.append("\"/><w:pitch w:val=\"variable\"/></w:font>");
		}
		xml.append("<w:font w:name=\"").append(LATIN).append("\"><w:charset w:val=\"00\"/>")
			.append("<w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>");
		try {
			PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
			PackagePart part = document.getPackage().createPart(name,
					"application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
			try (OutputStream out = part.getOutputStream()) {
				out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
			}
			document.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
					"http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
		}
		catch (InvalidFormatException ex) {
			throw new IllegalStateException(ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
