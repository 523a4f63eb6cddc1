package cn.minsheng.rollup.job;

import java.util.function.Supplier;

import cn.minsheng.rollup.intake.FormAnalysis;
import cn.minsheng.rollup.intake.FormIntake;
import cn.minsheng.rollup.ledger.Decision;
import cn.minsheng.rollup.ledger.Submission;

/**
 * A registered file handed out to be decided, with its attempt counted, and its analysis: made on demand, or already
 * under way on another thread.
 *
 * @param analysis gives the analysis, waiting for one under way
 * @param reading waits until a reading under way has ended, whether or not its analysis is used
 */
public record SubmissionToDecide(Submission submission, Supplier<FormAnalysis> analysis, Runnable reading) {

	/**
	 * Decides the file. A reading begun ahead has ended before this returns, so none of its distribution rows can
	 * arrive after the decision is stored (a duplicate's rows are removed with its decision).
	 */
	public Decision decide(FormIntake intake) {
		try {
			return intake.decide(this.submission, this.analysis);
		}
		finally {
			this.reading.run();
		}
	}

}
