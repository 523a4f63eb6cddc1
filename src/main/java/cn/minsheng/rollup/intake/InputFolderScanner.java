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

/**
 * Lists the files in the input folder (subfolders included) that are ready to take in. Left alone until a later
 * run: files changed within the quiet period (still being copied), Office/WPS lock files, hidden and temporary
 * files, and the folders the program keeps for itself (the catalog, and output/data folders placed inside input).
 */
public final class InputFolderScanner {

	private static final Logger log = LoggerFactory.getLogger(InputFolderScanner.class);

	private static final Set<String> SYSTEM_FILES = Set.of("thumbs.db", "desktop.ini", ".ds_store");

	private static final List<String> TEMPORARY_SUFFIXES = List.of(".tmp", ".temp", ".part", ".crdownload",
			".download", ".swp", ".bak~");

	private final Path inputDir;

	private final Set<Path> excluded;

	private final Duration quietPeriod;

	private final Clock clock;

	/**
	 * @param excluded folders or files inside the input folder that are not submissions (catalog, output, data)
	 */
	public InputFolderScanner(Path inputDir, Set<Path> excluded, Duration quietPeriod, Clock clock) {
		this.inputDir = inputDir.toAbsolutePath().normalize();
		this.excluded = excluded.stream().map((p) -> p.toAbsolutePath().normalize())
			.collect(java.util.stream.Collectors.toSet());
		this.quietPeriod = quietPeriod;
		this.clock = clock;
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
						log.info("scan.waiting file={} reason=quiet-period", file);
					}
					else {
						files.add(new DroppedFile(file, relative(file), attrs.size(), modified));
					}
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) {
				log.warn("scan.unreadable file={} error={}", file, ex.toString());
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
