package cn.minsheng.rollup.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which file is the catalog of which year: the files whose names start with their year ({@code 2024-项目清单.xlsx}) in
 * the catalog folders, and the configured catalog file, which wins for its own year.
 *
 * @param configured {@code rollup.catalog-file} ({@code --catalog}); its year is the one its name starts with, or
 *     the current year
 * @param currentYear {@code rollup.year}
 * @param folders where the catalogs of all years are kept: {@code input/catalog/} and the configured file's folder
 */
record CatalogFiles(Path configured, int currentYear, List<Path> folders) {

	private static final Pattern NAME = Pattern.compile("(20\\d{2})(?!\\d).*\\.(xlsx|xls|csv)",
			Pattern.CASE_INSENSITIVE);

	CatalogFiles {
		folders = List
			.copyOf(new LinkedHashSet<>(folders.stream().map((f) -> f.toAbsolutePath().normalize()).toList()));
	}

	/**
	 * The catalog file of {@code year}; empty when there is none.
	 * @throws CatalogException when the folders hold two files of that year and none is configured
	 */
	Optional<Path> of(int year) {
		List<Path> found = inFolders().getOrDefault(year, List.of());
		boolean configuredYear = CatalogLoader.yearOf(this.configured.getFileName().toString(),
				this.currentYear) == year;
		if (configuredYear && (Files.isRegularFile(this.configured) || found.isEmpty())) {
			return Optional.of(this.configured);
		}
		if (found.size() > 1) {
			throw new CatalogException(year + " 年项目清单", List.of(new CatalogProblem(0, null, "文件夹中有 " + found.size()
					+ " 个 " + year + " 年的项目清单（" + String.join("、", found.stream().map(CatalogFiles::name).toList())
					+ "），请只保留一个")));
		}
		return found.stream().findFirst();
	}

	/** The years that have a catalog file, in order. */
	Set<Integer> years() {
		Set<Integer> years = new TreeSet<>(inFolders().keySet());
		if (Files.isRegularFile(this.configured)) {
			years.add(CatalogLoader.yearOf(this.configured.getFileName().toString(), this.currentYear));
		}
		return years;
	}

	private TreeMap<Integer, List<Path>> inFolders() {
		TreeMap<Integer, List<Path>> byYear = new TreeMap<>();
		for (Path folder : this.folders) {
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
					Matcher name = NAME.matcher(name(file));
					if (name.matches()) {
						List<Path> ofYear = byYear.computeIfAbsent(Integer.parseInt(name.group(1)),
								(y) -> new ArrayList<>());
						if (!ofYear.contains(file)) {
							ofYear.add(file);
						}
					}
				}
			}
			catch (IOException ex) {
				// an unreadable folder holds no catalog we could use; the year's absence is reported where it matters
			}
		}
		return byYear;
	}

	private static String name(Path file) {
		return file.getFileName().toString();
	}

}
