package cn.minsheng.rollup.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import cn.minsheng.rollup.intake.FormAnalysis;
import cn.minsheng.rollup.intake.FormIntake;
import cn.minsheng.rollup.ledger.DecisionRepository;
import cn.minsheng.rollup.system.CrashPoints;
import cn.minsheng.rollup.validation.PriorFigures;

/**
 * Decides the files of a chunk in file order and stores the decisions, in the chunk's one transaction: duplicates,
 * versions, lateness and the originals' places depend on the files decided before, those of the same chunk included
 * (the queries run in the chunk's transaction and see them). A check that compared with an earlier month of its unit
 * decided since it was made (in this chunk, say) is made again, so the ledger ends as a one-file-at-a-time run leaves
 * it.
 */
class DecisionWriter implements ItemWriter<AnalyzedSubmission> {

	private static final Logger log = LoggerFactory.getLogger(DecisionWriter.class);

	private final FormIntake intake;

	private final DecisionRepository decisions;

	private final PriorFigures ledger;

	DecisionWriter(FormIntake intake, DecisionRepository decisions, PriorFigures ledger) {
		this.intake = intake;
		this.decisions = decisions;
		this.ledger = ledger;
	}

	@Override
	public void write(Chunk<? extends AnalyzedSubmission> chunk) {
		for (AnalyzedSubmission item : chunk) {
			var decision = this.intake.decide(item.submission(), () -> current(item));
			this.decisions.store(item.submission().id(), decision);
			CrashPoints.reached("decide");
		}
	}

	/** The analysis, made (again) now when it was not made or no longer holds. */
	private FormAnalysis current(AnalyzedSubmission item) {
		FormAnalysis analysis = item.analysis();
		if (analysis != null && analysis.stillCurrent(this.ledger)) {
			return analysis;
		}
		if (analysis != null) {
			log.info("intake.recheck submission={} unit={} (an earlier month of the unit was decided meanwhile)",
					item.submission().id(), analysis.identity().unit());
		}
		return this.intake.analyze(item.submission());
	}

}
