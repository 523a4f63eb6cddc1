package cn.minsheng.rollup.dispatch;

import java.util.List;

import javax.xml.stream.XMLStreamException;

import cn.minsheng.rollup.dispatch.OfficialLayout.Face;
import cn.minsheng.rollup.dispatch.WordXml.Format;
import cn.minsheng.rollup.dispatch.WordXml.Run;

/**
 * Writes the body blocks: paragraphs indented two characters on the fixed line, headings in 黑体 (一、) and 楷体
 * ((一)), placeholders highlighted for the office to replace, and tables in 五号 with a repeated header row.
 */
final class OfficialBody {

	private static final Format PARAGRAPH = new Format("both", OfficialLayout.BODY_LINE_TWIPS, true,
			2 * OfficialLayout.CHAR_TWIPS, null);

	/** Single spacing in table cells. */
	private static final int SINGLE_LINE = 240;

	private static final Format CELL_CENTRED = new Format("center", SINGLE_LINE, false, null, null);

	private static final Format CELL_LEFT = new Format("left", SINGLE_LINE, false, null, null);

	/** A table must not run into the next paragraph's first line: half a line after it. */
	private static final Format AFTER_TABLE = new Format(null, OfficialLayout.BODY_LINE_TWIPS / 2, true, null, null);

	private final WordXml xml;

	OfficialBody(WordXml xml) {
		this.xml = xml;
	}

	void write(List<OfficialDocument.Block> blocks) throws XMLStreamException {
		for (OfficialDocument.Block block : blocks) {
			if (block instanceof OfficialDocument.Heading h) {
				Face face = h.level() == 1 ? Face.HEADING : Face.SUBHEADING;
				paragraph(new Run(h.text(), face, OfficialLayout.BODY_POINTS));
			}
			else if (block instanceof OfficialDocument.Paragraph p) {
				paragraph(new Run(p.text(), Face.BODY, OfficialLayout.BODY_POINTS));
			}
			else if (block instanceof OfficialDocument.Placeholder p) {
				paragraph(new Run(p.text(), Face.BODY, OfficialLayout.BODY_POINTS, true));
			}
			else if (block instanceof OfficialDocument.Table t) {
				table(t);
			}
		}
	}

	private void paragraph(Run run) throws XMLStreamException {
		this.xml.paragraph(PARAGRAPH, run);
	}

	private void table(OfficialDocument.Table t) throws XMLStreamException {
		int[] widths = widths(t.widths());
		// narrow cell margins (1 mm) so that a rate such as 100.0% fits its column on one line
		this.xml.startTable(OfficialLayout.TEXT_WIDTH_TWIPS, widths, OfficialLayout.mm(1));
		row(t.headers(), widths, true);
		for (List<String> values : t.rows()) {
			row(values, widths, false);
		}
		this.xml.end();
		this.xml.paragraph(AFTER_TABLE, null);
	}

	private void row(List<String> values, int[] widths, boolean header) throws XMLStreamException {
		this.xml.startRow(header);
		for (int c = 0; c < values.size(); c++) {
			String value = values.get(c);
			Format format = header || value.length() <= 12 ? CELL_CENTRED : CELL_LEFT;
			this.xml.cell(widths[c], format,
					new Run(value, header ? Face.HEADING : Face.BODY, OfficialLayout.TABLE_POINTS));
		}
		this.xml.end();
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
