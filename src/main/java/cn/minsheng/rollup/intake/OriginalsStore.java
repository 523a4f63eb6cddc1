package cn.minsheng.rollup.intake;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.function.Predicate;

import cn.minsheng.rollup.system.SafeNames;

/**
 * Keeps every original: accepted ones in {@code archive/<月份>/<单位>/}, rejected ones in
 * {@code rejected/<月份>/} (or {@code rejected/未识别/}, {@code rejected/重复报送/}) with a reason file beside them.
 * Originals are moved, never modified, never overwritten: a second file of the same name gets {@code 名称（2）.xlsx}.
 */
public final class OriginalsStore {

	/** Suffix of the reason file written beside a rejected original. */
	public static final String REASON_SUFFIX = ".退回原因.txt";

	private final Path archiveDir;

	private final Path rejectedDir;

	public OriginalsStore(Path archiveDir, Path rejectedDir) {
		this.archiveDir = archiveDir.toAbsolutePath().normalize();
		this.rejectedDir = rejectedDir.toAbsolutePath().normalize();
	}

	/**
	 * Where an accepted original is to be kept.
	 * @param taken tells whether a path is already promised to another file of this run
	 */
	public Path planAccepted(String unit, YearMonth period, String fileName, Predicate<Path> taken) {
		Path dir = this.archiveDir.resolve(period.toString()).resolve(SafeNames.segment(unit));
		return free(dir, SafeNames.fileName(fileName), taken);
	}

	/** A returned workbook that is not a monthly form (评估认定表): {@code archive/2023-评估认定表/<unit>/}. */
	public Path planReturn(String folder, String unit, String fileName, Predicate<Path> taken) {
		Path dir = this.archiveDir.resolve(SafeNames.segment(folder)).resolve(SafeNames.segment(unit));
		return free(dir, SafeNames.fileName(fileName), taken);
	}

	public Path planRejected(YearMonth period, String fileName, Predicate<Path> taken) {
		Path dir = this.rejectedDir.resolve(period == null ? "未识别" : period.toString());
		return free(dir, SafeNames.fileName(fileName), taken);
	}

	public Path planDuplicate(String fileName, Predicate<Path> taken) {
		return free(this.rejectedDir.resolve("重复报送"), SafeNames.fileName(fileName), taken);
	}

	public static Path reasonFileOf(Path storedOriginal) {
		return storedOriginal.resolveSibling(storedOriginal.getFileName() + REASON_SUFFIX);
	}

	/**
	 * Moves the original into place. Safe to call again after a crash: when the source is gone and the target is
	 * there, the move already happened.
	 * @return false when neither the source nor the target exists (the file was taken away by hand)
	 */
	public boolean place(Path source, Path target) throws IOException {
		if (!Files.exists(source)) {
			return Files.exists(target);
		}
		Files.createDirectories(target.getParent());
		if (Files.exists(target)) {
			if (FileDigest.sha256(target).equals(FileDigest.sha256(source))) {
				// a copy across file systems finished but the source was not yet removed: the kept copy is whole
				Files.delete(source);
				return true;
			}
			throw new IOException("target already exists, refusing to overwrite: " + target);
		}
		try {
			Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			// another file system: copy, force to disk, then remove the source
			Path partial = target.resolveSibling(target.getFileName() + ".partial");
			Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
			try (var channel = java.nio.channels.FileChannel.open(partial, java.nio.file.StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
			Files.delete(source);
		}
		return true;
	}

	private static Path free(Path dir, String safeName, Predicate<Path> taken) {
		// a reason note sent back in with the forms must not take the name of another original's reason note
		String fileName = safeName.endsWith(REASON_SUFFIX)
				? safeName.substring(0, safeName.length() - REASON_SUFFIX.length()) + ".退回原因（原件）.txt" : safeName;
		Path candidate = dir.resolve(fileName);
		int dot = fileName.lastIndexOf('.');
		String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
		String ext = dot > 0 ? fileName.substring(dot) : "";
		for (int n = 2; Files.exists(candidate) || taken.test(candidate); n++) {
			candidate = dir.resolve(stem + "（" + n + "）" + ext);
		}
		return candidate;
	}

}
