package cn.minsheng.rollup.intake;

import java.time.YearMonth;

import cn.minsheng.rollup.workbook.FormReadException;
import cn.minsheng.rollup.workbook.RejectionKind;

/**
 * A form that cannot be filed under one unit and one month, with what the evidence does name clearly: the file is
 * rejected, and recorded for its sender where the unit and the month are both known.
 */
public class UnclearIdentityException extends FormReadException {

	private final transient Sender sender;

	UnclearIdentityException(RejectionKind kind, String chineseReason, Sender sender) {
		super(kind, chineseReason);
		this.sender = sender;
	}

	/** The unit and month the evidence names, each {@code null} when it names none clearly. */
	public Sender sender() {
		return this.sender;
	}

	/**
	 * Who sent a rejected file and for which month, as far as the evidence tells.
	 *
	 * @param unit the catalog unit, {@code null} when unclear
	 * @param period the month, {@code null} when unclear
	 */
	public record Sender(String unit, YearMonth period) {

		static final Sender UNKNOWN = new Sender(null, null);

		/** Both are known: the rejection can be recorded for the unit's month. */
		public boolean known() {
			return this.unit != null && this.period != null;
		}

	}

}
