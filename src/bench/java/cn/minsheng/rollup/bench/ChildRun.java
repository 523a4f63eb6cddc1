package cn.minsheng.rollup.bench;

import java.time.Instant;

/**
 * One child JVM as the benchmark saw it from outside.
 *
 * @param started when the benchmark launched the process (the clock just before {@code ProcessBuilder.start})
 * @param wallSeconds from launch to exit
 * @param cpuSeconds user + system CPU of the process (read from {@code /proc}; 0 where there is none)
 * @param peakRssMb the most resident memory the process had ({@code VmHWM}; 0 where unknown)
 * @param heapPeakMb the most heap in use, before a collection or at exit (from the GC log)
 * @param heapLiveMb the most heap still in use after a collection: what the work really keeps (0: no collection)
 * @param exitCode the process's exit code
 * @param output what it printed (standard output and error)
 */
record ChildRun(Instant started, double wallSeconds, double cpuSeconds, double peakRssMb, double heapPeakMb,
		double heapLiveMb, int exitCode, String output) {

	boolean ok() {
		return this.exitCode == 0;
	}

	/** The value after {@code key=} in the output, as a number; NaN when absent. */
	/**
	 * From the launch to the moment a floor printed {@code startup.at=}, as the pipeline's startup is counted;
	 * {@code startup.seconds} (from the JVM's own start) where the floor printed no such line.
	 */
	double startupFromLaunch() {
		double at = printed("startup.at");
		return Double.isNaN(at) ? printed("startup.seconds") : (at - this.started.toEpochMilli()) / 1000.0;
	}

	double printed(String key) {
		for (String line : this.output.split("\n")) {
			int at = line.indexOf(key + "=");
			if (at >= 0) {
				String value = line.substring(at + key.length() + 1).strip().split("\\s+")[0];
				return Double.parseDouble(value);
			}
		}
		return Double.NaN;
	}

}
