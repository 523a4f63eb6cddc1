package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFormatSnifferTest {

	private final FileFormatSniffer sniffer = new FileFormatSniffer();

	@TempDir
	Path dir;

	@Nested
	class Readable {

		@Test
		void recognisesXlsxByContentEvenWhenNamedXls() throws Exception {
			Path file = SampleForms.templateForm().writeXlsx(dir, "县人社局11月.xls");

			assertThat(sniffer.sniff(file)).isEqualTo(FileFormat.XLSX);
		}

		@Test
		void recognisesBiff8XlsByContentEvenWhenNamedXlsx() throws Exception {
			Path file = SampleForms.templateForm().writeXls(dir, "县人社局11月.xlsx");

			assertThat(sniffer.sniff(file)).isEqualTo(FileFormat.XLS);
		}

		@Test
		void treatsXlsProtectedWithExcelsDefaultPasswordAsReadable() throws Exception {
			Path file = CraftedFiles.passwordXls(dir.resolve("结构保护.xls"), "VelvetSweatshop");

			assertThat(sniffer.sniff(file)).isEqualTo(FileFormat.XLS);
		}

	}

	@Nested
	class Rejected {

		@Test
		void emptyFile() throws Exception {
			assertThat(sniffer.sniff(CraftedFiles.bytes(dir.resolve("a.xlsx"), new byte[0])))
				.isEqualTo(FileFormat.EMPTY);
		}

		@Test
		void xlsxSavedWithOpenPassword() throws Exception {
			assertThat(sniffer.sniff(CraftedFiles.encryptedXlsx(dir.resolve("a.xlsx")))).isEqualTo(FileFormat.ENCRYPTED);
		}

		@Test
		void xlsSavedWithOpenPassword() throws Exception {
			assertThat(sniffer.sniff(CraftedFiles.passwordXls(dir.resolve("a.xls"), "123456")))
				.isEqualTo(FileFormat.ENCRYPTED);
		}

		@Test
		void excel95Workbook() throws Exception {
			assertThat(sniffer.sniff(CraftedFiles.biff5(dir.resolve("a.xls")))).isEqualTo(FileFormat.EXCEL_95);
		}

		@Test
		void bareBiff4Stream() throws Exception {
			byte[] biff4 = { 0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00 };
			assertThat(sniffer.sniff(CraftedFiles.bytes(dir.resolve("a.xls"), biff4)))
				.isEqualTo(FileFormat.EXCEL_2_TO_4);
		}

		@Test
		void wordDocumentInOle2() throws Exception {
			assertThat(sniffer.sniff(CraftedFiles.ole2(dir.resolve("a.xls"), "WordDocument", new byte[600])))
				.isEqualTo(FileFormat.DOC);
		}

		@Test
		void wpsEtFileWithoutWorkbookStream() throws Exception {
			assertThat(sniffer.sniff(CraftedFiles.ole2(dir.resolve("月报.et"), "WpsContent", new byte[600])))
				.isEqualTo(FileFormat.ET);
		}

		@Test
		void damagedOle2() throws Exception {
			byte[] header = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
					(byte) 0xE1 };
			assertThat(sniffer.sniff(CraftedFiles.bytes(dir.resolve("a.xls"), CraftedFiles.concat(header,
					new byte[100])))).isEqualTo(FileFormat.CORRUPT);
		}

		@Test
		void excelBinaryWorkbook() throws Exception {
			Path file = CraftedFiles.zip(dir.resolve("a.xlsx"), Map.of("[Content_Types].xml", "<Types/>",
					"xl/workbook.bin", "binary"));
			assertThat(sniffer.sniff(file)).isEqualTo(FileFormat.XLSB);
		}

		@Test
		void openDocumentSpreadsheet() throws Exception {
			Path file = CraftedFiles.zip(dir.resolve("a.xlsx"), Map.of("mimetype",
					"application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<office:document-content/>"));
			assertThat(sniffer.sniff(file)).isEqualTo(FileFormat.ODS);
		}

		@Test
		void wordDocx() throws Exception {
			Path file = CraftedFiles.zip(dir.resolve("a.xlsx"), Map.of("[Content_Types].xml", "<Types/>",
					"word/document.xml", "<w:document/>"));
			assertThat(sniffer.sniff(file)).isEqualTo(FileFormat.DOCX);
		}

		@Test
		void strictOpenXml() throws Exception {
			Path file = CraftedFiles.zip(dir.resolve("a.xlsx"), Map.of("[Content_Types].xml", "<Types/>",
					"xl/workbook.xml", "<workbook xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"/>"));
			assertThat(sniffer.sniff(file)).isEqualTo(FileFormat.STRICT_OOXML);
		}

		@Test
		void otherZipArchive() throws Exception {
			Path file = CraftedFiles.zip(dir.resolve("a.xlsx"), Map.of("县人社局/月报表.xlsx", "x", "readme.txt", "y"));
			assertThat(sniffer.sniff(file)).isEqualTo(FileFormat.ARCHIVE);
		}

		@Test
		void excelPackageWithoutItsWorkbookPartIsDamagedNotAnArchive() throws Exception {
			Path file = CraftedFiles.zip(dir.resolve("a.xlsx"), Map.of("[Content_Types].xml", "<Types/>",
					"xl/worksheets/sheet1.xml", "<worksheet/>", "xl/styles.xml", "<styleSheet/>"));
			assertThat(sniffer.sniff(file)).isEqualTo(FileFormat.CORRUPT);
		}

		@Test
		void truncatedXlsx() throws Exception {
			Path whole = SampleForms.templateForm().writeXlsx(dir, "whole.xlsx");
			assertThat(sniffer.sniff(CraftedFiles.truncated(whole, dir.resolve("half.xlsx"))))
				.isEqualTo(FileFormat.CORRUPT);
		}

		@Test
		void emptyZip() throws Exception {
			byte[] endOfCentralDirectory = CraftedFiles.concat(new byte[] { 'P', 'K', 5, 6 }, new byte[18]);
			assertThat(sniffer.sniff(CraftedFiles.bytes(dir.resolve("a.xlsx"), endOfCentralDirectory)))
				.isEqualTo(FileFormat.CORRUPT);
		}

		@Test
		void pdf() throws Exception {
			assertThat(sniffer.sniff(CraftedFiles.text(dir.resolve("a.xlsx"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n")))
				.isEqualTo(FileFormat.PDF);
		}

		@Test
		void png() throws Exception {
			byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };
			assertThat(sniffer.sniff(CraftedFiles.bytes(dir.resolve("a.xlsx"), png))).isEqualTo(FileFormat.IMAGE);
		}

		@Test
		void csvText() throws Exception {
			Path file = CraftedFiles.text(dir.resolve("a.xls"), "项目编码,本月完成,累计完成\nS01-1,520,6010\n");
			assertThat(sniffer.sniff(file)).isEqualTo(FileFormat.CSV);
		}

		@Test
		void plainTextWithoutDelimiters() throws Exception {
			assertThat(sniffer.sniff(CraftedFiles.text(dir.resolve("a.xls"), "请查收附件\n谢谢\n")))
				.isEqualTo(FileFormat.UNKNOWN);
		}

	}

}
