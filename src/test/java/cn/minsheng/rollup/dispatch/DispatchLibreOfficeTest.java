package cn.minsheng.rollup.dispatch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.testing.Prerequisites;
import cn.minsheng.rollup.testing.SlowTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens the bulletin and a letter in LibreOffice headless and prints them to PDF: the Chinese text must come out
 * intact (not as boxes or question marks, which pdftotext would show), on A4, with page numbers. Skipped where
 * LibreOffice or poppler-utils are not installed. With {@code DISPATCH_KEEP_DIR} set, the documents, PDFs and a PNG
 * of each first page are copied there for a look.
 */
@SlowTest
class DispatchLibreOfficeTest {

	@Test
	void convertsTheBulletinAndALetterToPdfWithTheChineseTextIntact(@TempDir Path dir) throws Exception {
		Prerequisites.requirePrograms("the PDF conversion check needs LibreOffice and poppler-utils", "soffice",
				"pdftotext", "pdfinfo");
		DispatchHarness harness = new DispatchHarness(dir);
		DispatchService.DispatchOutcome outcome = harness.service().writeDocuments(DispatchFixture.NOVEMBER);
		Path letter = outcome.letters().get(0).file();

		String bulletinText = pdfText(dir, outcome.bulletin());
		String letterText = pdfText(dir, letter);

		assertThat(bulletinText.replaceAll("\\s+", "")).contains("湘潭县重点民生实事工作情况通报", "（第1期）", "各县直责任单位：",
				"一、总体进展情况", "三、滞后指标情况", "湘潭县重点民生实事工作专班办公室", "2023年12月1日", "失业人员再就业", "县住建局");
		assertThat(bulletinText).containsPattern("—\\s*1\\s*—").containsPattern("—\\s*2\\s*—")
			.doesNotContain("\uFFFD", "?");
		assertThat(letterText.replaceAll("\\s+", "")).contains("督办函", outcome.letters().get(0).serial(),
				outcome.letters().get(0).unit() + "：", "2023年12月8日前");
		assertThat(letterText).doesNotContain("\uFFFD", "?");
		assertThat(run(dir, "pdfinfo", pdf(dir, outcome.bulletin()).toString())).contains("(A4)");
	}

	private String pdfText(Path dir, Path docx) throws IOException, InterruptedException {
		run(dir, "soffice", "-env:UserInstallation=file://" + dir.resolve("lo-profile").toAbsolutePath(), "--headless",
				"--convert-to", "pdf", "--outdir", dir.toString(), docx.toString());
		Path pdf = pdf(dir, docx);
		assertThat(pdf).exists().isNotEmptyFile();
		Path txt = dir.resolve("text.txt");
		run(dir, "pdftotext", "-layout", pdf.toString(), txt.toString());
		keep(dir, docx, pdf);
		return Files.readString(txt, StandardCharsets.UTF_8);
	}

	private static Path pdf(Path dir, Path docx) {
		return dir.resolve(docx.getFileName().toString().replaceAll("\\.docx$", ".pdf"));
	}

	private static void keep(Path dir, Path docx, Path pdf) throws IOException, InterruptedException {
		String keep = System.getenv("DISPATCH_KEEP_DIR");
		if (keep == null) {
			return;
		}
		Path target = Files.createDirectories(Path.of(keep));
		Files.copy(docx, target.resolve(docx.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		Files.copy(pdf, target.resolve(pdf.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		if (Prerequisites.onPath("pdftoppm")) {
			String stem = pdf.getFileName().toString().replaceAll("\\.pdf$", "");
			run(dir, "pdftoppm", "-png", "-r", "60", pdf.toString(), target.resolve(stem).toString());
		}
	}


	private static String run(Path dir, String... command) throws IOException, InterruptedException {
		Path log = dir.resolve("process.log");
		Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		boolean finished = process.waitFor(180, TimeUnit.SECONDS);
		if (!finished) {
			process.destroyForcibly();
		}
		assertThat(finished).as("%s finished within 3 minutes", command[0]).isTrue();
		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(process.exitValue()).as("%s exit code; log: %s", command[0], output).isZero();
		return output;
	}

}
