package cn.minsheng.rollup.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.form.FormLayout;

/**
 * Each deliberate mistake lands where the generator says, and nowhere else.
 */
class SampleMistakeTest {

	private static final YearMonth OCTOBER = YearMonth.of(2023, 10);

	private static final YearMonth NOVEMBER = YearMonth.of(2023, 11);

	/** Construction items with funds, none finished by November: every mistake has a row to go in. */
	private static final String UNIT = "县住建局";

	private static Catalog catalog;

	private static Path clean;

	@TempDir
	static Path shared;

	@TempDir
	Path out;

	@BeforeAll
	static void generateCleanForms() throws IOException {
		catalog = BundledCatalog.load();
		SampleSpec spec = SampleSpec.of(OCTOBER, NOVEMBER).withUnits(List.of(UNIT)).withDistributionRows(10);
		new SampleMonthGenerator(catalog).generate(spec, shared);
		clean = shared.resolve("2023-11").resolve(UNIT + "-2023年11月-月报表.xlsx");
	}

	private GeneratedForm generateWith(SampleMistake mistake) throws IOException {
		SampleSpec spec = SampleSpec.of(NOVEMBER).withUnits(List.of(UNIT)).withDistributionRows(10)
			.withMistake(UNIT, mistake);
		return new SampleMonthGenerator(catalog).generateMonth(spec, NOVEMBER, this.out).get(0);
	}

	@ParameterizedTest
	@EnumSource(SampleMistake.class)
	void makesTheMistakeInTheCellItReports(SampleMistake mistake) throws IOException {
		GeneratedForm form = generateWith(mistake);

		assertThat(form.mistakes()).singleElement().satisfies((m) -> {
			assertThat(m.mistake()).isEqualTo(mistake);
			String sheet = mistake.mainSheet() ? FormLayout.MAIN_SHEET : FormLayout.DISTRIBUTION_SHEET;
			assertThat(m.sheet()).isEqualTo(sheet);
			assertThat(m.describe()).contains(m.cell(), mistake.description());
		});
		InjectedMistake injected = form.mistakes().get(0);
		CellReference ref = new CellReference(injected.cell());
		try (Workbook workbook = ReadBack.open(form.file())) {
			Sheet sheet = workbook.getSheet(injected.sheet());
			Row row = sheet.getRow(ref.getRow());
			checkCell(mistake, row, row.getCell(ref.getCol()), form.file());
		}
	}

	@ParameterizedTest
	@EnumSource(value = SampleMistake.class, names = "DISTRIBUTION_.*", mode = EnumSource.Mode.MATCH_NONE)
	void leavesTheRestOfTheMainSheetAsACorrectFormHasIt(SampleMistake mistake) throws IOException {
		GeneratedForm form = generateWith(mistake);

		try (Workbook wrong = ReadBack.open(form.file()); Workbook right = ReadBack.open(clean)) {
			List<String> differences = CellDiff.differences(wrong.getSheet(FormLayout.MAIN_SHEET),
					right.getSheet(FormLayout.MAIN_SHEET));
			assertThat(differences).singleElement().asString().startsWith(form.mistakes().get(0).cell() + " ");
		}
	}

	@Test
	void leavesTheOtherUnitsFormsCorrect() throws IOException {
		SampleSpec spec = SampleSpec.of(NOVEMBER).withUnits(List.of(UNIT, "县残联")).withDistributionRows(10)
			.withMistake(UNIT, SampleMistake.MISSING_REQUIRED_CELL);

		List<GeneratedForm> forms = new SampleMonthGenerator(catalog).generateMonth(spec, NOVEMBER, this.out);

		assertThat(forms.get(0).mistakes()).hasSize(1);
		assertThat(forms.get(1).mistakes()).isEmpty();
		assertThat(ReadBack.read(forms.get(1).file()).rows()).allSatisfy((r) -> assertThat(r.cumulative()).isNotNull());
	}

	@Test
	void spreadsSeveralMistakesOverDifferentRows() throws IOException {
		SampleSpec spec = SampleSpec.of(NOVEMBER).withUnits(List.of(UNIT))
			.withMistake(UNIT, SampleMistake.TEXT_IN_NUMBER_CELL)
			.withMistake(UNIT, SampleMistake.MISSING_REQUIRED_CELL)
			.withMistake(UNIT, SampleMistake.CUMULATIVE_BELOW_LAST_MONTH);

		GeneratedForm form = new SampleMonthGenerator(catalog).generateMonth(spec, NOVEMBER, this.out).get(0);

		assertThat(form.mistakes()).extracting(InjectedMistake::cell).doesNotHaveDuplicates().hasSize(3);
	}

	private void checkCell(SampleMistake mistake, Row row, Cell cell, Path file) throws IOException {
		switch (mistake) {
			case CUMULATIVE_BELOW_LAST_MONTH -> {
				assertColumn(cell, FormColumn.CUMULATIVE_DONE);
				String code = row.getCell(FormColumn.CODE.templateIndex()).getStringCellValue();
				Path october = shared.resolve("2023-10").resolve(UNIT + "-2023年10月-月报表.xlsx");
				double lastMonth = ReadBack.cumulativeByCode(ReadBack.read(october).rows()).get(code);
				assertThat(cell.getNumericCellValue()).isLessThan(lastMonth);
			}
			case TEXT_IN_NUMBER_CELL -> {
				assertColumn(cell, FormColumn.CUMULATIVE_DONE);
				assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				assertThat(cell.getStringCellValue()).matches("约\\d+");
			}
			case MISSING_REQUIRED_CELL -> {
				assertColumn(cell, FormColumn.CUMULATIVE_DONE);
				assertThat(CellDiff.isBlank(cell)).isTrue();
			}
			case OTHER_UNITS_CODE -> {
				assertColumn(cell, FormColumn.CODE);
				assertThat(catalog.find(cell.getStringCellValue()).orElseThrow().responsibleUnit()).isNotEqualTo(UNIT);
			}
			case MONTH_DONE_MISMATCH -> {
				assertColumn(cell, FormColumn.MONTH_DONE);
				double cumulative = ReadBack.number(row, FormColumn.CUMULATIVE_DONE);
				String code = row.getCell(FormColumn.CODE.templateIndex()).getStringCellValue();
				Path october = shared.resolve("2023-10").resolve(UNIT + "-2023年10月-月报表.xlsx");
				double lastMonth = ReadBack.cumulativeByCode(ReadBack.read(october).rows()).get(code);
				assertThat(cell.getNumericCellValue()).isNotEqualTo(cumulative - lastMonth);
			}
			case FUNDS_ABOVE_PLAN -> {
				assertColumn(cell, FormColumn.FUNDS_IN_PLACE);
				assertThat(cell.getNumericCellValue()).isGreaterThan(ReadBack.number(row, FormColumn.PLANNED_FUNDS));
			}
			case INVESTMENT_ABOVE_FUNDS -> {
				assertColumn(cell, FormColumn.INVESTMENT_DONE);
				assertThat(cell.getNumericCellValue()).isGreaterThan(ReadBack.number(row, FormColumn.FUNDS_IN_PLACE));
			}
			case ACCEPTED_BEFORE_DONE -> {
				assertColumn(cell, FormColumn.ONLINE_ACCEPTED);
				assertThat(cell.getStringCellValue()).isEqualTo("是");
				assertThat(ReadBack.number(row, FormColumn.CUMULATIVE_DONE))
					.isLessThan(ReadBack.number(row, FormColumn.ANNUAL_TARGET));
			}
			case STATUS_CONTRADICTS_FIGURES -> {
				assertColumn(cell, FormColumn.STATUS);
				assertThat(cell.getStringCellValue()).isEqualTo("已完工");
				assertThat(ReadBack.number(row, FormColumn.CUMULATIVE_DONE))
					.isLessThan(ReadBack.number(row, FormColumn.ANNUAL_TARGET));
			}
			case DATE_OUTSIDE_YEAR -> {
				assertColumn(cell, FormColumn.FINISH_DATE);
				assertThat(ReadBack.date(cell)).isEqualTo(LocalDate.of(2024, 1, 15));
			}
			case PERIOD_LABEL_MISMATCH -> {
				assertThat(cell.getAddress().formatAsString()).isEqualTo("I2");
				assertThat(cell.getStringCellValue()).isEqualTo("报送月份：2023年10月");
			}
			case MISSING_REPORTER -> {
				assertThat(CellDiff.isBlank(cell)).isTrue();
				assertThat(ReadBack.read(file).footer().get("填报人")).isNull();
			}
			case INVALID_PHONE -> {
				assertThat(cell.getStringCellValue()).isEqualTo("8888");
				assertThat(ReadBack.read(file).footer().get("联系电话")).isEqualTo("8888");
			}
			case DISTRIBUTION_OTHER_UNITS_CODE -> {
				assertThat(cell.getColumnIndex()).isZero();
				assertThat(catalog.find(cell.getStringCellValue()).orElseThrow().responsibleUnit()).isNotEqualTo(UNIT);
			}
			case DISTRIBUTION_SUM_MISMATCH -> {
				String code = row.getCell(0).getStringCellValue();
				ReadBack.Form read = ReadBack.read(file);
				Map<String, Double> cumulative = ReadBack.cumulativeByCode(read.rows());
				assertThat(read.distributionSums().get(code)).isNotEqualTo(cumulative.get(code));
			}
		}
	}

	private static void assertColumn(Cell cell, FormColumn column) {
		assertThat(cell.getColumnIndex()).as("column of the mistake").isEqualTo(column.templateIndex());
	}

}
