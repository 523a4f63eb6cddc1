package cn.minsheng.rollup.reprocess;

import cn.minsheng.rollup.ledger.Outcome;

/**
 * What re-validating one stored form gave.
 *
 * @param version the version of the form before, {@code null} for a rejected one
 * @param newVersion the version now in force from this form, {@code null} when it is not in force
 * @param reason the Chinese reason of the new decision
 */
public record Recheck(long submissionId, String unit, String fileName, Outcome before, Integer version, Change change,
		Integer newVersion, String reason) {

	/** How the ledger changed. */
	public enum Change {

		/** Same outcome, same errors and warnings: nothing stored. */
		UNCHANGED("结果不变"),
		/** Still accepted, with different warnings: stored as a new version in force. */
		NEW_VERSION("仍通过，提醒有变化，已存为新版本"),
		/** Was rejected, now passes: stored as the version in force. */
		NOW_ACCEPTED("原被退回，现通过校验，已存为有效版本"),
		/** Was accepted, now fails: the rejection is stored and the form no longer counts. */
		WITHDRAWN("原已接收，现未通过校验，不再计入汇总"),
		/** Was rejected and still fails: nothing stored. */
		STILL_REJECTED("仍未通过校验"),
		/** The kept original is missing or is now read as another unit or month: nothing stored. */
		SKIPPED("无法重新校验");

		private final String label;

		Change(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		/** Whether the ledger got a new record. */
		public boolean stored() {
			return this == NEW_VERSION || this == NOW_ACCEPTED || this == WITHDRAWN;
		}

	}

}
