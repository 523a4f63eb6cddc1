package cn.minsheng.rollup.system;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where things live and how the office names things; every key is documented in {@code application.yml}.
 *
 * @param inputDir the drop folder staff put the units' files in
 * @param outputDir where templates, feedback, run reports and summaries are written
 * @param dataDir the H2 ledger, archived and rejected originals, logs
 * @param catalogFile the year's catalog; relative paths resolve against the working directory
 * @param county the county's name, used in titles
 * @param year the reporting year when no period is given
 * @param quietPeriod a file changed more recently than this is still being written and is left for a later run
 * @param dueDay forms of a month are due by the end of this day of that month; later ones count as late
 * @param zone the office's time zone, for "today", due dates and the schedule
 * @param maxAttempts a file whose processing killed the run this many times is rejected instead of retried
 * @param archiveDir accepted originals, by month and unit; empty means {@code <dataDir>/archive}
 * @param rejectedDir rejected originals with their reason files; empty means {@code <dataDir>/rejected}
 */
@ConfigurationProperties("rollup")
public record RollupProperties(@DefaultValue("input") Path inputDir, @DefaultValue("output") Path outputDir,
		@DefaultValue("data") Path dataDir, @DefaultValue("input/catalog/2023-项目清单.xlsx") Path catalogFile,
		@DefaultValue("湘潭县") String county, @DefaultValue("2023") int year,
		@DefaultValue("60s") Duration quietPeriod, @DefaultValue("28") int dueDay,
		@DefaultValue("Asia/Shanghai") ZoneId zone, @DefaultValue("3") int maxAttempts, Path archiveDir,
		Path rejectedDir) {

	public RollupProperties {
		archiveDir = archiveDir == null || archiveDir.toString().isBlank() ? dataDir.resolve("archive") : archiveDir;
		rejectedDir = rejectedDir == null || rejectedDir.toString().isBlank() ? dataDir.resolve("rejected") : rejectedDir;
	}

	/** The defaults of {@code application.yml} with the four folders given: for tests and tools. */
	public static RollupProperties of(Path inputDir, Path outputDir, Path dataDir, Path catalogFile) {
		return new RollupProperties(inputDir, outputDir, dataDir, catalogFile, "湘潭县", 2023, Duration.ofSeconds(60), 28,
				ZoneId.of("Asia/Shanghai"), 3, null, null);
	}

	/** Feedback workbooks and rejection notices, by month and unit, for staff to forward. */
	public Path feedbackDir() {
		return outputDir.resolve("feedback");
	}

	/** One report per run that saw files. */
	public Path reportsDir() {
		return outputDir.resolve("reports");
	}

}
