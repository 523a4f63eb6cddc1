package cn.minsheng.rollup.ledger;

import java.nio.file.Path;

/**
 * How the ledger writes where an original is kept: relative to the data folder ({@code archive/2023-11/县民政局/…}),
 * so that the data folder, restored to another folder or server, still finds its originals. An original kept
 * outside the data folder ({@code rollup.archive-dir} set elsewhere) is written with its absolute path.
 */
public final class LedgerPaths {

	private LedgerPaths() {
	}

	/** The ledger's text for {@code file}: relative to {@code dataDir} when inside it, else absolute. */
	public static String stored(Path dataDir, Path file) {
		Path data = dataDir.toAbsolutePath().normalize();
		Path absolute = file.toAbsolutePath().normalize();
		return absolute.startsWith(data) ? separators(data.relativize(absolute)) : absolute.toString();
	}

	/** The file the ledger's text names, for this data folder; {@code null} for {@code null}. */
	public static Path file(Path dataDir, String stored) {
		return stored == null ? null : dataDir.toAbsolutePath().normalize().resolve(stored);
	}

	/** Forward slashes whatever the system: a ledger copied from Windows to Linux still resolves. */
	private static String separators(Path relative) {
		return relative.toString().replace('\\', '/');
	}

}
