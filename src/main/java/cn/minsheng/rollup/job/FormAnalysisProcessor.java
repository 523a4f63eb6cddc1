package cn.minsheng.rollup.job;

import java.util.function.UnaryOperator;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import cn.minsheng.rollup.intake.FormAnalysis;
import cn.minsheng.rollup.intake.FormIntake;
import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.ledger.SubmissionRepository;

/**
 * Reads, identifies and checks one pending file: the part of deciding that does not depend on the files before it.
 * Thread-safe (it keeps no state; intake analyses different files at once), so the decide step runs it for the files
 * of a chunk concurrently. A file refused for its attempts, or whose content was decided before, is not read.
 */
class FormAnalysisProcessor implements ItemProcessor<Submission, AnalyzedSubmission> {

	private final FormIntake intake;

	private final SubmissionRepository submissions;

	private final int maxAttempts;

	private final UnaryOperator<Submission> counted;

	private final boolean mayHaveRows;

	/**
	 * @param counted the file with its attempts as the step counted them before it is read
	 * @param mayHaveRows a run that died may have stored 项目分布清单 rows for the files (they are replaced)
	 */
	FormAnalysisProcessor(FormIntake intake, SubmissionRepository submissions, int maxAttempts,
			UnaryOperator<Submission> counted, boolean mayHaveRows) {
		this.intake = intake;
		this.submissions = submissions;
		this.maxAttempts = maxAttempts;
		this.counted = counted;
		this.mayHaveRows = mayHaveRows;
	}

	@Override
	public AnalyzedSubmission process(Submission pending) {
		Submission file = this.counted.apply(pending);
		if (file.attempts() > this.maxAttempts
				|| this.submissions.findEarlierWithSameContent(file.sha256(), file.id()).isPresent()) {
			// decided without its content; a duplicate of a file in the same chunk is found only by the writer
			return new AnalyzedSubmission(file, null);
		}
		FormAnalysis analysis = this.intake.analyze(file, this.mayHaveRows);
		return new AnalyzedSubmission(file, analysis);
	}

}
