package cn.minsheng.rollup.system;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * The one way every output file is written (summary, dispatch drafts, run report, feedback, reason notes, templates,
 * samples, catalog workbooks): into a temporary file in the target's folder, then moved over the target in one step,
 * so a reader never sees half a file.
 * <ul>
 * <li>The temporary file is created with the permissions the process umask gives (rw-r--r-- under umask 022), not
 * with {@code Files.createTempFile}'s owner-only rw-------: the moved file keeps them, and the office's staff open
 * the files on their own accounts while the night runs under a service account.</li>
 * <li>The move is atomic where the file system can; where it cannot, a plain replacing move.</li>
 * <li>The temporary file is removed when anything fails; one killed mid-write is named
 * {@code .writing-<id>.tmp}, which {@link LeftoverFiles} clears before the next run (and the input scan skips, being
 * hidden and {@code .tmp}).</li>
 * </ul>
 */
public final class OutputFiles {

	/** How every temporary file's name starts. */
	static final String TEMP_PREFIX = ".writing-";

	/** How every temporary file's name ends. */
	static final String TEMP_SUFFIX = ".tmp";

	private OutputFiles() {
	}

	/**
	 * Writes {@code target} from {@code content}, replacing any file there in one step; creates the folder.
	 * @return {@code target}
	 */
	public static Path write(Path target, Content content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		Path temp = dir.resolve(TEMP_PREFIX + UUID.randomUUID() + TEMP_SUFFIX);
		try {
			try (OutputStream out = new BufferedOutputStream(
					Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
				content.writeTo(out);
			}
			move(temp, target);
			return target;
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	/** Whether {@code file} is a temporary file of {@link #write}, left by a run that was killed. */
	public static boolean isTemporary(Path file) {
		String name = file.getFileName().toString();
		return name.startsWith(TEMP_PREFIX) && name.endsWith(TEMP_SUFFIX);
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** What goes into the file. */
	@FunctionalInterface
	public interface Content {

		void writeTo(OutputStream out) throws IOException;

	}

}
