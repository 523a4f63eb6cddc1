package cn.minsheng.rollup.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RejectionNoticeWriterTest {

	@TempDir
	Path dir;

	private final RejectionNoticeWriter writer = new RejectionNoticeWriter();

	@Test
	void writesUtf8WithByteOrderMarkAndWindowsLineEndings() throws IOException {
		Path out = this.writer.write("县民政局11月.xlsx", "县民政局", YearMonth.of(2023, 11), "数据校验未通过",
				List.of(Rule.NOT_A_NUMBER.at("月报表", "J7", "月报表 J7「累计完成」应为数字，实际填写为「约120」")),
				this.dir.resolve("县民政局11月.xlsx.退回说明.txt"));

		byte[] bytes = Files.readAllBytes(out);
		assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		assertThat(text).endsWith("\r\n");
	}

	@Test
	void saysWhichFileWasSentBackWhyAndWhatToDo() throws IOException {
		Path out = this.writer.write("县民政局11月.xlsx", "县民政局", YearMonth.of(2023, 11), "数据校验未通过",
				List.of(Rule.NOT_A_NUMBER.at("月报表", "J7", "月报表 J7「累计完成」应为数字，实际填写为「约120」"),
						Rule.INDICATOR_MISSING.at("月报表", "", "月报表 缺少本单位指标 S06-1「城市低保平均标准」的行")),
				this.dir.resolve("notice.txt"));

		List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
		assertThat(lines).contains("文件名：县民政局11月.xlsx", "填报单位：县民政局", "报送月份：2023年11月", "处理结果：退回",
				"原因：数据校验未通过", "问题明细（共 2 处）：", "1. [V202] 月报表 J7「累计完成」应为数字，实际填写为「约120」",
				"2. [V209] 月报表 缺少本单位指标 S06-1「城市低保平均标准」的行", "处理办法：");
		assertThat(String.join("\n", lines)).contains("重新报送");
	}

	@Test
	void saysWhenTheUnitAndMonthCouldNotBeTold() throws IOException {
		Path out = this.writer.write("扫描件.pdf", null, null, "文件为 PDF 文档，不是月报表；\n请使用下发的月报表模板（.xlsx）填报", List.of(),
				this.dir.resolve("sub").resolve("notice.txt"));

		List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
		assertThat(lines).contains("填报单位：未能识别", "报送月份：未能识别",
				"原因：文件为 PDF 文档，不是月报表； 请使用下发的月报表模板（.xlsx）填报");
		assertThat(lines).noneMatch((l) -> l.startsWith("问题明细"));
	}

}
