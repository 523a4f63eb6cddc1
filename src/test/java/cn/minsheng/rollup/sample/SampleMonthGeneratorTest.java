package cn.minsheng.rollup.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Measure;
import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.form.DistributionColumn;
import cn.minsheng.rollup.form.FormLayout;
import cn.minsheng.rollup.form.Validations;
import cn.minsheng.rollup.sample.ReadBack.MainRow;

class SampleMonthGeneratorTest {

	private static final YearMonth NOVEMBER = YearMonth.of(2023, 11);

	private static Catalog catalog;

	@TempDir
	Path out;

	@BeforeAll
	static void loadCatalog() {
		catalog = BundledCatalog.load();
	}

	private static Path file(Path root, YearMonth period, String unit) {
		return root.resolve(period.toString()).resolve(unit + "-" + period.getYear() + "年" + period.getMonthValue()
				+ "月-月报表.xlsx");
	}

	@Test
	void writesOneFilledFormPerUnitIntoTheMonthsFolder() throws IOException {
		List<GeneratedForm> forms = new SampleMonthGenerator(catalog).generateMonth(SampleSpec.of(NOVEMBER), NOVEMBER,
				this.out);

		assertThat(forms).hasSize(14).allSatisfy((f) -> assertThat(f.mistakes()).isEmpty());
		try (Stream<Path> files = Files.list(this.out.resolve("2023-11"))) {
			assertThat(files.map((f) -> f.getFileName().toString())).containsExactlyInAnyOrderElementsOf(
					catalog.units().stream().map((u) -> u + "-2023年11月-月报表.xlsx").toList());
		}
		try (Stream<Path> files = Files.list(this.out.resolve("2023-11"))) {
			assertThat(files).noneMatch((f) -> f.getFileName().toString().endsWith(".tmp"));
		}
		Path written = forms.get(0).file();
		if (Files.getFileStore(written).supportsFileAttributeView("posix")) {
			// readable by the office's other accounts, like any file a unit sends
			assertThat(Files.getPosixFilePermissions(written)).contains(PosixFilePermission.OTHERS_READ);
		}
	}

	@Test
	void keepsTheTemplatesHeadingCatalogValuesAndIdentity() throws IOException {
		new SampleMonthGenerator(catalog).generateMonth(SampleSpec.of(NOVEMBER).withUnits(List.of("县水利局")), NOVEMBER,
				this.out);

		Path file = file(this.out, NOVEMBER, "县水利局");
		try (Workbook workbook = ReadBack.open(file)) {
			Sheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
			assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("填报单位：县水利局");
			assertThat(sheet.getRow(1).getCell(FormLayout.PERIOD_LABEL_COLUMN).getStringCellValue())
				.isEqualTo("报送月份：2023年11月");
			assertThat(sheet.getProtect()).isTrue();
			// streaming the list rows keeps the template's checks and unlocked columns on that sheet
			Sheet list = workbook.getSheet(FormLayout.DISTRIBUTION_SHEET);
			assertThat(Validations.at(list, 1, DistributionColumn.CODE.templateIndex())).isPresent();
			assertThat(list.getColumnStyle(DistributionColumn.QUANTITY.templateIndex()).getLocked()).isFalse();
			assertThat(list.getLastRowNum()).isEqualTo(SampleSpec.DEFAULT_DISTRIBUTION_ROWS);
			Sheet meta = workbook.getSheet(FormLayout.META_SHEET);
			assertThat(meta.getRow(0).getCell(1).getStringCellValue()).isEqualTo("2023-11-县水利局");
			assertThat(meta.getRow(4).getCell(1).getStringCellValue()).isEqualTo(catalog.fingerprint());
		}
		List<MainRow> rows = ReadBack.mainRows(file);
		assertThat(rows).extracting(MainRow::code).containsExactly("J01-1", "J01-2");
		assertThat(rows).extracting(MainRow::target).containsExactly(8000.0, 12.0);
		assertThat(rows).extracting(MainRow::plannedFunds).containsExactly(1200.0, 2400.0);
	}

	@Test
	void addsUpEachCodesListQuantitiesToItsCumulative() throws IOException {
		SampleSpec spec = SampleSpec.of(NOVEMBER).withDistributionRows(40);
		List<GeneratedForm> forms = new SampleMonthGenerator(catalog).generateMonth(spec, NOVEMBER, this.out);

		for (GeneratedForm form : forms) {
			ReadBack.Form read = ReadBack.read(form.file());
			Map<String, Double> sums = read.distributionSums();
			Map<String, Double> cumulative = ReadBack.cumulativeByCode(read.rows());
			assertThat(read.distributionRows()).isEqualTo(40);
			assertThat(cumulative.keySet()).as(form.unit()).containsAll(sums.keySet());
			for (Indicator indicator : catalog.indicatorsOf(form.catalogUnit())) {
				if (indicator.measure() == Measure.CUMULATIVE) {
					assertThat(sums.get(indicator.code())).as(form.unit() + " " + indicator.code())
						.isCloseTo(cumulative.get(indicator.code()), within(1e-6));
				}
			}
			assertThat(form.distributionRows()).isEqualTo(40);
		}
	}

	@Test
	void givesTheSameFiguresForTheSameSeedAndOthersForAnotherSeed() throws IOException {
		SampleSpec spec = SampleSpec.of(NOVEMBER).withUnits(List.of("县人社局"));
		SampleMonthGenerator generator = new SampleMonthGenerator(catalog);
		generator.generateMonth(spec, NOVEMBER, this.out.resolve("a"));
		generator.generateMonth(spec, NOVEMBER, this.out.resolve("b"));
		generator.generateMonth(spec.withSeed(7), NOVEMBER, this.out.resolve("c"));

		List<MainRow> a = ReadBack.mainRows(file(this.out.resolve("a"), NOVEMBER, "县人社局"));
		assertThat(ReadBack.mainRows(file(this.out.resolve("b"), NOVEMBER, "县人社局"))).isEqualTo(a);
		assertThat(ReadBack.mainRows(file(this.out.resolve("c"), NOVEMBER, "县人社局"))).isNotEqualTo(a);
	}

	@Test
	void givesEachCountyAFolderAndPrefixesItsUnits() throws IOException {
		SampleSpec spec = SampleSpec.of(NOVEMBER).withCounties(2).withUnits(List.of("县人社局", "县残联"));

		List<GeneratedForm> forms = new SampleMonthGenerator(catalog).generateMonth(spec, NOVEMBER, this.out);

		assertThat(forms).extracting(GeneratedForm::unit)
			.containsExactly("县01-县人社局", "县01-县残联", "县02-县人社局", "县02-县残联");
		Path file = this.out.resolve("2023-11").resolve("县02").resolve("县02-县残联-2023年11月-月报表.xlsx");
		assertThat(forms.get(3).file()).isEqualTo(file);
		try (Workbook workbook = ReadBack.open(file)) {
			assertThat(workbook.getSheet(FormLayout.MAIN_SHEET).getRow(1).getCell(0).getStringCellValue())
				.isEqualTo("填报单位：县02-县残联");
			assertThat(workbook.getSheet(FormLayout.META_SHEET).getRow(1).getCell(1).getStringCellValue())
				.isEqualTo("县02-县残联");
		}
		assertThat(ReadBack.mainRows(file)).extracting(MainRow::code).containsExactly("S05-1", "S05-2", "C05-1");
	}

	@Test
	void refusesAUnitTheCatalogDoesNotKnow() {
		SampleSpec spec = SampleSpec.of(NOVEMBER).withUnits(List.of("县气象局"));

		assertThatThrownBy(() -> new SampleMonthGenerator(catalog).generateMonth(spec, NOVEMBER, this.out))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("县气象局");
	}

	@Test
	void refusesACumulativeBelowLastMonthInJanuary() {
		YearMonth january = YearMonth.of(2023, 1);
		SampleSpec spec = SampleSpec.of(january).withUnits(List.of("县卫健局"))
			.withMistake("县卫健局", SampleMistake.CUMULATIVE_BELOW_LAST_MONTH);

		assertThatThrownBy(() -> new SampleMonthGenerator(catalog).generateMonth(spec, january, this.out))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("累计完成小于上月累计");
	}

	/**
	 * A whole year of correct forms, checked the way the office would check them. The units cover every measure
	 * (counts, standards, a milestone), decimals (公里), planned funds and none.
	 */
	@Nested
	@TestInstance(TestInstance.Lifecycle.PER_CLASS)
	class WholeYear {

		private static final List<String> UNITS = List.of("县人社局", "县民政局", "县住建局", "县教育局", "县行政审批服务局",
				"县交通运输局", "县残联");

		private final Map<String, List<List<MainRow>>> byUnit = new HashMap<>();

		private final Map<String, List<Map<String, String>>> footers = new HashMap<>();

		@BeforeAll
		void generateTheYear(@TempDir Path year) throws IOException {
			List<YearMonth> months = IntStream.rangeClosed(1, 12).mapToObj((m) -> YearMonth.of(2023, m)).toList();
			SampleSpec spec = SampleSpec.of(NOVEMBER).withPeriods(months).withDistributionRows(0).withUnits(UNITS);
			for (GeneratedForm form : new SampleMonthGenerator(catalog).generate(spec, year)) {
				ReadBack.Form read = ReadBack.read(form.file());
				this.byUnit.computeIfAbsent(form.unit(), (u) -> new ArrayList<>()).add(read.rows());
				this.footers.computeIfAbsent(form.unit(), (u) -> new ArrayList<>()).add(read.footer());
			}
		}

		@Test
		void reportsThisMonthAsCumulativeMinusLastMonths() {
			this.byUnit.forEach((unit, months) -> {
				for (int m = 0; m < 12; m++) {
					for (int i = 0; i < months.get(m).size(); i++) {
						MainRow row = months.get(m).get(i);
						double previous = m == 0 ? 0 : months.get(m - 1).get(i).cumulative();
						assertThat(row.monthDone()).as(unit + " " + row.code() + " month " + (m + 1))
							.isCloseTo(row.cumulative() - previous, within(1e-6));
					}
				}
			});
		}

		@Test
		void neverLetsTheCumulativeFallAndFollowsTheSchedule() {
			List<Double> yearEndRates = new ArrayList<>();
			this.byUnit.forEach((unit, months) -> {
				for (int m = 1; m < 12; m++) {
					for (int i = 0; i < months.get(m).size(); i++) {
						assertThat(months.get(m).get(i).cumulative()).as(unit + " month " + (m + 1))
							.isGreaterThanOrEqualTo(months.get(m - 1).get(i).cumulative());
					}
				}
				months.get(11).forEach((row) -> yearEndRates.add(row.cumulative() / row.target()));
			});
			// unit factors lie between 0.6 and 1.15, per-indicator ones between 0.92 and 1.05, wobble ±4 %
			assertThat(yearEndRates).allSatisfy((rate) -> assertThat(rate).isBetween(0.5, 1.3));
			assertThat(yearEndRates).anySatisfy((rate) -> assertThat(rate).isLessThan(0.9));
			assertThat(yearEndRates).anySatisfy((rate) -> assertThat(rate).isGreaterThanOrEqualTo(1.0));
		}

		@Test
		void keepsStatusAcceptanceAndFundsInLineWithTheFigures() {
			this.byUnit.forEach((unit, months) -> months.stream().flatMap(List::stream).forEach((row) -> {
				boolean done = row.cumulative() >= row.target();
				String where = unit + " " + row.code();
				if (row.cumulative() == 0) {
					assertThat(row.status()).as(where).isEqualTo("未开工");
				}
				else {
					assertThat(row.status()).as(where).isEqualTo(done ? row.status() : "在建")
						.isIn(done ? List.of("已完工", "已验收") : List.of("在建"));
				}
				if ("是".equals(row.online())) {
					assertThat(done).as(where + " 线上验收").isTrue();
				}
				assertThat("是".equals(row.offline())).as(where + " 线下验收").isEqualTo("已验收".equals(row.status()));
				if (row.plannedFunds() == null) {
					assertThat(row.funds()).as(where).isNull();
				}
				else {
					assertThat(row.funds()).as(where).isLessThanOrEqualTo(row.plannedFunds());
					assertThat(row.investment()).as(where).isLessThanOrEqualTo(row.funds());
				}
			}));
			assertThat(this.byUnit.values().stream().flatMap(List::stream).flatMap(List::stream))
				.extracting(MainRow::status)
				.contains("未开工", "在建", "已完工", "已验收");
		}

		@Test
		void datesLieInTheYearInOrderAndBeforeTheFillDate() {
			this.byUnit.forEach((unit, months) -> {
				for (int m = 0; m < 12; m++) {
					LocalDate filled = LocalDate.parse(this.footers.get(unit).get(m).get("填报日期"));
					assertThat(YearMonth.from(filled)).isEqualTo(YearMonth.of(2023, m + 1));
					for (MainRow row : months.get(m)) {
						if (row.start() != null) {
							assertThat(row.start()).isBetween(LocalDate.of(2023, 1, 1), filled);
						}
						if (row.finish() != null) {
							assertThat(row.finish()).isAfterOrEqualTo(row.start()).isBeforeOrEqualTo(filled);
							assertThat(row.cumulative()).isGreaterThanOrEqualTo(row.target());
						}
					}
				}
			});
		}

		@Test
		void fillsTheFooterWithTheSamePeopleAndAValidPhone() {
			this.footers.forEach((unit, months) -> {
				for (Map<String, String> footer : months) {
					assertThat(footer.get("填报人")).as(unit).isEqualTo(months.get(0).get("填报人")).isNotBlank();
					assertThat(footer.get("分管领导")).as(unit).isNotBlank().isNotEqualTo(footer.get("填报人"));
					assertThat(footer.get("联系电话")).as(unit).matches("1[3-9]\\d{9}|0731-\\d{8}");
				}
			});
		}

		@Test
		void explainsTheProblemsOfLaggingItems() {
			List<MainRow> lagging = new ArrayList<>();
			this.byUnit.values().forEach((months) -> {
				List<MainRow> december = months.get(11);
				december.stream().filter((row) -> row.cumulative() / row.target() < 0.9).forEach(lagging::add);
			});
			assertThat(lagging).isNotEmpty().allSatisfy((row) -> {
				assertThat(row.problems()).as(row.code()).isNotBlank();
				assertThat(row.nextSteps()).as(row.code()).isNotBlank();
			});
		}

	}

}
