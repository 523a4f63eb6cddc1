package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The number format of each cell style, read from {@code styles.xml} in one pass, must be the one POI's
 * {@code StylesTable} gives: it decides whether a number shows as a date, a percentage or plain.
 */
class XlsxStylesTest {

	private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	@Test
	void givesEveryStyleOfAnExcelWorkbookThePatternPoiGivesIt() throws Exception {
		byte[] stylesXml = stylesOfWorkbookWith(List.of("General", "0.00", "yyyy\"年\"m\"月\"d\"日\"", "0.0%", "m/d/yy",
				"#,##0", "[$-804]yyyy/m/d", "@", "0.000_ "));

		XlsxCellFormats ours = formats(XlsxStyles.parse(new ByteArrayInputStream(stylesXml)));
		StylesTable poi = new StylesTable(new ByteArrayInputStream(stylesXml));

		assertThat(poi.getNumCellStyles()).isGreaterThan(9);
		for (int style = 0; style < poi.getNumCellStyles(); style++) {
			XSSFCellStyle expected = poi.getStyleAt(style);
			XlsxCellFormats.CellFormat actual = ours.forStyle(Integer.toString(style));
			assertThat(actual.index()).as("style %d", style).isEqualTo(expected.getDataFormat());
			assertThat(actual.pattern()).as("style %d", style).isEqualTo(expected.getDataFormatString());
		}
	}

	@Test
	void takesFormatsOnlyFromNumFmtsAndStylesOnlyFromCellXfs() throws Exception {
		String xml = "<styleSheet xmlns=\"" + NS + "\"><numFmts count=\"2\">"
				+ "<numFmt numFmtId=\"176\" formatCode=\"0.0\"/><numFmt numFmtId=\"176\" formatCode=\"0.00%\"/></numFmts>"
				+ "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
				+ "<cellXfs count=\"3\"><xf numFmtId=\"176\"/><xf/><xf numFmtId=\" 177 \"/></cellXfs>"
				+ "<dxfs count=\"1\"><dxf><numFmt numFmtId=\"177\" formatCode=\"yyyy-mm-dd\"/></dxf></dxfs></styleSheet>";

		XlsxStyles styles = XlsxStyles.parse(stream(xml));
		StylesTable poi = new StylesTable(stream(xml));

		assertThat(styles.styleCount()).isEqualTo(3).isEqualTo(poi.getNumCellStyles());
		assertThat(styles.customPattern(styles.formatIndex(0))).isEqualTo("0.00%")
			.isEqualTo(poi.getStyleAt(0).getDataFormatString());
		assertThat(styles.formatIndex(1)).isZero();
		assertThat(styles.formatIndex(2)).isEqualTo((short) 177);
		assertThat(styles.customPattern((short) 177)).isNull();
		assertThat(formats(styles).forStyle("2").pattern()).isEqualTo(poi.getStyleAt(2).getDataFormatString());
	}

	@Test
	void aStyleTheWorkbookLacksShowsNumbersUnformatted() throws Exception {
		XlsxCellFormats formats = formats(XlsxStyles.parse(stream("<styleSheet xmlns=\"" + NS + "\">"
				+ "<cellXfs count=\"1\"><xf numFmtId=\"10\"/></cellXfs></styleSheet>")));

		assertThat(formats.forStyle("0").pattern()).isEqualTo("0.00%");
		assertThat(formats.forStyle("7").pattern()).isNull();
		assertThat(formats.forStyle(null).pattern()).isEqualTo("0.00%");
	}

	@Test
	void aPartThatIsNotAStyleSheetFailsTheFile() {
		assertThatThrownBy(() -> XlsxStyles.parse(stream("<worksheet xmlns=\"" + NS + "\"/>")))
			.isInstanceOf(IOException.class);
	}

	private static XlsxCellFormats formats(XlsxStyles styles) {
		return new XlsxCellFormats(styles, new CellValues(false));
	}

	private static InputStream stream(String xml) {
		return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] stylesOfWorkbookWith(List<String> patterns) throws Exception {
		ByteArrayOutputStream saved = new ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			for (String pattern : patterns) {
				workbook.createCellStyle().setDataFormat(workbook.createDataFormat().getFormat(pattern));
			}
			workbook.write(saved);
		}
		try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(saved.toByteArray()))) {
			PackagePart part = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType()).get(0);
			try (InputStream in = part.getInputStream()) {
				return in.readAllBytes();
			}
		}
	}

}
