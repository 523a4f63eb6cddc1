package cn.minsheng.rollup.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class FormFileNamesTest {

	@Test
	void namesTheFileAfterUnitAndMonth() {
		assertThat(FormFileNames.fileName("县人社局", YearMonth.of(2023, 11), ".xlsx"))
			.isEqualTo("县人社局-2023年11月-月报表.xlsx");
		assertThat(FormFileNames.baseName("县交警大队", YearMonth.of(2023, 1))).isEqualTo("县交警大队-2023年1月-月报表");
	}

	@Test
	void replacesCharactersFileSystemsForbid() {
		assertThat(FormFileNames.sanitize("县住建局/城管:执法*队?")).isEqualTo("县住建局_城管_执法_队_");
		assertThat(FormFileNames.sanitize("\"县\"<医保>|局\\")).isEqualTo("_县__医保__局_");
	}

	@Test
	void trimsSpacesAndDotsWindowsWouldDrop() {
		assertThat(FormFileNames.sanitize("  县残联. ")).isEqualTo("县残联");
		assertThat(FormFileNames.sanitize(" . ")).isEqualTo("_");
	}

}
