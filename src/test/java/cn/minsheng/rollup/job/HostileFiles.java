package cn.minsheng.rollup.job;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hostile copies of a correct form: XML bombs and external entities, a huge string in every cell, tens of thousands
 * of merged cells, duplicate zip entries, text that climbs out of folders or looks like a formula.
 */
final class HostileFiles {

	static final String MAIN_SHEET = "xl/worksheets/sheet1.xml";

	static final String LIST_SHEET = "xl/worksheets/sheet2.xml";

	static final String SHARED_STRINGS = "xl/sharedStrings.xml";

	static final String WORKBOOK = "xl/workbook.xml";

	private HostileFiles() {
	}

	/** Billion laughs: nested entities that would expand to gigabytes, in the shared strings. */
	static Path billionLaughs(Path valid, Path file) {
		StringBuilder dtd = new StringBuilder("<!DOCTYPE sst [<!ENTITY lol0 \"lol\">");
		for (int i = 1; i <= 9; i++) {
			dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
				.append("\">");
		}
		dtd.append("]>");
		return FormFiles.rewrite(valid, file, SHARED_STRINGS, (xml) -> xml.replaceFirst("\\?>", "?>" + dtd)
			.replaceFirst("<si><t>", "<si><t>&lol9;"));
	}

	/** An external entity in a sheet that would pull a local file's content into a cell. */
	static Path externalEntity(Path valid, Path file, String entryName, Path secret) {
		String dtd = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
		return FormFiles.rewrite(valid, file, entryName, (xml) -> {
			String withDtd = xml.replaceFirst("\\?>", "?>" + Matcher.quoteReplacement(dtd));
			return entryName.equals(WORKBOOK) ? withDtd.replaceFirst("name=\"", "name=\"&xxe;")
					: withDtd.replaceFirst("<sheetData>",
							"<sheetData><row r=\"60\"><c r=\"A60\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>");
		});
	}

	/**
	 * One 5 MB shared string (varied Chinese text, so it does not compress like a bomb) referenced by every text cell
	 * of the indicator rows and by the town, site and remarks of thousands of list rows.
	 */
	static Path hugeSharedString(Path valid, Path file, int listRows) {
		StringBuilder huge = new StringBuilder(5_000_000);
		Random random = new Random(5);
		while (huge.length() < 5_000_000) {
			huge.appendCodePoint(0x4E00 + random.nextInt(0x5000));
		}
		List<FormFiles.Entry> entries = new ArrayList<>();
		int[] index = new int[1];
		for (FormFiles.Entry entry : FormFiles.entries(valid)) {
			String xml = entry.text();
			if (entry.name().equals(SHARED_STRINGS)) {
				index[0] = count(xml, "<si>");
				xml = xml.replace("</sst>", "<si><t>" + huge + "</t></si></sst>");
			}
			entries.add(new FormFiles.Entry(entry.name(), xml));
		}
		String ref = "t=\"s\"><v>" + index[0] + "</v></c>";
		for (int i = 0; i < entries.size(); i++) {
			FormFiles.Entry entry = entries.get(i);
			if (entry.name().equals(MAIN_SHEET)) {
				entries.set(i, new FormFiles.Entry(MAIN_SHEET, replaceCells(entry.text(), "[STU]", 4, 99, ref)));
			}
			else if (entry.name().equals(LIST_SHEET)) {
				entries.set(i, new FormFiles.Entry(LIST_SHEET, listRows(entry.text(), listRows, ref)));
			}
		}
		return FormFiles.zip(file, entries);
	}

	/** Tens of thousands of merged two-cell ranges below the form. */
	static Path manyMerges(Path valid, Path file, int merges) {
		StringBuilder ranges = new StringBuilder();
		for (int r = 0; r < merges; r++) {
			int row = 200 + r / 10;
			char col = (char) ('A' + 2 * (r % 10));
			ranges.append("<mergeCell ref=\"").append(col).append(row).append(':').append((char) (col + 1))
				.append(row).append("\"/>");
		}
		return FormFiles.rewrite(valid, file, MAIN_SHEET, (xml) -> {
			Matcher existing = Pattern.compile("<mergeCells count=\"(\\d+)\">").matcher(xml);
			if (existing.find()) {
				int total = Integer.parseInt(existing.group(1)) + merges;
				return existing.replaceFirst("<mergeCells count=\"" + total + "\">" + ranges);
			}
			return xml.replace("</sheetData>", "</sheetData><mergeCells count=\"" + merges + "\">" + ranges
					+ "</mergeCells>");
		});
	}

	/**
	 * The main sheet twice under the same name, the second with other figures: one program would see the first, another
	 * the last. Such a file is ambiguous and must not be taken in.
	 */
	static Path duplicateEntries(Path valid, Path other, Path file) {
		List<FormFiles.Entry> entries = new ArrayList<>(FormFiles.entries(valid));
		entries.add(new FormFiles.Entry(MAIN_SHEET, FormFiles.text(other, MAIN_SHEET)));
		return FormFiles.zip(file, entries);
	}

	/**
	 * Text that climbs out of folders wherever the file could name one: the unit in 填报单位 and in the hidden
	 * metadata, and the list sheet's name.
	 */
	static Path climbingNames(Path valid, Path file) {
		List<FormFiles.Entry> entries = new ArrayList<>();
		for (FormFiles.Entry entry : FormFiles.entries(valid)) {
			String xml = entry.text();
			if (entry.name().equals(SHARED_STRINGS)) {
				xml = xml.replace(FormFiles.UNIT, "../../../../逃逸/" + FormFiles.UNIT);
			}
			else if (entry.name().equals(WORKBOOK)) {
				xml = xml.replace("name=\"项目分布清单\"", "name=\"../../逃逸\\清单\"");
			}
			entries.add(new FormFiles.Entry(entry.name(), xml));
		}
		return FormFiles.zip(file, entries);
	}

	/** Problems, next steps and remarks of the first indicators written as formulas would be: = + - @ first. */
	static Path formulaLikeTexts(Path valid, Path file) {
		String[] texts = { "=HYPERLINK(&quot;http://example.com/x&quot;,&quot;点我&quot;)", "@SUM(A1:A9)",
				"+86-731-5782", "-1+2 无" };
		return FormFiles.rewrite(valid, file, MAIN_SHEET, (xml) -> {
			String out = xml;
			int i = 0;
			for (String column : List.of("S", "T", "U")) {
				for (int row = 4; row <= 5; row++) {
					out = replaceCells(out, column, row, row,
							"t=\"inlineStr\"><is><t>" + texts[i++ % texts.length] + "</t></is></c>");
				}
			}
			return out;
		});
	}

	private static String replaceCells(String xml, String columns, int firstRow, int lastRow, String replacement) {
		Pattern cell = Pattern.compile("<c r=\"(" + columns + ")(\\d+)\"([^>]*?)(/>|>.*?</c>)");
		Matcher m = cell.matcher(xml);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			int row = Integer.parseInt(m.group(2));
			String style = m.group(3).replaceAll("\\s*t=\"[^\"]*\"", "");
			String replaced = row >= firstRow && row <= lastRow
					? "<c r=\"" + m.group(1) + m.group(2) + "\"" + style + " " + replacement : m.group();
			m.appendReplacement(out, Matcher.quoteReplacement(replaced));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String listRows(String xml, int rows, String ref) {
		Matcher header = Pattern.compile("<row r=\"1\".*?</row>").matcher(xml);
		if (!header.find()) {
			throw new IllegalStateException("list sheet without a header row");
		}
		StringBuilder data = new StringBuilder();
		for (int r = 2; r <= rows + 1; r++) {
			data.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>S01-3")
				.append("</t></is></c><c r=\"B").append(r).append("\" ").append(ref).append("<c r=\"C").append(r)
				.append("\" ").append(ref).append("<c r=\"D").append(r).append("\"><v>1</v></c><c r=\"F").append(r)
				.append("\" ").append(ref).append("</row>");
		}
		int end = xml.indexOf("</sheetData>");
		return xml.substring(0, header.end()) + data + xml.substring(end);
	}

	private static int count(String text, String part) {
		int n = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			n++;
		}
		return n;
	}

}
