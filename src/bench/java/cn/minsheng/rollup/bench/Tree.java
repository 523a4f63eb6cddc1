package cn.minsheng.rollup.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Folder copies and removals for preparing runs.
 */
final class Tree {

	private Tree() {
	}

	static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		List<Path> all;
		try (Stream<Path> walk = Files.walk(dir)) {
			all = walk.sorted(Comparator.reverseOrder()).toList();
		}
		for (Path path : all) {
			Files.delete(path);
		}
	}

	/** Copies {@code from} into {@code to} (created), keeping modification times. */
	static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		List<Path> all;
		try (Stream<Path> walk = Files.walk(from)) {
			all = walk.toList();
		}
		for (Path source : all) {
			Path target = to.resolve(from.relativize(source).toString());
			if (Files.isDirectory(source)) {
				Files.createDirectories(target);
			}
			else {
				Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
	}

}
