package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The .xlsx cells as intake reads them from the sheet XML: each kind of cell Excel, WPS and LibreOffice write, with
 * the text and number a user would see in the cell.
 */
class XlsxSheetHandlerTest {

	private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	/** Style 0 General, 1 the built-in short date (14), 2 a custom Chinese date, 3 two decimals (2), 4 percent (10). */
	private static final String STYLES = "<styleSheet xmlns=\"" + NS + "\"><numFmts count=\"1\">"
			+ "<numFmt numFmtId=\"176\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/></numFmts>"
			+ "<fonts count=\"1\"><font/></fonts><fills count=\"1\"><fill/></fills><borders count=\"1\"><border/></borders>"
			+ "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs><cellXfs count=\"5\"><xf numFmtId=\"0\"/>"
			+ "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/><xf numFmtId=\"176\" applyNumberFormat=\"1\"/>"
			+ "<xf numFmtId=\"2\" applyNumberFormat=\"1\"/><xf numFmtId=\"10\" applyNumberFormat=\"1\"/></cellXfs>"
			+ "</styleSheet>";

	private static final String SHARED = "<sst xmlns=\"" + NS + "\" count=\"3\" uniqueCount=\"3\">"
			+ "<si><t>县人社局</t></si>"
			+ "<si><r><t>城镇</t></r><r><rPr><b/></rPr><t>新增就业</t></r><rPh sb=\"0\" eb=\"2\"><t>ジョウチン</t></rPh></si>"
			+ "<si><t>第一行_x000A_第二行</t></si></sst>";

	@TempDir
	Path dir;

	@Test
	void readsSharedStringsWithTheirRunsJoinedAndPhoneticGuidesLeftOut() throws Exception {
		Map<Integer, SortedMap<Integer, FieldValue>> rows = read("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
				+ "<c r=\"B1\" t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>");

		assertThat(texts(rows.get(0))).containsExactly("县人社局", "城镇新增就业", "第一行\n第二行");
		assertThat(rows.get(0).get(1).number()).isNull();
	}

	@Test
	void readsInlineStringsIncludingRichTextRuns() throws Exception {
		Map<Integer, SortedMap<Integer, FieldValue>> rows = read("<row r=\"2\">"
				+ "<c r=\"A2\" t=\"inlineStr\"><is><t>S03-1</t></is></c>"
				+ "<c r=\"B2\" t=\"inlineStr\"><is><r><t>项目</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\"> 名称</t></r>"
				+ "</is></c><c r=\"C2\" t=\"inlineStr\"><is><t>a_x0041_b</t></is></c></row>");

		assertThat(texts(rows.get(1))).containsExactly("S03-1", "项目 名称", "aAb");
		assertThat(rows.get(1).get(1).cellRef()).isEqualTo("B2");
	}

	@Test
	void showsBooleansErrorsAndFormulaResultsAsExcelDoes() throws Exception {
		Map<Integer, SortedMap<Integer, FieldValue>> rows = read("<row r=\"3\">"
				+ "<c r=\"A3\" t=\"b\"><v>1</v></c><c r=\"B3\" t=\"b\"><v>0</v></c>"
				+ "<c r=\"C3\" t=\"e\"><f>1/0</f><v>#DIV/0!</v></c>"
				+ "<c r=\"D3\" t=\"str\"><f>A1&amp;B1</f><v>合计</v></c>"
				+ "<c r=\"E3\"><f>SUM(A1:A2)</f><v>12.5</v></c></row>");

		SortedMap<Integer, FieldValue> row = rows.get(2);
		assertThat(texts(row)).containsExactly("TRUE", "FALSE", "#DIV/0!", "合计", "12.5");
		assertThat(row.get(2).number()).isNull();
		assertThat(row.get(3).number()).isNull();
		assertThat(row.get(4).number()).isEqualTo(12.5);
	}

	@Test
	void placesACellWithoutReferenceAfterTheCellBeforeIt() throws Exception {
		Map<Integer, SortedMap<Integer, FieldValue>> rows = read("<row r=\"4\"><c r=\"B4\" t=\"inlineStr\"><is><t>x</t>"
				+ "</is></c><c s=\"0\"/><c t=\"inlineStr\"><is><t>y</t></is></c></row>"
				+ "<row><c t=\"inlineStr\"><is><t>z</t></is></c></row>");

		assertThat(rows.get(3)).containsOnlyKeys(1, 3);
		assertThat(rows.get(3).get(3).cellRef()).isEqualTo("D4");
		// a row without a number follows the row before it
		assertThat(rows.get(4).get(0).cellRef()).isEqualTo("A5");
	}

	@Test
	void namesEveryCellAsExcelDoesWhateverItsReferenceAttributeSays() throws Exception {
		Map<Integer, SortedMap<Integer, FieldValue>> rows = read("<row r=\"12\"><c r=\"A12\" t=\"s\"><v>0</v></c>"
				+ "<c r=\"b12\"><v>1</v></c><c r=\"C012\" t=\"inlineStr\"><is><t>x</t></is></c>"
				+ "<c r=\"D11\"><v>2</v></c><c r=\"$E$12\" t=\"b\"><v>1</v></c><c><f>A12+1</f></c>"
				+ "<c xmlns:x=\"urn:other\" x:r=\"Z99\" t=\"e\"><v>#N/A</v></c><c r=\"AB12\" s=\"1\"><v>45255</v></c>"
				+ "<c t=\"s\" s=\"0\" r=\"AC12\"><v>0</v></c></row>");

		SortedMap<Integer, FieldValue> row = rows.get(11);
		assertThat(row.values()).extracting(FieldValue::cellRef)
			.containsExactly("A12", "B12", "C12", "D12", "E12", "F12", "G12", "AB12", "AC12");
		assertThat(row.get(5).formula()).isEqualTo("A12+1");
		assertThat(row.get(27).text()).isEqualTo("2023/11/25");
		assertThat(row.get(28).text()).isEqualTo("县人社局");
	}

	@Test
	void readsEveryNumberAsJavaReadsIt() {
		java.util.Random random = new java.util.Random(19);
		List<String> odd = List.of("", " ", "-", "1.", ".5", "-0", "-0.0", "007", " 1", "1 ", "1e3", "2.0E3", "1.5.2",
				"9007199254740993", "9007199254740992", "0.1000000000000000000001", "123456789012345678", "NaN",
				"Infinity", "1e400", "-.5", "+1", "１", "0x1p3", "1d", "12.5f", "\u20031");
		for (String text : odd) {
			assertThat(XlsxSheetHandler.parse(text)).as("«%s»", text).isEqualTo(javaNumber(text));
		}
		for (int i = 0; i < 200_000; i++) {
			String text = (random.nextInt(4) == 0 ? "-" : "") + random.nextLong(1L << random.nextInt(63))
					+ (random.nextBoolean() ? "" : "." + Long.toString(random.nextLong(1L << random.nextInt(63))));
			assertThat(XlsxSheetHandler.parse(text)).as("«%s»", text).isEqualTo(javaNumber(text));
			double value = random.nextDouble() * Math.pow(10, random.nextInt(30) - 15);
			assertThat(XlsxSheetHandler.parse(Double.toString(value))).isEqualTo(value);
			String plain = new java.math.BigDecimal(value).toPlainString();
			plain = plain.substring(0, Math.min(plain.length(), 1 + random.nextInt(25)));
			assertThat(XlsxSheetHandler.parse(plain)).as("«%s»", plain).isEqualTo(javaNumber(plain));
		}
	}

	/** What the reader read before: the text through {@link Double#parseDouble}, nothing when blank or infinite. */
	private static Double javaNumber(String text) {
		try {
			double value = Double.parseDouble(text.trim());
			return text.isBlank() || !Double.isFinite(value) ? null : value;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	@Test
	void showsGeneralNumbersAsTheirDigitsAndDecimalsAsTyped() throws Exception {
		Map<Integer, SortedMap<Integer, FieldValue>> rows = read("<row r=\"6\"><c r=\"A6\"><v>120</v></c>"
				+ "<c r=\"B6\" t=\"n\"><v>-35</v></c><c r=\"C6\"><v>0.1</v></c><c r=\"D6\"><v>2.0E3</v></c>"
				+ "<c r=\"E6\" s=\"3\"><v>7</v></c><c r=\"F6\" s=\"4\"><v>0.856</v></c>"
				+ "<c r=\"G6\"><v>123456789012</v></c></row>");

		SortedMap<Integer, FieldValue> row = rows.get(5);
		assertThat(texts(row)).containsExactly("120", "-35", "0.1", "2000", "7.00", "85.60%", "1.23457E+11");
		assertThat(row.get(0).number()).isEqualTo(120.0);
		assertThat(row.get(6).number()).isEqualTo(123456789012.0);
		assertThat(row.values()).noneMatch(FieldValue::dateFormatted);
	}

	@Test
	void showsDatesInTheirFormatTheWayChineseExcelDoes() throws Exception {
		Map<Integer, SortedMap<Integer, FieldValue>> rows = read("<row r=\"7\"><c r=\"A7\" s=\"1\"><v>45255</v></c>"
				+ "<c r=\"B7\" s=\"2\"><v>45255</v></c><c r=\"C7\" s=\"1\" t=\"d\"><v>2023-11-25T00:00:00</v></c></row>");

		SortedMap<Integer, FieldValue> row = rows.get(6);
		assertThat(texts(row)).containsExactly("2023/11/25", "2023年11月25日", "2023-11-25T00:00:00");
		assertThat(row.get(0).dateFormatted()).isTrue();
		assertThat(row.get(1).dateFormatted()).isTrue();
		assertThat(row.get(1).number()).isEqualTo(45255.0);
		// an ISO date cell is passed on as its text, as POI's handler did
		assertThat(row.get(2).number()).isNull();
	}

	@Test
	void leavesOutEmptyCellsAndCellsPastTheColumnLimit() throws Exception {
		Map<Integer, SortedMap<Integer, FieldValue>> rows = read("<row r=\"8\"><c r=\"A8\" s=\"3\"/>"
				+ "<c r=\"B8\" t=\"inlineStr\"><is><t>  </t></is></c><c r=\"HZ8\" t=\"inlineStr\"><is><t>far</t></is></c>"
				+ "</row><row r=\"9\"><c r=\"A9\"><v>1</v></c></row>");

		assertThat(rows).containsOnlyKeys(8);
	}

	@Test
	void failsTheFileOnASharedStringItDoesNotHave() {
		assertThatThrownBy(() -> read("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>7</v></c></row>"))
			.isInstanceOf(IllegalStateException.class);
	}

	private Map<Integer, SortedMap<Integer, FieldValue>> read(String sheetData) throws Exception {
		Path file = CraftedFiles.zip(this.dir.resolve("cells.xlsx"), workbook(sheetData));
		Map<Integer, SortedMap<Integer, FieldValue>> rows = new TreeMap<>();
		SniffedFile sniffed = new FileFormatSniffer().open(file);
		assertThat(sniffed.format()).isEqualTo(FileFormat.XLSX);
		new XlsxStreamReader(ReadDeadline.start(Duration.ofSeconds(30))).read(sniffed.zip(), new SheetRowVisitor() {

			@Override
			public void startWorkbook(List<SheetInfo> sheets, boolean date1904) {
			}

			@Override
			public boolean startSheet(String name, int index, boolean hidden) {
				return true;
			}

			@Override
			public boolean row(int rowIndex, SortedMap<Integer, FieldValue> cells) {
				rows.put(rowIndex, cells);
				return true;
			}

			@Override
			public void endSheet() {
			}

		});
		return rows;
	}

	private static List<String> texts(SortedMap<Integer, FieldValue> row) {
		return row.values().stream().map(FieldValue::text).toList();
	}

	private static Map<String, String> workbook(String sheetData) {
		Map<String, String> entries = new LinkedHashMap<>();
		entries.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
				+ "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
				+ "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
				+ override("/xl/workbook.xml", "spreadsheetml.sheet.main")
				+ override("/xl/worksheets/sheet1.xml", "spreadsheetml.worksheet")
				+ override("/xl/styles.xml", "spreadsheetml.styles")
				+ override("/xl/sharedStrings.xml", "spreadsheetml.sharedStrings") + "</Types>");
		entries.put("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
				+ "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
				+ "officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
		entries.put("xl/workbook.xml", "<workbook xmlns=\"" + NS + "\" xmlns:r=\"http://schemas.openxmlformats.org/"
				+ "officeDocument/2006/relationships\"><sheets><sheet name=\"月报表\" sheetId=\"1\" r:id=\"rId1\"/></sheets>"
				+ "</workbook>");
		entries.put("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
				+ "relationships\">" + relationship("rId1", "worksheet", "worksheets/sheet1.xml")
				+ relationship("rId2", "styles", "styles.xml") + relationship("rId3", "sharedStrings", "sharedStrings.xml")
				+ "</Relationships>");
		entries.put("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"" + NS + "\"><sheetData>" + sheetData
				+ "</sheetData></worksheet>");
		entries.put("xl/styles.xml", STYLES);
		entries.put("xl/sharedStrings.xml", SHARED);
		return entries;
	}

	private static String override(String part, String type) {
		return "<Override PartName=\"" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument." + type
				+ "+xml\"/>";
	}

	private static String relationship(String id, String type, String target) {
		return "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
				+ "relationships/" + type + "\" Target=\"" + target + "\"/>";
	}

}
