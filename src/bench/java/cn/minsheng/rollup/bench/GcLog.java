package cn.minsheng.rollup.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the heap figures out of a unified GC log written with {@code -Xlog:gc,gc+heap+exit}: the most heap in use
 * before any collection or at exit, and the most still in use after a collection.
 */
final class GcLog {

	private static final Pattern PAUSE = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");

	private static final Pattern EXIT_USED = Pattern.compile("total \\d+K, used (\\d+)K");

	private GcLog() {
	}

	/** {peak, live} in MB; zeros when the log is missing. */
	static double[] heap(Path log) throws IOException {
		if (!Files.exists(log)) {
			return new double[] { 0, 0 };
		}
		List<String> lines = Files.readAllLines(log);
		double peak = 0;
		double live = 0;
		double atExit = 0;
		for (String line : lines) {
			Matcher pause = PAUSE.matcher(line);
			if (pause.find()) {
				peak = Math.max(peak, Double.parseDouble(pause.group(1)));
				live = Math.max(live, Double.parseDouble(pause.group(2)));
			}
			Matcher exit = EXIT_USED.matcher(line);
			if (exit.find() && !line.contains("Metaspace") && !line.contains("class space")) {
				// one line for G1; young and old generation lines for the other collectors
				atExit += Double.parseDouble(exit.group(1)) / 1024;
			}
		}
		return new double[] { Math.max(peak, atExit), live };
	}

}
