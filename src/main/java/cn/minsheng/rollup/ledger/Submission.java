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

	/** The same file with its attempts as the ledger counts them now. */
	public Submission withAttempts(int counted) {
		return new Submission(this.id, this.fileName, this.sourcePath, this.sha256, this.sizeBytes, this.receivedAt,
				this.runId, this.state, this.outcome, this.rejectionKind, this.reason, this.unit, this.period, this.version,
				this.late, this.warningCount, this.errorCount, this.storedPath, this.feedbackPath, counted);
	}

}
