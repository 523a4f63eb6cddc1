package cn.minsheng.rollup.intake;

import java.nio.file.Path;
import java.util.Objects;

import cn.minsheng.rollup.intake.UnclearIdentityException.Sender;
import cn.minsheng.rollup.validation.PriorFigures;
import cn.minsheng.rollup.validation.ValidationResult;
import cn.minsheng.rollup.workbook.ParsedForm;
import cn.minsheng.rollup.workbook.RejectionKind;

/**
 * What reading one file told: the form, its unit and month and its check, or why it could not be read. It is what
 * intake can work out without deciding; the decision (duplicate, version, where the original goes) is taken in file
 * order from it, which lets files be read ahead on other threads.
 *
 * @param file the file read
 * @param form the form read, {@code null} when reading or identifying failed
 * @param identity its unit and month, {@code null} when reading or identifying failed
 * @param result the check, {@code null} when reading or identifying failed
 * @param failureKind why the file could not be read or identified, {@code null} when it was
 * @param failureMessage the Chinese reason for the unit, {@code null} when it was read
 * @param priorsSeen the earlier months' figures the check compared with
 * @param sender for a failure, the unit and month the evidence names (both or none); {@code null} when it was read
 * @param returned an accepted {@link ReturnedWorkbook} (a 评估认定表, not a monthly form), else {@code null}
 */
public record FormAnalysis(Path file, ParsedForm form, Identification identity, ValidationResult result,
		RejectionKind failureKind, String failureMessage, SeenPriorFigures priorsSeen, Sender sender,
		ReturnReading returned) {

	public FormAnalysis {
		Objects.requireNonNull(file, "file");
		if (failureKind != null) {
			sender = sender == null || !sender.known() ? Sender.UNKNOWN : sender;
		}
		int outcomes = (failureKind == null ? 0 : 1) + (result == null ? 0 : 1) + (returned == null ? 0 : 1);
		if (outcomes != 1) {
			throw new IllegalArgumentException("one of a result, a failure or a return");
		}
	}

	static FormAnalysis read(Path file, ParsedForm form, Identification identity, ValidationResult result,
			SeenPriorFigures priorsSeen) {
		return new FormAnalysis(file, form, identity, result, null, null, priorsSeen, null, null);
	}

	/** @param sender who the evidence says sent it, {@link Sender#UNKNOWN} when unclear */
	static FormAnalysis failed(Path file, RejectionKind kind, String message, Sender sender) {
		return new FormAnalysis(file, null, null, null, kind, message, SeenPriorFigures.none(), sender, null);
	}

	/** A returned workbook: accepted, or failed with its problems. */
	static FormAnalysis returned(Path file, ReturnReading reading) {
		if (!reading.accepted()) {
			String listed = String.join("；", reading.problems().subList(0, Math.min(5, reading.problems().size())));
			return failed(file, RejectionKind.INVALID, reading.kind() + "校验未通过，共 " + reading.problems().size()
					+ " 处问题：" + listed + (reading.problems().size() > 5 ? "……" : ""), Sender.UNKNOWN);
		}
		return new FormAnalysis(file, null, null, null, null, null, SeenPriorFigures.none(), null, reading);
	}

	public boolean failed() {
		return this.failureKind != null;
	}

	/**
	 * Whether the check still holds: the earlier months it compared with are what the ledger holds now. A file read
	 * ahead while an earlier month of its unit was being decided must be checked again.
	 */
	public boolean stillCurrent(PriorFigures ledger) {
		return this.priorsSeen.unchangedIn(ledger);
	}

}
