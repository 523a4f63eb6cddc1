package cn.minsheng.rollup.dispatch;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import cn.minsheng.rollup.dispatch.OfficialLayout.Face;

/**
 * Writes the body blocks: paragraphs indented two characters on the fixed line, headings in 黑体 (一、) and 楷体
 * ((一)), placeholders highlighted for the office to replace, and tables in 五号 with a repeated header row.
 */
final class OfficialBody {

	private static final int INDENT = 2 * OfficialLayout.CHAR_TWIPS;

	private final XWPFDocument docx;

	OfficialBody(XWPFDocument docx) {
		this.docx = docx;
	}

	void write(List<OfficialDocument.Block> blocks) {
		for (OfficialDocument.Block block : blocks) {
			if (block instanceof OfficialDocument.Heading h) {
				paragraph(h.text(), h.level() == 1 ? Face.HEADING : Face.SUBHEADING);
			}
			else if (block instanceof OfficialDocument.Paragraph p) {
				paragraph(p.text(), Face.BODY);
			}
			else if (block instanceof OfficialDocument.Placeholder p) {
				paragraph(p.text(), Face.BODY).setTextHighlightColor("yellow");
			}
			else if (block instanceof OfficialDocument.Table t) {
				table(t);
			}
		}
	}

	private XWPFRun paragraph(String text, Face face) {
		XWPFParagraph paragraph = this.docx.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.BOTH);
		paragraph.setIndentationFirstLine(INDENT);
		OfficialLayout.line(paragraph, OfficialLayout.BODY_LINE_TWIPS);
		return OfficialDocumentWriter.text(paragraph, text, face, OfficialLayout.BODY_POINTS);
	}

	private void table(OfficialDocument.Table t) {
		int columns = t.headers().size();
		XWPFTable table = this.docx.createTable(t.rows().size() + 1, columns);
		table.setTableAlignment(TableRowAlign.CENTER);
		table.setWidth(OfficialLayout.TEXT_WIDTH_TWIPS);
		// narrow cell margins (1 mm) so that a rate such as 100.0% fits its column on one line
		table.setCellMargins(0, OfficialLayout.mm(1), 0, OfficialLayout.mm(1));
		var properties = table.getCTTbl().getTblPr();
		CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
		layout.setType(STTblLayoutType.FIXED);
		int[] widths = widths(t.widths());
		CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
				: table.getCTTbl().getTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		row(table.getRow(0), t.headers(), widths, true);
		table.getRow(0).setRepeatHeader(true);
		for (int r = 0; r < t.rows().size(); r++) {
			row(table.getRow(r + 1), t.rows().get(r), widths, false);
		}
		// A table must not run into the next paragraph's first line.
		XWPFParagraph after = this.docx.createParagraph();
		OfficialLayout.line(after, OfficialLayout.BODY_LINE_TWIPS / 2);
	}

	private static void row(XWPFTableRow row, List<String> values, int[] widths, boolean header) {
		row.setCantSplitRow(true);
		for (int c = 0; c < values.size(); c++) {
			XWPFTableCell cell = row.getCell(c);
			cell.setWidth(Integer.toString(widths[c]));
			cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
			XWPFParagraph paragraph = cell.getParagraphs().get(0);
			paragraph.setAlignment(header || values.get(c).length() <= 12 ? ParagraphAlignment.CENTER
					: ParagraphAlignment.LEFT);
			paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
			paragraph.setSpacingBefore(0);
			paragraph.setSpacingAfter(0);
			OfficialDocumentWriter.text(paragraph, values.get(c), header ? Face.HEADING : Face.BODY,
					OfficialLayout.TABLE_POINTS);
		}
	}

	/** Relative widths scaled to the type area's width in twips. */
	private static int[] widths(List<Integer> relative) {
		int total = relative.stream().mapToInt(Integer::intValue).sum();
		int[] widths = new int[relative.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = OfficialLayout.TEXT_WIDTH_TWIPS * relative.get(i) / total;
		}
		return widths;
	}

}
