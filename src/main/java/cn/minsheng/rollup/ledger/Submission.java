package cn.minsheng.rollup.ledger;

import java.time.LocalDateTime;

/**
 * One received file as the ledger knows it.
 *
 * @param sourcePath where it was found, relative to the input folder
 * @param storedPath where the original is kept once placed (absolute), {@code null} before
 */
public record Submission(long id, String fileName, String sourcePath, String sha256, long sizeBytes,
		LocalDateTime receivedAt, long runId, SubmissionState state, Outcome outcome, String rejectionKind,
		String reason, String unit, String period, Integer version, boolean late, int warningCount, int errorCount,
		String storedPath, String feedbackPath, int attempts) {
}
