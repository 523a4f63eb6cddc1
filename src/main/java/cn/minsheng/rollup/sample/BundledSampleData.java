package cn.minsheng.rollup.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogLoader;
import cn.minsheng.rollup.catalog.CatalogWorkbookWriter;

/**
 * The sample returns shipped under {@code input/} so the system can be tried at once: October 2023 from all 14 units,
 * all correct, and November 2023 from 13 (县交警大队 has not reported) with four typical slips and one form saved as
 * {@code .xls}. {@code BundledSampleDataTest} checks the committed files against what this class generates;
 * after changing the generator, regenerate them with
 * {@code mvn -o test -Dtest=BundledSampleDataTest -Dsample.regenerate=true}, or run {@link #main(String[])}
 * (arguments: the input folder, default {@code input}; optionally the catalog CSV to rewrite
 * {@code catalog/2023-项目清单.xlsx} from).
 */
public final class BundledSampleData {

	public static final YearMonth OCTOBER = YearMonth.of(2023, 10);

	public static final YearMonth NOVEMBER = YearMonth.of(2023, 11);

	/** The unit whose November form is missing. */
	public static final String MISSING_UNIT = "县交警大队";

	/** The unit whose November form comes as {@code .xls}. */
	public static final String XLS_UNIT = "县医保局";

	/** The catalog workbook, relative to the input folder. */
	public static final Path CATALOG = Path.of("catalog", "2023-项目清单.xlsx");

	private BundledSampleData() {
	}

	/** All units correct; three keep a short 项目分布清单. */
	public static SampleSpec october() {
		return SampleSpec.of(OCTOBER).withDistributionRows(0)
			.withDistributionRows("县人社局", 8)
			.withDistributionRows("县发改局", 12)
			.withDistributionRows("县水利局", 10);
	}

	/** 13 units; one form in .xls; four slips; six keep a short 项目分布清单. */
	public static SampleSpec november(Catalog catalog) {
		List<String> units = new ArrayList<>(catalog.units());
		units.remove(MISSING_UNIT);
		return SampleSpec.of(NOVEMBER).withUnits(units).withDistributionRows(0)
			.withDistributionRows("县人社局", 8)
			.withDistributionRows(XLS_UNIT, 6)
			.withDistributionRows("县残联", 5)
			.withDistributionRows("县发改局", 12)
			.withDistributionRows("县水利局", 10)
			.withDistributionRows("县交通运输局", 8)
			.withFormat(XLS_UNIT, SampleFormat.XLS)
			.withMistake("县卫健局", SampleMistake.CUMULATIVE_BELOW_LAST_MONTH)
			.withMistake("县民政局", SampleMistake.TEXT_IN_NUMBER_CELL)
			.withMistake("县住建局", SampleMistake.MISSING_REQUIRED_CELL)
			.withMistake("县教育局", SampleMistake.OTHER_UNITS_CODE);
	}

	/** Writes both months into {@code inputRoot/2023-10} and {@code inputRoot/2023-11}, replacing earlier forms. */
	public static List<GeneratedForm> generate(Catalog catalog, Path inputRoot) throws IOException {
		SampleMonthGenerator generator = new SampleMonthGenerator(catalog);
		List<GeneratedForm> forms = new ArrayList<>();
		for (YearMonth period : List.of(OCTOBER, NOVEMBER)) {
			clear(SampleMonthGenerator.monthDir(inputRoot, period));
		}
		forms.addAll(generator.generateMonth(october(), OCTOBER, inputRoot));
		forms.addAll(generator.generateMonth(november(catalog), NOVEMBER, inputRoot));
		return forms;
	}

	private static void clear(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return;
		}
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.endsWith(SampleFormat.XLSX.extension()) || name.endsWith(SampleFormat.XLS.extension())) {
					Files.delete(file);
				}
			}
		}
	}

	public static void main(String[] args) throws IOException {
		Path inputRoot = Path.of(args.length > 0 ? args[0] : "input");
		Path catalogFile = inputRoot.resolve(CATALOG);
		if (args.length > 1) {
			new CatalogWorkbookWriter().write(new CatalogLoader().load(Path.of(args[1]), 2023), catalogFile);
			System.out.println("已由 " + args[1] + " 生成项目清单：" + catalogFile);
		}
		Catalog catalog = new CatalogLoader().load(catalogFile, 2023);
		for (GeneratedForm form : generate(catalog, inputRoot)) {
			System.out.println(inputRoot.relativize(form.file()));
			form.mistakes().forEach((m) -> System.out.println("    " + m.describe()));
		}
	}

}
