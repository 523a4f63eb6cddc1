package cn.minsheng.rollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.intake.FileDigest;
import cn.minsheng.rollup.testing.Prerequisites;
import cn.minsheng.rollup.testing.SlowTest;

/**
 * The nightly job over 439 real-world workbooks nobody on the team wrote (Apache POI's test files: old Excel, WPS,
 * fuzzer crash cases, encrypted, truncated, zip and XML bombs, Strict OOXML), dropped into the input folder in two
 * batches, each batch one run of the real program in its own 512 MB process. Every file must end accepted or
 * rejected with a Chinese reason, kept unchanged in exactly one place, decided within ten seconds; no run may fail.
 * <p>
 * The corpus is read from {@code ../shared/corpus/spreadsheets} at test time and never copied into the repository;
 * without it the test is skipped, saying so.
 */
@SlowTest
class NightlyJobCorpusTest {

	private static final int BATCHES = 2;

	private static final Duration RUN_TIMEOUT = Duration.ofMinutes(4);

	@TempDir
	Path root;

	@Test
	void everyCorpusFileEndsAcceptedOrRejectedWithAChineseReasonAndNoRunFails() throws Exception {
		Path corpus = corpusDirectory();
		Prerequisites.require(corpus != null, "corpus not found at ../shared/corpus/spreadsheets "
				+ "(nor /work/shared/corpus/spreadsheets): the job-level corpus test is skipped");
		List<Path> files = listing(corpus);
		ForkedNightlyRun job = new ForkedNightlyRun(this.root);
		Map<String, String> dropped = new LinkedHashMap<>();
		int perBatch = (files.size() + BATCHES - 1) / BATCHES;
		for (int b = 0; b < BATCHES; b++) {
			String folder = "第" + (b + 1) + "批";
			for (Path file : files.subList(Math.min(files.size(), b * perBatch),
					Math.min(files.size(), (b + 1) * perBatch))) {
				dropped.put(folder + "/" + file.getFileName(), drop(file, job.inputDir().resolve(folder)));
			}
			ForkedNightlyRun.Result run = job.run(RUN_TIMEOUT);
			assertThat(run.finished()).as("batch %d ended within %s", b + 1, RUN_TIMEOUT).isTrue();
			assertThat(run.exitCode()).as("exit code of batch %d; console:%n%s", b + 1, run.console()).isZero();
		}

		List<RunAudit.Placed> placed = RunAudit.audit(job, dropped);

		System.out.println("Job-level corpus tally (" + files.size() + " files, " + BATCHES + " runs at -Xmx"
				+ ForkedNightlyRun.HEAP + "):\n" + RunAudit.tally(placed));
		assertThat(placed).hasSize(files.size());
	}

	private static String drop(Path file, Path folder) throws IOException {
		Files.createDirectories(folder);
		Path target = Files.copy(file, folder.resolve(file.getFileName().toString()));
		// as if it arrived a while ago: settled, not still being copied
		Files.setLastModifiedTime(target, FileTime.from(Instant.now().minusSeconds(600)));
		return FileDigest.sha256(target);
	}

	private static List<Path> listing(Path corpus) throws IOException {
		try (Stream<Path> listing = Files.list(corpus)) {
			return listing.filter(Files::isRegularFile).sorted().toList();
		}
	}

	static Path corpusDirectory() {
		Path relative = Path.of(System.getProperty("user.dir")).resolve("../shared/corpus/spreadsheets").normalize();
		if (Files.isDirectory(relative)) {
			return relative;
		}
		Path absolute = Path.of("/work/shared/corpus/spreadsheets");
		return Files.isDirectory(absolute) ? absolute : null;
	}

}
