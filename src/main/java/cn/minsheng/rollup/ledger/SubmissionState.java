package cn.minsheng.rollup.ledger;

/**
 * Where a received file is in its short life; each step is committed, so a run that dies anywhere is completed by the
 * next one without losing or doubling anything.
 */
public enum SubmissionState {

	/** Registered: found in the input folder, hashed, not yet decided. */
	PENDING,
	/** Its outcome, rows and violations are stored; the original is still in the input folder. */
	DECIDED,
	/** The original has been moved to the archive or the rejected folder. */
	PLACED

}
