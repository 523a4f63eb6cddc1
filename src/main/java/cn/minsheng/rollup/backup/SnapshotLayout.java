package cn.minsheng.rollup.backup;

/**
 * Where things are inside a snapshot folder: the same names as in the installation, so that a person can find and
 * copy any single file by hand.
 */
final class SnapshotLayout {

	/** The ledger as SQL (H2's {@code SCRIPT}), UTF-8. */
	static final String LEDGER = "ledger.sql";

	/** Accepted originals ({@code data/archive/}). */
	static final String ARCHIVE = "data/archive";

	/** Rejected originals with their reasons ({@code data/rejected/}). */
	static final String REJECTED = "data/rejected";

	/** The input folder: files waiting, originals decided but not yet moved, {@code catalog/}. */
	static final String INPUT = "input";

	/** A configured catalog file kept outside the input folder. */
	static final String CATALOG = "catalog";

	/** The office's {@code config/} folder. */
	static final String CONFIG = "config";

	/** When and from where the snapshot was taken. */
	static final String ABOUT = "备份说明.txt";

	private SnapshotLayout() {
	}

}
