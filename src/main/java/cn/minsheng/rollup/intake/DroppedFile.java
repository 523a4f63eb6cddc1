package cn.minsheng.rollup.intake;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file found in the input folder that is ready to be taken in (settled, not a lock or temporary file).
 *
 * @param relativePath its path below the input folder, with forward slashes
 */
public record DroppedFile(Path path, String relativePath, long sizeBytes, Instant modifiedAt) {

	public String fileName() {
		return path.getFileName().toString();
	}

}
