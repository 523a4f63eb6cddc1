package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import cn.minsheng.rollup.report.OfficeProperties;
import cn.minsheng.rollup.system.OutputFiles;

/**
 * How the year-end files are written: through {@link OutputFiles}, as every output is, and left alone when the
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
		return OutputFiles.write(target, content::writeTo);
	}

	/** Copies {@code source} to {@code target} unless the target already has the same bytes; true when copied. */
	static boolean copyIfDifferent(Path source, Path target) throws IOException {
		if (Files.isRegularFile(target) && Files.size(target) == Files.size(source)
				&& Files.mismatch(source, target) == -1) {
			return false;
		}
		OutputFiles.write(target, (out) -> Files.copy(source, out));
		return true;
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


}
