package cn.minsheng.rollup.sample;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogLoader;

/**
 * Loads a catalog CSV whose fields hold unescaped quotes, such as {@code "湘易办"超级服务端推广应用} as typed in Excel:
 * strict CSV parsers take the leading quote for an enclosing one and fail. Fields are split on commas (the list's
 * names contain none), re-quoted properly, and handed to {@link CatalogLoader}.
 */
final class LenientCatalogCsv {

	private LenientCatalogCsv() {
	}

	static Catalog load(Path csv, int defaultYear) throws IOException {
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		Path dir = Files.createTempDirectory("catalog-csv");
		Path repaired = dir.resolve(csv.getFileName().toString());
		try {
			try (Writer writer = Files.newBufferedWriter(repaired, StandardCharsets.UTF_8);
					CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
				for (String line : lines) {
					if (!line.isBlank()) {
						printer.printRecord((Object[]) line.replace("\uFEFF", "").split(",", -1));
					}
				}
			}
			return new CatalogLoader().load(repaired, defaultYear);
		}
		finally {
			Files.deleteIfExists(repaired);
			Files.deleteIfExists(dir);
		}
	}

}
