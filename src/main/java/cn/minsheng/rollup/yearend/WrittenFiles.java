package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of a year-end run: those (re)written and those left as they were.
 */
final class WrittenFiles {

	final List<Path> written = new ArrayList<>();

	final List<Path> kept = new ArrayList<>();

	/** Writes one file unless its content is unchanged; true when written. */
	@FunctionalInterface
	interface Writer {

		boolean write(Path file) throws IOException;

	}

	void add(Path file, Writer writer) throws IOException {
		record(file, writer.write(file));
	}

	void record(Path file, boolean written) {
		(written ? this.written : this.kept).add(file);
	}

}
