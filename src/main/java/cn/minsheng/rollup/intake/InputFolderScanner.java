package cn.minsheng.rollup.intake;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.minsheng.rollup.system.RollupProperties;

/**
 * Lists the files in the input folder (subfolders included) that are ready to take in. Left alone until a later
 * run: files changed within the quiet period (still being copied), Office/WPS lock files, hidden and temporary
 * files, and the folders the program keeps for itself (the catalog, and output/data folders placed inside input).
 */
public final class InputFolderScanner {

	private static final Logger log = LoggerFactory.getLogger(InputFolderScanner.class);

	/** The input folder's folder for the year's catalogs (input/catalog/): never returns. */
	static final String CATALOG_FOLDER = "catalog";

	private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini", ".ds_store");

	private static final List<String> TEMPORARY_SUFFIXES = List.of(".tmp", ".temp", ".part", ".crdownload",
			".download", ".swp", ".bak~");

	private final Path inputDir;

	private final Set<Path> excluded;

	private final Duration quietPeriod;

	private final Clock clock;

	private final boolean logged;

	/**
	 * @param excluded folders or files inside the input folder that are not submissions (catalog, output, data)
	 */
	public InputFolderScanner(Path inputDir, Set<Path> excluded, Duration quietPeriod, Clock clock) {
		this(inputDir, excluded, quietPeriod, clock, true);
	}

	private InputFolderScanner(Path inputDir, Set<Path> excluded, Duration quietPeriod, Clock clock, boolean logged) {
		this.inputDir = inputDir.toAbsolutePath().normalize();
		this.excluded = excluded.stream().map((p) -> p.toAbsolutePath().normalize())
			.collect(java.util.stream.Collectors.toSet());
		this.quietPeriod = quietPeriod;
		this.clock = clock;
		this.logged = logged;
	}

	/** The night's scan: settled for the configured quiet period, the program's own folders left out. */
	public static InputFolderScanner ofNight(RollupProperties properties, Clock clock) {
		return new InputFolderScanner(properties.inputDir(), ownFolders(properties), properties.quietPeriod(), clock);
	}

	/**
	 * The input folder's catalog/ folder (where the catalogs of all years are kept, whichever file is in use), the
	 * configured catalog's folder and our own folders, when someone put them inside the input folder. A catalog outside
	 * the input folder (or directly in it) excludes only itself: its folder may well contain the input folder.
	 */
	static Set<Path> ownFolders(RollupProperties properties) {
		Path catalog = properties.catalogFile().toAbsolutePath().normalize();
		Path input = properties.inputDir().toAbsolutePath().normalize();
		Path catalogDir = catalog.getParent();
		Path catalogExcluded = catalogDir.startsWith(input) && !catalogDir.equals(input) ? catalogDir : catalog;
		return new java.util.HashSet<>(List.of(input.resolve(CATALOG_FOLDER), catalogExcluded,
				properties.outputDir(), properties.dataDir(), properties.archiveDir(), properties.rejectedDir()));
	}

	/** The same scan without its log lines: for a look ahead whose files the night's own scan logs. */
	InputFolderScanner unlogged() {
		return new InputFolderScanner(this.inputDir, this.excluded, this.quietPeriod, this.clock, false);
	}

	/** Settled candidate files, oldest first. */
	public List<DroppedFile> scan() throws IOException {
		List<DroppedFile> files = new ArrayList<>();
		if (!Files.isDirectory(this.inputDir)) {
			return files;
		}
		Instant settledBefore = this.clock.instant().minus(this.quietPeriod);
		Files.walkFileTree(this.inputDir, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				boolean skip = !dir.equals(InputFolderScanner.this.inputDir)
						&& (isExcluded(dir) || dir.getFileName().toString().startsWith("."));
				return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				if (attrs.isRegularFile() && !isExcluded(file) && !isIgnorable(file.getFileName().toString())) {
					Instant modified = attrs.lastModifiedTime().toInstant();
					if (modified.isAfter(settledBefore)) {
						if (InputFolderScanner.this.logged) {
							log.info("scan.waiting file={} reason=quiet-period", file);
						}
					}
					else {
						files.add(new DroppedFile(file, relative(file), attrs.size(), modified));
					}
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) {
				if (InputFolderScanner.this.logged) {
					log.warn("scan.unreadable file={} error={}", file, ex.toString());
				}
				return FileVisitResult.CONTINUE;
			}

		});
		files.sort(Comparator.comparing(DroppedFile::modifiedAt).thenComparing(DroppedFile::relativePath));
		return files;
	}

	private boolean isExcluded(Path path) {
		Path normalized = path.toAbsolutePath().normalize();
		return this.excluded.stream().anyMatch(normalized::startsWith);
	}

	/** Lock files of Excel/WPS (~$name.xlsx) and LibreOffice (.~lock.name#), hidden and temporary files. */
	static boolean isIgnorable(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return name.startsWith("~$") || name.startsWith(".~lock") || name.startsWith(".") || name.startsWith("~")
				&& lower.endsWith(".tmp") || SYSTEM_FILES.contains(lower)
				|| TEMPORARY_SUFFIXES.stream().anyMatch(lower::endsWith);
	}

	private String relative(Path file) {
		return this.inputDir.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
	}

}
