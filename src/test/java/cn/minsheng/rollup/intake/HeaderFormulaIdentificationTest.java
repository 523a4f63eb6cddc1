package cn.minsheng.rollup.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.form.FormLayout;
import cn.minsheng.rollup.intake.Identification.Source;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;
import cn.minsheng.rollup.testing.Prerequisites;
import cn.minsheng.rollup.testing.SlowTest;
import cn.minsheng.rollup.workbook.HandMadeForms;
import cn.minsheng.rollup.workbook.RejectionKind;
import cn.minsheng.rollup.workbook.UnitFormReader;

/**
 * A form pasted into a new workbook (no hidden 表单信息), saved by LibreOffice, whose 填报单位 and 报送月份 a script
 * then wrote as formulas without results: identified from what Excel would show, or told that the cell is a formula
 * without a result, never that it is empty.
 */
@SlowTest
class HeaderFormulaIdentificationTest {

	private static final Catalog CATALOG = BundledCatalog.load();

	private static final YearMonth NOVEMBER = YearMonth.of(2023, 11);

	@TempDir
	Path dir;

	@BeforeEach
	void libreOffice() {
		Prerequisites.require(HandMadeForms.libreOfficeInstalled(), "soffice is not installed");
	}

	@Test
	void identifiesTheUnitAndMonthThatHeaderFormulasCalculateTo() throws Exception {
		Path saved = formWithHeader(Map.of("A2", "\"填报单位：\"&\"县残联\"", "I2", "\"报送月份：\"&TEXT(45231,\"yyyy年m月\")"));

		Identification id = new FormIdentifier().identify(new UnitFormReader().read(saved, (row) -> {
		}), "月报.xlsx", CATALOG);

		assertThat(id.unit()).isEqualTo("县残联");
		assertThat(id.unitSource()).isEqualTo(Source.HEADER);
		assertThat(id.period()).isEqualTo(NOVEMBER);
		assertThat(id.periodSource()).isEqualTo(Source.HEADER);
	}

	@Test
	void aMonthFormulaThatCannotBeCalculatedIsNamedNotCalledEmpty() throws Exception {
		Path saved = formWithHeader(Map.of("I2", "[1]Sheet1!A1"));

		UnclearIdentityException rejection = catchThrowableOfType(UnclearIdentityException.class,
				() -> new FormIdentifier().identify(new UnitFormReader().read(saved, (row) -> {
				}), "月报.xlsx", CATALOG));

		assertThat(rejection.kind()).isEqualTo(RejectionKind.UNIDENTIFIED);
		assertThat(rejection.getMessage()).isEqualTo("无法确定报送月份：表头「报送月份」为空（表头中 I2 为公式，但文件中没有计算结果；"
				+ "请在 Excel 或 WPS 中打开、保存），文件名中也没有月份。请在「报送月份」处按「2023年11月」的格式填写，然后重新报送")
			.doesNotContain("「报送月份」为空，");
	}

	private Path formWithHeader(Map<String, String> formulas) throws Exception {
		SampleSpec spec = SampleSpec.of(NOVEMBER).withUnits(List.of("县残联"));
		Path made = new SampleMonthGenerator(CATALOG).generateMonth(spec, NOVEMBER, this.dir.resolve("made")).get(0)
			.file();
		Path saved = HandMadeForms.savedByLibreOffice(made, "xlsx", this.dir, "pasted.xlsx");
		HandMadeForms.removeSheet(saved, FormLayout.META_SHEET);
		HandMadeForms.writeFormulas(saved, FormLayout.MAIN_SHEET, formulas);
		return saved;
	}

}
