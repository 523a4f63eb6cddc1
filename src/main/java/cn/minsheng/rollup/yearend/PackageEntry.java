package cn.minsheng.rollup.yearend;

import java.util.Objects;

/**
 * One document of an inspection package as its 资料目录 lists it.
 *
 * @param file the file's path inside the package folder; {@code null} when it is missing
 * @param source where it came from: the original in the archive, the ledger, the office's folder
 */
record PackageEntry(String category, String document, String file, String source) {

	PackageEntry {
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(document, "document");
		Objects.requireNonNull(source, "source");
	}

	boolean present() {
		return this.file != null;
	}

}
