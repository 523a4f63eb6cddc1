package cn.minsheng.rollup.system;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A locale that cannot spell Chinese file names is named, with what to set; one that can passes. */
class FileNameEncodingTest {

	@Test
	void asciiLocaleOfCronAndMinimalServersIsRefusedWithWhatToSet() {
		assertThat(FileNameEncoding.problem("ANSI_X3.4-1968", "Linux")).get()
			.asString()
			.contains("ANSI_X3.4-1968", "LANG=C.UTF-8");
	}

	@Test
	void localesThatSpellChineseNamesAreAccepted() {
		assertThat(FileNameEncoding.problem("UTF-8", "Linux")).isEmpty();
		assertThat(FileNameEncoding.problem("GB18030", "Linux")).isEmpty();
		assertThat(FileNameEncoding.problem("Cp1252", "Windows 11")).isEmpty();
	}

}
