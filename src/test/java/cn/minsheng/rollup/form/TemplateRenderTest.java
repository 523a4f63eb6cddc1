package cn.minsheng.rollup.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.testing.Prerequisites;
import cn.minsheng.rollup.testing.SlowTest;

/**
 * Renders a template with LibreOffice (as a unit without Excel would open it) and reads the PDF's text back: the
 * Chinese title must come out as text, not as missing glyphs. Skipped where LibreOffice or poppler's pdftotext is
 * not installed ({@code apt-get install libreoffice-calc-nogui fonts-noto-cjk poppler-utils}).
 */
@Tag("libreoffice")
@SlowTest
class TemplateRenderTest {

	@TempDir
	Path dir;

	@Test
	void rendersTheChineseTitleWithLibreOffice() throws Exception {
		Prerequisites.requirePrograms("the render check needs LibreOffice and poppler-utils", "soffice", "pdftotext");
		Path template = new FormTemplateWriter().write(BundledCatalog.load(), "县民政局", YearMonth.of(2023, 11),
				TemplateOptions.defaults(), this.dir);
		Path profile = this.dir.resolve("lo-profile");

		run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
				"--outdir", this.dir.toString(), template.toString()));
		Path pdf = this.dir.resolve("县民政局-2023年11月-月报表.pdf");
		assertThat(pdf).isRegularFile();
		assertThat(Files.size(pdf)).isGreaterThan(5_000);
		Path text = this.dir.resolve("template.txt");
		run(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), text.toString()));

		String content = Files.readString(text, StandardCharsets.UTF_8);
		assertThat(content).contains("湘潭县2023年重点民生实事项目进展情况月报表", "填报单位：县民政局", "城市低保平均标准");
	}

	private void run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(this.dir.resolve("process.log").toFile())
			.start();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("timed out after 120 s: " + command);
		}
		assertThat(process.exitValue()).as("exit value of " + command.get(0)).isZero();
	}


}
