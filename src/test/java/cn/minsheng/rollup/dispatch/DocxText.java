package cn.minsheng.rollup.dispatch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * A .docx read back as a reader sees it: the body paragraphs' text in order and the tables' cell text.
 */
record DocxText(List<String> paragraphs, List<List<List<String>>> tables) {

	static DocxText read(Path file) {
		try (InputStream in = Files.newInputStream(file); XWPFDocument docx = new XWPFDocument(in)) {
			return of(docx);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static DocxText of(XWPFDocument docx) {
		List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
		List<List<List<String>>> tables = docx.getTables()
			.stream()
			.map((XWPFTable t) -> t.getRows()
				.stream()
				.map((r) -> r.getTableCells().stream().map(XWPFTableCell::getText).toList())
				.toList())
			.toList();
		return new DocxText(paragraphs, tables);
	}

	static XWPFDocument open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XWPFDocument(in);
		}
	}

	/** The one paragraph starting with {@code lead}. */
	String paragraphStarting(String lead) {
		List<String> found = this.paragraphs.stream().filter((p) -> p.startsWith(lead)).toList();
		if (found.size() != 1) {
			throw new AssertionError("expected one paragraph starting with " + lead + " but found " + found + " in "
					+ this.paragraphs);
		}
		return found.get(0);
	}

	/** The paragraph following the heading {@code heading}. */
	String after(String heading) {
		int i = this.paragraphs.indexOf(heading);
		if (i < 0 || i + 1 >= this.paragraphs.size()) {
			throw new AssertionError("no paragraph after " + heading + " in " + this.paragraphs);
		}
		return this.paragraphs.get(i + 1);
	}

	String all() {
		return String.join("\n", this.paragraphs);
	}

}
