package cn.minsheng.rollup.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogLoader;
import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.sample.ReadBack.MainRow;
import cn.minsheng.rollup.testing.Prerequisites;

/**
 * The sample returns committed under {@code input/} are exactly what {@link BundledSampleData} generates, and show
 * what they promise. With {@code -Dsample.regenerate=true} the files are rewritten first (after a generator change).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundledSampleDataTest {

	private static final Path INPUT = Path.of("input");

	private Catalog catalog;

	private List<GeneratedForm> generated;

	private Path regenerated;

	@BeforeAll
	void regenerate(@TempDir Path temp) throws IOException {
		this.catalog = BundledCatalog.load();
		if (Boolean.getBoolean("sample.regenerate")) {
			BundledSampleData.generate(this.catalog, INPUT);
		}
		this.regenerated = temp;
		this.generated = BundledSampleData.generate(this.catalog, temp);
		Prerequisites.require(!consumedByARun(), "input/ 中的样例已被 run 处理（移入 data/）；"
				+ "用 git checkout -- input && rm -rf data output/* 恢复后，这些测试会再检查它们");
	}

	/**
	 * The README's demo moves the sample forms out of {@code input/}: after it, in a working tree with a ledger, they
	 * are missing for that reason. A checkout without a ledger (CI) that lacks one of them fails as it should.
	 */
	private boolean consumedByARun() {
		boolean missing = this.generated.stream()
			.anyMatch((form) -> !Files.exists(INPUT.resolve(this.regenerated.relativize(form.file()))));
		return missing && Files.exists(Path.of("data", "ledger.mv.db"));
	}

	private static Path committed(String month, String file) {
		return INPUT.resolve(month).resolve(file);
	}

	@Test
	void committedFormsAreWhatTheGeneratorWrites() throws IOException {
		for (String month : List.of("2023-10", "2023-11")) {
			assertThat(names(INPUT.resolve(month))).as(month).isEqualTo(names(this.regenerated.resolve(month)));
			for (String name : names(INPUT.resolve(month))) {
				try (Workbook committed = ReadBack.open(committed(month, name));
						Workbook fresh = ReadBack.open(this.regenerated.resolve(month).resolve(name))) {
					assertThat(CellDiff.differences(committed, fresh))
						.as(month + "/" + name + " differs from the generator's output; regenerate with "
								+ "mvn -o test -Dtest=BundledSampleDataTest -Dsample.regenerate=true")
						.isEmpty();
				}
			}
		}
	}

	@Test
	void octoberHasEveryUnitAndNovemberAllButOne() throws IOException {
		assertThat(names(INPUT.resolve("2023-10"))).hasSize(14)
			.allSatisfy((name) -> assertThat(name).endsWith("-2023年10月-月报表.xlsx"));
		assertThat(names(INPUT.resolve("2023-11"))).hasSize(13)
			.noneSatisfy((name) -> assertThat(name).startsWith("县交警大队"))
			.contains("县医保局-2023年11月-月报表.xls", "县人社局-2023年11月-月报表.xlsx");
	}

	@Test
	void onlyTheFourNovemberFormsCarryMistakes() {
		Map<String, List<SampleMistake>> mistakes = this.generated.stream()
			.filter((f) -> !f.mistakes().isEmpty())
			.collect(Collectors.toMap((f) -> f.period() + " " + f.unit(),
					(f) -> f.mistakes().stream().map(InjectedMistake::mistake).toList()));

		assertThat(mistakes).containsOnly(Map.entry("2023-11 县卫健局", List.of(SampleMistake.CUMULATIVE_BELOW_LAST_MONTH)),
				Map.entry("2023-11 县民政局", List.of(SampleMistake.TEXT_IN_NUMBER_CELL)),
				Map.entry("2023-11 县住建局", List.of(SampleMistake.MISSING_REQUIRED_CELL)),
				Map.entry("2023-11 县教育局", List.of(SampleMistake.OTHER_UNITS_CODE)));
	}

	@Test
	void committedMistakesSitInTheReportedCells() throws IOException {
		Map<String, Double> october = ReadBack
			.cumulativeByCode(ReadBack.read(committed("2023-10", "县卫健局-2023年10月-月报表.xlsx")).rows());
		assertThat(cell("县卫健局", "J4").getNumericCellValue()).isLessThan(october.get("S03-2"));
		assertThat(cell("县民政局", "J4").getStringCellValue()).startsWith("约");
		assertThat(cell("县住建局", "J4").getCellType()).isEqualTo(CellType.BLANK);
		assertThat(cell("县教育局", "B4").getStringCellValue()).isEqualTo("S09-1");
		for (GeneratedForm form : this.generated) {
			form.mistakes().forEach((m) -> assertThat(m.sheet() + "!" + m.cell())
				.isIn("月报表!J4", "月报表!B4"));
		}
	}

	@Test
	void correctNovemberFormsContinueFromOctober() throws IOException {
		List<String> correct = this.generated.stream()
			.filter((f) -> f.period().equals(BundledSampleData.NOVEMBER) && f.mistakes().isEmpty())
			.map(GeneratedForm::unit)
			.toList();
		assertThat(correct).hasSize(9);
		for (String unit : correct) {
			String extension = unit.equals(BundledSampleData.XLS_UNIT) ? ".xls" : ".xlsx";
			List<MainRow> november = ReadBack.read(committed("2023-11", unit + "-2023年11月-月报表" + extension)).rows();
			Map<String, Double> october = ReadBack
				.cumulativeByCode(ReadBack.read(committed("2023-10", unit + "-2023年10月-月报表.xlsx")).rows());
			for (MainRow row : november) {
				assertThat(row.monthDone()).as(unit + " " + row.code())
					.isCloseTo(row.cumulative() - october.get(row.code()), within(1e-6));
			}
		}
	}

	@Test
	void someFormsListWhereTheWorkWasDone() throws IOException {
		ReadBack.Form water = ReadBack.read(committed("2023-11", "县水利局-2023年11月-月报表.xlsx"));
		assertThat(water.distributionRows()).isEqualTo(10);
		Map<String, Double> cumulative = ReadBack.cumulativeByCode(water.rows());
		water.distributionSums().forEach((code, sum) -> assertThat(sum).isCloseTo(cumulative.get(code), within(1e-6)));
		assertThat(ReadBack.read(committed("2023-11", "县公安局-2023年11月-月报表.xlsx")).distributionRows()).isZero();
	}

	@Test
	void catalogWorkbookHoldsTheSharedList() throws IOException {
		Path csv = Path.of("/work/shared/domain/catalog-2023.csv");
		Prerequisites.require(Files.isRegularFile(csv), "the shared catalog CSV is not available here");

		assertThat(BundledCatalog.load().fingerprint()).isEqualTo(new CatalogLoader().load(csv, 2023).fingerprint());
	}

	private Cell cell(String unit, String ref) throws IOException {
		CellReference reference = new CellReference(ref);
		try (Workbook workbook = ReadBack.open(committed("2023-11", unit + "-2023年11月-月报表.xlsx"))) {
			return workbook.getSheet("月报表").getRow(reference.getRow()).getCell(reference.getCol());
		}
	}

	private static TreeSet<String> names(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map((f) -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
		}
	}

}
