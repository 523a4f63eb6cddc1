package cn.minsheng.rollup.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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
			try (Stream<Path> walk = Files.walk(root)) {
				for (Path file : walk.filter(Files::isRegularFile).filter(LeftoverFiles::isLeftover).toList()) {
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

	/** The temporary names of AtomicFiles, CountySummaryWriter and RunReportWriter. */
	static boolean isLeftover(Path file) {
		String name = file.getFileName().toString();
		return (name.startsWith(".writing-") || name.startsWith(".summary-") || name.startsWith("运行报告-"))
				&& name.endsWith(".tmp");
	}

}
