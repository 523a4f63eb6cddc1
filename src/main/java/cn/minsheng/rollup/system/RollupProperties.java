package cn.minsheng.rollup.system;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

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
 */
@ConfigurationProperties("rollup")
public record RollupProperties(Path inputDir, Path outputDir, Path dataDir, Path catalogFile, String county,
		int year, Duration quietPeriod) {

	public Path archiveDir() {
		return dataDir.resolve("archive");
	}

	public Path rejectedDir() {
		return dataDir.resolve("rejected");
	}

}
