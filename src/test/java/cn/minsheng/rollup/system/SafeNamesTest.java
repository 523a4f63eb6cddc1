package cn.minsheng.rollup.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Names read from a file or its name become one harmless path segment that still reads like the original.
 */
class SafeNamesTest {

	@Test
	void keepsAnOrdinaryNameAsItIs() {
		assertThat(SafeNames.fileName("县人社局 2023年11月 月报表 (1).xlsx")).isEqualTo("县人社局 2023年11月 月报表 (1).xlsx");
	}

	@Test
	void aDoubleDotBeforeTheExtensionKeepsTheExtension() {
		assertThat(SafeNames.fileName("县人社局11月..xlsx")).isEqualTo("县人社局11月.xlsx");
	}

	@Test
	void textThatClimbsOutOfFoldersStaysOneSegment() {
		assertThat(SafeNames.segment("../../../../逃逸/县人社局")).isEqualTo("_._._._逃逸_县人社局");
		assertThat(SafeNames.fileName("..\\..\\windows\\报表.xlsx")).isEqualTo("_._windows_报表.xlsx");
		assertThat(SafeNames.segment("..")).isEqualTo("未识别");
		assertThat(SafeNames.fileName("..")).isEqualTo("文件");
	}

	@Test
	void dropsWhatWindowsWouldDropOrRefuse() {
		assertThat(SafeNames.fileName("报表:11月?.xlsx")).isEqualTo("报表_11月_.xlsx");
		assertThat(SafeNames.segment("县人社局. ")).isEqualTo("县人社局");
		assertThat(SafeNames.fileName("a\u0007b\nc.xlsx")).isEqualTo("a_b_c.xlsx");
	}

	@Test
	void keepsPercentSignsWhichAreHarmless() {
		assertThat(SafeNames.fileName("县人社局%2F..%2F11月%20报表.xlsx")).isEqualTo("县人社局%2F.%2F11月%20报表.xlsx");
	}

	@Test
	void shortensAVeryLongNameWithinTheFileSystemsLimitKeepingTheExtension() {
		String name = SafeNames.fileName("县".repeat(300) + ".xlsx");

		assertThat(name).endsWith(".xlsx").startsWith("县县县");
		assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(180);
	}

}
