package cn.minsheng.rollup.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.progress.ProgressThresholds;
import cn.minsheng.rollup.testing.Prerequisites;
import cn.minsheng.rollup.testing.SlowTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opens the summary in LibreOffice headless and prints it to PDF: a workbook LibreOffice would need to repair fails
 * to convert; the charts must come out with it. Skipped where LibreOffice or pdftotext is not installed (fails in CI).
 */
@SlowTest
class SummaryLibreOfficeTest {

	@Test
	void convertsToPdfWithTitleTablesAndCharts(@TempDir Path dir) throws Exception {
		Prerequisites.requirePrograms("the PDF conversion check needs LibreOffice and poppler-utils", "soffice",
				"pdftotext");
		Catalog catalog = SummaryFixture.catalog();
		CountySummary summary = CountySummary.of(catalog, SummaryFixture.november(catalog),
				ProgressThresholds.defaults());
		Path xlsx = dir.resolve("湘潭县重点民生实事进展汇总表-2023年11月.xlsx");
		new CountySummaryWriter().write(summary, CountySummaryWriterTest.TITLE, LocalDateTime.of(2023, 12, 1, 8, 0),
				xlsx);

		run(dir, "soffice", "-env:UserInstallation=file://" + dir.resolve("lo-profile").toAbsolutePath(), "--headless",
				"--convert-to", "pdf", "--outdir", dir.toString(), xlsx.toString());
		Path pdf = dir.resolve("湘潭县重点民生实事进展汇总表-2023年11月.pdf");
		assertThat(pdf).exists().isNotEmptyFile();
		String keep = System.getenv("SUMMARY_KEEP_DIR");
		if (keep != null) {
			Files.copy(xlsx, Path.of(keep).resolve(xlsx.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			Files.copy(pdf, Path.of(keep).resolve(pdf.getFileName()), StandardCopyOption.REPLACE_EXISTING);
		}
		run(dir, "pdftotext", "-layout", pdf.toString(), dir.resolve("summary.txt").toString());
		String text = Files.readString(dir.resolve("summary.txt"), StandardCharsets.UTF_8);

		assertThat(text).contains(CountySummaryWriterTest.TITLE, "一、总体情况", "七、月度趋势", "县行政审批服务局",
				"=SUM(A1:A9)", "生成时间：2023-12-01 08:00");
		assertThat(text).containsPattern("第\\s*1\\s*页\\s*共\\s*\\d+\\s*页");
		// chart titles are drawn as text: the charts were rendered
		assertThat(text).contains("全县指标进度分类分布", "各责任单位平均进度", "全县及各层级平均进度月度趋势");
	}


	private static void run(Path dir, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(dir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(dir.resolve("process.log").toFile())
			.start();
		boolean finished = process.waitFor(180, TimeUnit.SECONDS);
		if (!finished) {
			process.destroyForcibly();
		}
		assertThat(finished).as("%s finished within 3 minutes", command[0]).isTrue();
		assertThat(process.exitValue()).as("%s exit code; log: %s", command[0],
				Files.readString(dir.resolve("process.log"))).isZero();
	}

}
