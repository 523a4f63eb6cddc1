package cn.minsheng.rollup.web;

/**
 * One nightly run, as 「立即处理」 starts it; the caller holds the run lock. Handed in by {@code serve}, so the page
 * does not reach up into the job's wiring.
 */
@FunctionalInterface
public interface NightRun {

	/** Runs the night (or completes the last one); returns a Chinese word on how it ended, for the log. */
	String run() throws Exception;

}
