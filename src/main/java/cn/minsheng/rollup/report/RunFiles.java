package cn.minsheng.rollup.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.minsheng.rollup.ledger.Outcome;
import cn.minsheng.rollup.ledger.Submission;

/**
 * The files a run saw, as the ledger has them after its last step: what the run report and the terminal both show.
 *
 * @param files in the order they were registered
 */
public record RunFiles(long runId, List<Submission> files) {

	public RunFiles {
		files = List.copyOf(files);
	}

	/** How many of the files were decided with {@code outcome}. */
	public long count(Outcome outcome) {
		return counts().getOrDefault(outcome, 0L);
	}

	private Map<Outcome, Long> counts() {
		Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
		this.files.stream().filter((s) -> s.outcome() != null).forEach((s) -> counts.merge(s.outcome(), 1L, Long::sum));
		return counts;
	}

	/** "共 12 个文件：已接收 10，已退回 1，重复报送 1", the counts as the run report and the terminal state them. */
	public String countsText() {
		return "共 " + this.files.size() + " 个文件：已接收 " + count(Outcome.ACCEPTED) + "，已退回 " + count(Outcome.REJECTED)
				+ "，重复报送 " + count(Outcome.DUPLICATE);
	}

}
