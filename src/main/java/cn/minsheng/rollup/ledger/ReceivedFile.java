package cn.minsheng.rollup.ledger;

import java.time.LocalDateTime;

/**
 * A file found in the input folder, ready to be registered.
 *
 * @param sourcePath its path relative to the input folder, with forward slashes
 * @param receivedAt its modification time: when it arrived in the folder
 * @param periodHint a month guessed from its folder or name ({@code 2023-11}), {@code null} when none
 */
public record ReceivedFile(String fileName, String sourcePath, String sha256, long sizeBytes,
		LocalDateTime receivedAt, String periodHint) {
}
