package cn.minsheng.rollup.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.minsheng.rollup.ledger.DecisionRepository;
import cn.minsheng.rollup.ledger.Submission;
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

	private final RejectionNoticeWriter writer = new RejectionNoticeWriter();

	public RejectionReasons(RollupProperties properties, DecisionRepository decisions) {
		this.properties = properties;
		this.decisions = decisions;
	}

	public void writeBeside(Submission submission, Path reasonFile) throws IOException {
		YearMonth period = submission.period() == null ? null : YearMonth.parse(submission.period());
		List<Violation> errors = this.decisions.violationsOf(submission.id()).stream().filter(Violation::isError)
			.toList();
		this.writer.write(submission.fileName(), submission.unit(), period, submission.reason(), errors, reasonFile);
		Path forwarded = this.properties.feedbackDir()
			.resolve(period == null ? "未识别" : period.toString())
			.resolve(SafeNames.segment(submission.unit()))
			.resolve(reasonFile.getFileName().toString());
		this.writer.write(submission.fileName(), submission.unit(), period, submission.reason(), errors, forwarded);
	}

}
