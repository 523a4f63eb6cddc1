package cn.minsheng.rollup.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives a readable name to a dropped file whose name the file system holds in bytes that are not in the platform's
 * encoding (an old zip tool or a share in GBK leaves such names). Java shows those bytes as "�", and a path spelt
 * that way leads nowhere: the file could be neither read nor moved and would come back every night. It is renamed in
 * place, each unreadable character becoming "_", before it is registered.
 */
final class UndecodableNames {

	private static final Logger log = LoggerFactory.getLogger(UndecodableNames.class);

	private UndecodableNames() {
	}

	/** The file as it can be found again by its name: itself, or its renamed self. */
	static DroppedFile readable(DroppedFile file, Path inputDir) throws IOException {
		if (spellsItself(file.path())) {
			return file;
		}
		Path base = inputDir.toAbsolutePath().normalize();
		Path target = base;
		for (Path segment : base.relativize(file.path().toAbsolutePath().normalize())) {
			target = target.resolve(segment.toString().replace('\uFFFD', '_'));
		}
		target = free(target);
		Files.createDirectories(target.getParent());
		Files.move(file.path(), target);
		log.warn("scan.renamed-undecodable-name to={}", target);
		String relative = base.relativize(target).toString().replace('\\', '/');
		return new DroppedFile(target, relative, file.sizeBytes(), file.modifiedAt());
	}

	private static boolean spellsItself(Path path) {
		try {
			return Path.of(path.toString()).equals(path);
		}
		catch (InvalidPathException ex) {
			return false;
		}
	}

	private static Path free(Path candidate) {
		String name = candidate.getFileName().toString();
		int dot = name.lastIndexOf('.');
		String stem = dot > 0 ? name.substring(0, dot) : name;
		String ext = dot > 0 ? name.substring(dot) : "";
		Path free = candidate;
		for (int n = 2; Files.exists(free); n++) {
			free = candidate.resolveSibling(stem + "（" + n + "）" + ext);
		}
		return free;
	}

}
