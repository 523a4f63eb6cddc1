package cn.minsheng.rollup.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogLoader;
import cn.minsheng.rollup.catalog.CatalogWorkbookWriter;
import cn.minsheng.rollup.sample.GeneratedForm;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;

/**
 * Makes the workloads' files with the sample generator: correct forms filled like the units fill them, built on the
 * real template. Files are kept with a note of what they hold, so {@code --reuse} can skip generating them again.
 */
final class Workloads {

	static final YearMonth PROVINCE_MONTH = YearMonth.of(2023, 10);

	static final YearMonth BIG_LIST_MONTH = YearMonth.of(2023, 11);

	static final String BIG_LIST_UNIT = "县行政审批服务局";

	private static final String NOTE = "generated.txt";

	private final Path root;

	private final Path countyCatalogFile;

	private final boolean reuse;

	Workloads(Path root, Path countyCatalogFile, boolean reuse) {
		this.root = root;
		this.countyCatalogFile = countyCatalogFile;
		this.reuse = reuse;
	}

	/** (a): every unit of {@code counties} counties for one month, with their own catalog. */
	WorkloadFiles province(int counties, int listRows) throws IOException {
		Path dir = this.root.resolve("a-province");
		Path catalogFile = dir.resolve("catalog").resolve("2023-项目清单.xlsx");
		String spec = "province counties=" + counties + " listRows=" + listRows;
		Catalog province = ProvinceCatalog.of(countyCatalog(), counties);
		return generate(dir, catalogFile, spec, province, () -> {
			new CatalogWorkbookWriter().write(province, catalogFile);
			return new SampleMonthGenerator(province).generateMonth(
					SampleSpec.of(PROVINCE_MONTH).withDistributionRows(listRows), PROVINCE_MONTH, dir.resolve("files"));
		});
	}

	/** (b): one form whose 项目分布清单 has {@code rows} rows. */
	WorkloadFiles bigList(int rows) throws IOException {
		Path dir = this.root.resolve("b-list-" + rows);
		String spec = "bigList rows=" + rows;
		Catalog county = countyCatalog();
		return generate(dir, this.countyCatalogFile.toAbsolutePath(), spec, county,
				() -> new SampleMonthGenerator(county).generateMonth(SampleSpec.of(BIG_LIST_MONTH)
					.withUnits(List.of(BIG_LIST_UNIT))
					.withDistributionRows(rows), BIG_LIST_MONTH, dir.resolve("files")));
	}

	private Catalog countyCatalog() {
		return new CatalogLoader().load(this.countyCatalogFile, PROVINCE_MONTH.getYear());
	}

	private WorkloadFiles generate(Path dir, Path catalogFile, String spec, Catalog catalog, Generation generation)
			throws IOException {
		Path note = dir.resolve(NOTE);
		if (this.reuse && Files.exists(note)) {
			String[] saved = Files.readString(note).strip().split("\t");
			if (saved[0].equals(spec)) {
				return new WorkloadFiles(dir.resolve("files"), catalogFile, Integer.parseInt(saved[1]),
						Long.parseLong(saved[2]));
			}
		}
		Tree.delete(dir);
		long start = System.nanoTime();
		List<GeneratedForm> forms = generation.run();
		long rows = forms.stream()
			.mapToLong((f) -> f.distributionRows() + catalog.indicatorsOf(f.catalogUnit()).size())
			.sum();
		Files.writeString(note, spec + "\t" + forms.size() + "\t" + rows + "\n");
		System.out.printf("  生成 %s：%d 个文件，%d 行，用时 %.1f s%n", spec, forms.size(), rows,
				(System.nanoTime() - start) / 1e9);
		return new WorkloadFiles(dir.resolve("files"), catalogFile, forms.size(), rows);
	}

	/** Generation that may fail with an I/O error. */
	private interface Generation {

		List<GeneratedForm> run() throws IOException;

	}

}
