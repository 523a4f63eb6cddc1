package cn.minsheng.rollup.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.minsheng.rollup.ledger.LedgerPaths;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * The only folders the page hands files out of: the output folder, the kept originals (accepted) and the rejected
 * originals with their reason notes. The ledger, the logs and the run lock in the data folder are never served. A
 * requested path is resolved inside its folder and refused when it leaves it (../, an absolute path, a link pointing
 * out), names a folder (no listing) or a hidden or temporary file.
 */
@Component
class DownloadFolders {

	private final Path dataDir;

	private final Map<String, Path> folders = new LinkedHashMap<>();

	DownloadFolders(RollupProperties properties) {
		this.dataDir = properties.dataDir();
		this.folders.put("output", properties.outputDir());
		this.folders.put("archive", properties.archiveDir());
		this.folders.put("rejected", properties.rejectedDir());
	}

	/** The file at {@code path} inside the folder named {@code area}; empty when refused or absent. */
	Optional<Path> resolve(String area, String path) {
		Path base = this.folders.get(area);
		if (base == null || path == null || path.isBlank() || path.indexOf('\0') >= 0) {
			return Optional.empty();
		}
		try {
			Path root = base.toAbsolutePath().normalize();
			Path relative = Path.of(path.replace('\\', '/'));
			if (relative.isAbsolute()) {
				return Optional.empty();
			}
			Path file = root.resolve(relative).normalize();
			if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || hidden(root, file)) {
				return Optional.empty();
			}
			// a folder on the way may still be a link pointing elsewhere: compare the real paths
			return file.toRealPath().startsWith(root.toRealPath()) ? Optional.of(file) : Optional.empty();
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** The folder and relative path of a file the ledger names (a kept original, a feedback workbook). */
	Optional<Link> linkTo(String absolute) {
		if (absolute == null || absolute.isBlank()) {
			return Optional.empty();
		}
		return linkTo(Path.of(absolute));
	}

	/** The link to an original the ledger keeps relative to the data folder (or absolute, outside it). */
	Optional<Link> linkToStored(String stored) {
		return stored == null || stored.isBlank() ? Optional.empty() : linkTo(LedgerPaths.file(this.dataDir, stored));
	}

	private Optional<Link> linkTo(Path given) {
		Path file = given.toAbsolutePath().normalize();
		// the most specific folder first: archive and rejected may lie inside output in odd setups
		return this.folders.entrySet()
			.stream()
			.filter((e) -> file.startsWith(e.getValue().toAbsolutePath().normalize()))
			.max(java.util.Comparator.comparingInt((e) -> e.getValue().toAbsolutePath().normalize().getNameCount()))
			.map((e) -> new Link(e.getKey(), e.getValue().toAbsolutePath().normalize().relativize(file).toString()
				.replace('\\', '/'), file.getFileName().toString()))
			.filter((link) -> resolve(link.area(), link.path()).isPresent());
	}

	Path folder(String area) {
		return this.folders.get(area);
	}

	private static boolean hidden(Path root, Path file) {
		for (Path part : root.relativize(file)) {
			String name = part.toString();
			if (name.startsWith(".") || name.startsWith("~") || name.endsWith(".tmp")) {
				return true;
			}
		}
		return false;
	}

	/** A downloadable file: {@code /file?area=…&path=…}, and the name it is saved under. */
	record Link(String area, String path, String name) {
	}

}
