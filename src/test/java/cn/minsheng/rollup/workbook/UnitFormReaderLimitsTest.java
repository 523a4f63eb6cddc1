package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipFile;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.form.FormColumn;

/**
 * The limits intake puts on a file, one small file each: size, time, cell text, and the formats and structures that
 * are refused by name.
 */
class UnitFormReaderLimitsTest {

	private final UnitFormReader reader = new UnitFormReader();

	@TempDir
	Path dir;

	private FormReadException rejection(UnitFormReader reader, Path file) {
		return catchThrowableOfType(FormReadException.class, () -> reader.read(file, (row) -> {
		}));
	}

	private FormReadException rejection(Path file) {
		return rejection(this.reader, file);
	}

	@Nested
	class SizeAndTime {

		@Test
		void refusesAFileOverAHundredMegabytesWithoutReadingIt() throws IOException {
			Path file = dir.resolve("大文件.xlsx");
			try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
				sparse.setLength(101L * 1024 * 1024);
			}

			FormReadException rejection = rejection(file);

			assertThat(rejection.kind()).isEqualTo(RejectionKind.TOO_LARGE);
			assertThat(rejection).hasMessageStartingWith("文件过大（101 MB）");
		}

		@Test
		void stopsReadingWhenTheFilesTimeIsUp() {
			Path form = SampleForms.templateForm().writeXlsx(dir, "月报表.xlsx");
			UnitFormReader impatient = new UnitFormReader(Duration.ZERO, Duration.ZERO);

			FormReadException rejection = rejection(impatient, form);

			assertThat(rejection.kind()).isEqualTo(RejectionKind.TOO_LARGE);
			assertThat(rejection.getMessage()).startsWith("文件内容过多或结构过于复杂，读取 0 秒仍未完成");
		}

		@Test
		void doesNotCountTheTimeTheReceiverOfTheListRowsTakes() throws Exception {
			WorkbookSpec workbook = SampleForms.templateForm();
			Path form = workbook.writeXlsx(dir, "月报表.xlsx");
			UnitFormReader twoSeconds = new UnitFormReader(Duration.ofSeconds(2), Duration.ZERO);
			int[] rows = { 0 };

			twoSeconds.read(form, (row) -> {
				rows[0]++;
				sleep(Duration.ofMillis(800));
			});

			assertThat(rows[0]).isEqualTo(4);
		}

		@Test
		void givesALargerFileMoreTime() {
			assertThat(ReadDeadline.budgetFor(30_000, Duration.ofSeconds(8), Duration.ofSeconds(2)))
				.isEqualTo(Duration.ofSeconds(10));
			assertThat(ReadDeadline.budgetFor(10L * 1024 * 1024 + 1, Duration.ofSeconds(8), Duration.ofSeconds(2)))
				.isEqualTo(Duration.ofSeconds(30));
		}

		@Test
		void cutsAHugeSharedStringToExcelsLimitOnceForEveryCellUsingIt() throws Exception {
			Path form = SampleForms.templateForm().writeXlsx(dir, "月报表.xlsx");
			String huge = chineseText(200_000);
			Path file = CraftedFiles.rewriteEntry(form, dir.resolve("长文字.xlsx"), "xl/sharedStrings.xml",
					(xml) -> xml.replace("<t>无</t>", "<t>" + huge + "</t>"));

			ParsedForm read = reader.read(file, (row) -> {
			});

			String first = read.rows().get(0).cell(FormColumn.PROBLEMS).text();
			assertThat(first).hasSize(IntakeLimits.MAX_CELL_TEXT).isEqualTo(huge.substring(0, first.length()));
			assertThat(read.rows().get(2).cell(FormColumn.PROBLEMS).text()).isSameAs(first);
		}

	}

	@Nested
	class FormatsRefusedByName {

		@Test
		void openDocumentSpreadsheet() {
			Path file = CraftedFiles.zip(dir.resolve("a.ods"), Map.of("mimetype",
					"application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<office:document-content/>"));

			FormReadException rejection = rejection(file);

			assertThat(rejection.kind()).isEqualTo(RejectionKind.UNSUPPORTED_FORMAT);
			assertThat(rejection.getMessage()).contains("OpenDocument 表格（.ods）").contains("另存为 .xlsx");
		}

		@Test
		void excel4Worksheet() {
			byte[] biff4 = { 0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00 };

			FormReadException rejection = rejection(CraftedFiles.bytes(dir.resolve("a.xls"), biff4));

			assertThat(rejection.kind()).isEqualTo(RejectionKind.UNSUPPORTED_FORMAT);
			assertThat(rejection.getMessage()).contains("Excel 2.x–4.0");
		}

		@Test
		void strictOpenXml() {
			Path form = SampleForms.templateForm().writeXlsx(dir, "月报表.xlsx");
			Path strict = CraftedFiles.rewriteEntry(form, dir.resolve("strict.xlsx"), "xl/workbook.xml",
					(xml) -> xml.replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
							"http://purl.oclc.org/ooxml/spreadsheetml/main"));

			FormReadException rejection = rejection(strict);

			assertThat(rejection.kind()).isEqualTo(RejectionKind.UNSUPPORTED_FORMAT);
			assertThat(rejection.getMessage()).contains("Strict OOXML");
		}

		@Test
		void randomBytesAreNotASpreadsheet() {
			byte[] noise = new byte[4096];
			new Random(1).nextBytes(noise);

			FormReadException rejection = rejection(CraftedFiles.bytes(dir.resolve("a.xlsx"), noise));

			assertThat(rejection.kind()).isEqualTo(RejectionKind.NOT_SPREADSHEET);
			assertThat(rejection).hasMessage(FileFormat.UNKNOWN.reason());
		}

	}

	@Nested
	class HostileStructure {

		@Test
		void refusesAZipThatHoldsTheSameSheetTwice() throws IOException {
			Path form = SampleForms.templateForm().writeXlsx(dir, "月报表.xlsx");
			Path twice = dir.resolve("两份.xlsx");
			try (ZipFile zip = new ZipFile(form.toFile());
					OutputStream out = Files.newOutputStream(twice);
					ZipArchiveOutputStream copy = new ZipArchiveOutputStream(out)) {
				for (var entry : java.util.Collections.list(zip.entries())) {
					copy.putArchiveEntry(new ZipArchiveEntry(entry.getName()));
					copy.write(zip.getInputStream(entry).readAllBytes());
					copy.closeArchiveEntry();
				}
				copy.putArchiveEntry(new ZipArchiveEntry("xl/worksheets/sheet1.xml"));
				copy.write("<worksheet/>".getBytes(StandardCharsets.UTF_8));
				copy.closeArchiveEntry();
			}

			FormReadException rejection = rejection(twice);

			assertThat(rejection.kind()).isEqualTo(RejectionKind.CORRUPT);
		}

		@Test
		void refusesEntitiesInTheSharedStringsWithoutExpandingThem() {
			Path form = SampleForms.templateForm().writeXlsx(dir, "月报表.xlsx");
			StringBuilder dtd = new StringBuilder("<!DOCTYPE sst [<!ENTITY a0 \"哈\">");
			for (int i = 1; i <= 9; i++) {
				String tenOfTheLast = ("&a" + (i - 1) + ";").repeat(10);
				dtd.append("<!ENTITY a").append(i).append(" \"").append(tenOfTheLast).append("\">");
			}
			Path laughs = CraftedFiles.rewriteEntry(form, dir.resolve("laughs.xlsx"), "xl/sharedStrings.xml",
					(xml) -> xml.replaceFirst("\\?>", "?>" + dtd + "]>").replace("<t>无</t>", "<t>&a9;</t>"));

			FormReadException rejection = rejection(laughs);

			assertThat(rejection.kind()).isEqualTo(RejectionKind.CORRUPT);
			assertThat(rejection.getMessage()).contains("DOCTYPE 或实体").doesNotContain("哈哈");
		}

	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String chineseText(int length) {
		Random random = new Random(3);
		StringBuilder text = new StringBuilder(length);
		while (text.length() < length) {
			text.appendCodePoint(0x4E00 + random.nextInt(0x5000));
		}
		return text.toString();
	}

}
