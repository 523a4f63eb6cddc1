package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

import cn.minsheng.rollup.report.OfficeProperties;

/**
 * How the year-end files are written: next to their place and moved there in one step, and left alone when the
 * content key they keep says nothing changed, so that running {@code yearend} again with nothing new changes no file.
 */
final class YearendFiles {

	/** Custom document property of every year-end workbook and document. */
	static final String CONTENT_KEY = "RollupYearendContentKey";

	static final String CREATOR = "民生实事月报汇总";

	private YearendFiles() {
	}

	/** True when {@code file} exists and keeps {@code contentKey}. */
	static boolean unchanged(Path file, String contentKey) {
		Optional<String> kept = OfficeProperties.custom(file, CONTENT_KEY);
		return kept.filter(contentKey::equals).isPresent();
	}

	/** What goes into a file. */
	@FunctionalInterface
	interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

	static Path writeAtomically(Path target, Content content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = dir.resolve(".yearend-" + UUID.randomUUID() + ".tmp");
		try {
			try (OutputStream out = Files.newOutputStream(temp)) {
				content.writeTo(out);
			}
			move(temp, target);
			return target;
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Copies {@code source} to {@code target} unless the target already has the same bytes; true when copied. */
	static boolean copyIfDifferent(Path source, Path target) throws IOException {
		if (Files.isRegularFile(target) && Files.size(target) == Files.size(source)
				&& Files.mismatch(source, target) == -1) {
			return false;
		}
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = dir.resolve(".yearend-" + UUID.randomUUID() + ".tmp");
		try {
			Files.copy(source, temp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
			move(temp, target);
			return true;
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Writes plain text (an HTML page) unless the file already holds exactly it; true when written. */
	static boolean writeTextIfDifferent(Path target, String text) throws IOException {
		byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		if (Files.isRegularFile(target) && java.util.Arrays.equals(Files.readAllBytes(target), bytes)) {
			return false;
		}
		writeAtomically(target, (out) -> out.write(bytes));
		return true;
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
