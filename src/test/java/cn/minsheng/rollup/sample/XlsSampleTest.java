package cn.minsheng.rollup.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.form.FormLayout;
import cn.minsheng.rollup.form.Validations;

class XlsSampleTest {

	private static final YearMonth NOVEMBER = YearMonth.of(2023, 11);

	private static final String UNIT = "县医保局";

	private final Catalog catalog = BundledCatalog.load();

	@TempDir
	Path out;

	@Test
	void savesAnExcel97FormWithTheSameValuesAsTheXlsxOne() throws IOException {
		SampleSpec spec = SampleSpec.of(NOVEMBER).withUnits(List.of(UNIT)).withDistributionRows(25);
		SampleMonthGenerator generator = new SampleMonthGenerator(this.catalog);
		GeneratedForm xlsx = generator.generateMonth(spec, NOVEMBER, this.out.resolve("xlsx")).get(0);
		GeneratedForm xls = generator.generateMonth(spec.withFormat(UNIT, SampleFormat.XLS), NOVEMBER,
				this.out.resolve("xls")).get(0);

		assertThat(xls.file().getFileName().toString()).isEqualTo("县医保局-2023年11月-月报表.xls");
		assertThat(xls.format()).isEqualTo(SampleFormat.XLS);
		try (InputStream in = Files.newInputStream(xls.file()); HSSFWorkbook old = new HSSFWorkbook(in);
				Workbook current = ReadBack.open(xlsx.file())) {
			assertThat(CellDiff.differences(current, old)).isEmpty();
			HSSFSheet main = old.getSheet(FormLayout.MAIN_SHEET);
			assertThat(main.getProtect()).isTrue();
			assertThat(Validations.at(main, FormLayout.FIRST_DATA_ROW, FormColumn.CUMULATIVE_DONE.templateIndex()))
				.isPresent();
			assertThat(old.getSheetVisibility(old.getSheetIndex(FormLayout.META_SHEET)))
				.isEqualTo(SheetVisibility.VERY_HIDDEN);
			assertThat(old.getSheet(FormLayout.DISTRIBUTION_SHEET).getLastRowNum()).isEqualTo(25);
			String reporter = ReadBack.read(xls.file()).footer().get("填报人");
			assertThat(old.getSummaryInformation().getAuthor()).isEqualTo(reporter);
		}
	}

	@Test
	void refusesMoreListRowsThanAnXlsSheetHolds() {
		SampleSpec spec = SampleSpec.of(NOVEMBER).withUnits(List.of(UNIT)).withFormat(SampleFormat.XLS)
			.withDistributionRows(70_000);

		assertThatThrownBy(() -> new SampleMonthGenerator(this.catalog).generateMonth(spec, NOVEMBER, this.out))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("65535");
	}

}
