package cn.minsheng.rollup.report;

import java.util.Objects;

/**
 * A unit's standing for one month.
 *
 * @param reason for {@link SubmissionStatus#REJECTED}: why the latest file was refused; otherwise {@code null}
 * @param fileName the file in force (accepted) or the latest refused file; {@code null} when nothing was sent
 * @param version the accepted version in force (1, 2, …); {@code null} unless accepted
 */
public record UnitSubmission(String unit, SubmissionStatus status, String reason, String fileName, Integer version) {

	public UnitSubmission {
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(status, "status");
	}

	public static UnitSubmission notSubmitted(String unit) {
		return new UnitSubmission(unit, SubmissionStatus.NOT_SUBMITTED, null, null, null);
	}

}
