package cn.minsheng.rollup.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.minsheng.rollup.ledger.DecisionRepository;
import cn.minsheng.rollup.ledger.Outcome;
import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.ledger.SubmissionRepository;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.system.SafeNames;
import cn.minsheng.rollup.validation.RejectionNoticeWriter;
import cn.minsheng.rollup.validation.Violation;

/**
 * The reason note of a file not taken in: beside the kept original, and a copy among the feedback staff forward to
 * units. Written again harmlessly when a run is repeated.
 */
@Component
public class RejectionReasons {

	private final RollupProperties properties;

	private final DecisionRepository decisions;

	private final SubmissionRepository submissions;

	private final RejectionNoticeWriter writer = new RejectionNoticeWriter();

	public RejectionReasons(RollupProperties properties, DecisionRepository decisions,
			SubmissionRepository submissions) {
		this.properties = properties;
		this.decisions = decisions;
		this.submissions = submissions;
	}

	public void writeBeside(Submission submission, Path reasonFile) throws IOException {
		YearMonth period = submission.period() == null ? null : YearMonth.parse(submission.period());
		Path forwarded = this.properties.feedbackDir()
			.resolve(period == null ? "未识别" : period.toString())
			.resolve(SafeNames.segment(submission.unit()))
			.resolve(reasonFile.getFileName().toString());
		if (copiesAnAcceptedFile(submission)) {
			for (Path note : List.of(reasonFile, forwarded)) {
				this.writer.writeAlreadyReceived(submission.fileName(), submission.unit(), period, submission.reason(),
						note);
			}
			return;
		}
		List<Violation> errors = this.decisions.violationsOf(submission.id()).stream().filter(Violation::isError)
			.toList();
		this.writer.write(submission.fileName(), submission.unit(), period, submission.reason(), errors, reasonFile);
		this.writer.write(submission.fileName(), submission.unit(), period, submission.reason(), errors, forwarded);
	}

	/** A duplicate of a file accepted earlier: the unit has nothing to do, and its note must not say 退回. */
	private boolean copiesAnAcceptedFile(Submission submission) {
		return submission.outcome() == Outcome.DUPLICATE
				&& this.submissions.findEarlierWithSameContent(submission.sha256(), submission.id())
					.map((earlier) -> earlier.outcome() == Outcome.ACCEPTED)
					.orElse(false);
	}

}
