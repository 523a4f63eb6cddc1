package cn.minsheng.rollup.job;

import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.minsheng.rollup.intake.FormAnalysis;
import cn.minsheng.rollup.intake.FormIntake;
import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.system.Futures;
import cn.minsheng.rollup.validation.PriorFigures;

/**
 * A file whose reading was started on the read-ahead pool, waiting for its turn to be decided.
 *
 * @param suspect read alone: it had attempts, or a run that died had read it ahead
 * @param analysis the reading under way; {@code null} when the file was not read (too many attempts)
 */
record ReadAhead(Submission submission, boolean suspect, Future<FormAnalysis> analysis,
		FormIntake intake, PriorFigures ledger) {

	private static final Logger log = LoggerFactory.getLogger(ReadAhead.class);

	boolean done() {
		return this.analysis == null || this.analysis.isDone();
	}

	/** The analysis, made again if an earlier month of the unit was decided while it was read. */
	FormAnalysis await() {
		if (this.analysis == null) {
			throw new IllegalStateException("file " + this.submission.id() + " was not read: too many attempts");
		}
		FormAnalysis done = result();
		if (done.stillCurrent(this.ledger)) {
			return done;
		}
		log.info("intake.recheck submission={} unit={} (an earlier month of the unit was decided meanwhile)",
				this.submission.id(), done.identity().unit());
		return this.intake.analyze(this.submission);
	}

	/** Waits for the reading to end; its failure, if any, is reported by {@link #await()} when the step asks. */
	void settle() {
		if (this.analysis != null) {
			// not needed for the decision (a duplicate, say): nothing of it is kept
			Futures.settle(this.analysis);
		}
	}

	private FormAnalysis result() {
		return Futures.await(this.analysis, "interrupted while reading file " + this.submission.id());
	}

}
