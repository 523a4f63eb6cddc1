package cn.minsheng.rollup.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class UnitNamesTest {

	private final List<String> year2023 = List.of("县人社局", "县民政局", "县医保局");

	private final List<String> year2024 = List.of("县人力资源和社会保障局", "县民政局");

	@Test
	void declaredTextIsMatchedExactlyWithExtraWordsOrWithoutTheCountyPrefix() {
		UnitNames names = UnitNames.of(this.year2023);

		assertThat(names.inDeclaredText(" 县 民政局 ")).contains("县民政局");
		assertThat(names.inDeclaredText("县人社局（盖章）")).contains("县人社局");
		assertThat(names.inDeclaredText("医保局")).contains("县医保局");
		assertThat(names.inDeclaredText("局")).isEmpty();
	}

	@Test
	void aFileNameNamingTwoUnitsNamesNone() {
		assertThat(UnitNames.of(this.year2023).inFreeText("县人社局-县民政局-2023年10月.xlsx")).isEmpty();
		assertThat(UnitNames.of(this.year2023).inFreeText("县人社局-2023年10月.xlsx")).contains("县人社局");
	}

	@Test
	void eachYearsUnitsAreMatchedAgainstThatYearsListWhenYearsAlternate() {
		for (int i = 0; i < 3; i++) {
			assertThat(UnitNames.of(this.year2023).inFreeText("县人社局-2023年12月.xlsx")).contains("县人社局");
			assertThat(UnitNames.of(this.year2024).inFreeText("县人社局-2024年1月.xlsx")).isEmpty();
			assertThat(UnitNames.of(this.year2024).inFreeText("县人力资源和社会保障局-2024年1月.xlsx"))
				.contains("县人力资源和社会保障局");
		}
	}

}
