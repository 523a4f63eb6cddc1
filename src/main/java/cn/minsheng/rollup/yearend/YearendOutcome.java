package cn.minsheng.rollup.yearend;

import java.nio.file.Path;
import java.util.List;

/**
 * What a year-end run produced.
 *
 * @param written the files (re)written; files whose content did not change are not listed
 * @param kept the files left as they were because nothing in them changed
 * @param problems Chinese notes for the office, e.g. lines of its acceptance record that could not be used
 * @param onlineAccepted indicators accepted online of {@code indicators}
 * @param reviewFindings lines of the 回头看 list
 */
public record YearendOutcome(int year, Path folder, List<Path> written, List<Path> kept, List<String> problems,
		int indicators, int onlineAccepted, int offlineAccepted, int reviewFindings, int certifiedDifferences) {

	public YearendOutcome {
		written = List.copyOf(written);
		kept = List.copyOf(kept);
		problems = List.copyOf(problems);
	}

}
