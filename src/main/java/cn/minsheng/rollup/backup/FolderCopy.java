package cn.minsheng.rollup.backup;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Copies a folder tree file by file, keeping modification times (the day each return was received). */
final class FolderCopy {

	private FolderCopy() {
	}

	/**
	 * Copies the files under {@code from} to the same places under {@code to}; a file already there is left alone.
	 * @param skip folders not to copy (our own folders inside the input folder)
	 * @return how many files were copied
	 */
	static int copy(Path from, Path to, Set<Path> skip) throws IOException {
		if (!Files.isDirectory(from)) {
			return 0;
		}
		Path source = from.toAbsolutePath().normalize();
		Predicate<Path> skipped = (p) -> skip.stream().anyMatch((s) -> p.startsWith(s.toAbsolutePath().normalize()));
		int copied = 0;
		try (Stream<Path> walk = Files.walk(source)) {
			for (Path file : walk.filter(Files::isRegularFile).filter(skipped.negate()).toList()) {
				Path target = to.resolve(source.relativize(file).toString());
				Files.createDirectories(target.getParent());
				try {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
					copied++;
				}
				catch (FileAlreadyExistsException ex) {
					// restoring beside files already in place: what is there stays
				}
			}
		}
		return copied;
	}

}
