package cn.minsheng.rollup.system;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes the half-written files a killed run leaves behind: every workbook and note is written to a temporary file
 * and moved into place. The next run, holding the run lock, knows nobody is writing them and clears them before it
 * starts. Originals are never touched: the input scan skips hidden and {@code .tmp} files, so no original bears these
 * names; a {@code .partial} copy of an original is completed by the next placement, not removed.
 */
final class LeftoverFiles {

	private static final Logger log = LoggerFactory.getLogger(LeftoverFiles.class);

	private LeftoverFiles() {
	}

	/** @return how many leftovers were removed */
	static int clear(RollupProperties properties) {
		int removed = 0;
		for (Path root : List.of(properties.outputDir(), properties.archiveDir(), properties.rejectedDir())) {
			if (!Files.isDirectory(root)) {
				continue;
			}
			try {
				for (Path file : leftoversUnder(root)) {
					Files.deleteIfExists(file);
					log.info("leftover.removed file={}", file);
					removed++;
				}
			}
			catch (IOException ex) {
				log.warn("leftover.scan-failed folder={}", root, ex);
			}
		}
		return removed;
	}

	/**
	 * The walk visits every archived original and feedback file each night; the attributes the walk reads anyway
	 * tell a regular file, so no file is looked up a second time.
	 */
	private static List<Path> leftoversUnder(Path root) throws IOException {
		List<Path> leftovers = new ArrayList<>();
		Files.walkFileTree(root, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
				if (attributes.isRegularFile() && isLeftover(file)) {
					leftovers.add(file);
				}
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) {
				log.warn("leftover.scan-failed file={} error={}", file, ex.toString());
				return FileVisitResult.CONTINUE;
			}

		});
		return leftovers;
	}

	/**
	 * The temporary names of AtomicFiles, CountySummaryWriter, OfficialDocumentWriter, RunReportWriter and the
	 * year-end files.
	 */
	static boolean isLeftover(Path file) {
		String name = file.getFileName().toString();
		return (name.startsWith(".writing-") || name.startsWith(".summary-") || name.startsWith(".dispatch-")
				|| name.startsWith(".yearend-") || name.startsWith("运行报告-")) && name.endsWith(".tmp");
	}

}
