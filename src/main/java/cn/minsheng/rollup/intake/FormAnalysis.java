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
 */
public record FormAnalysis(Path file, ParsedForm form, Identification identity, ValidationResult result,
		RejectionKind failureKind, String failureMessage, SeenPriorFigures priorsSeen, Sender sender) {

	public FormAnalysis {
		Objects.requireNonNull(file, "file");
		if (failureKind != null) {
			sender = sender == null || !sender.known() ? Sender.UNKNOWN : sender;
		}
		if ((failureKind == null) == (result == null)) {
			throw new IllegalArgumentException("either a result or a failure");
		}
	}

	static FormAnalysis read(Path file, ParsedForm form, Identification identity, ValidationResult result,
			SeenPriorFigures priorsSeen) {
		return new FormAnalysis(file, form, identity, result, null, null, priorsSeen, null);
	}

	/** @param sender who the evidence says sent it, {@link Sender#UNKNOWN} when unclear */
	static FormAnalysis failed(Path file, RejectionKind kind, String message, Sender sender) {
		return new FormAnalysis(file, null, null, null, kind, message, SeenPriorFigures.none(), sender);
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
