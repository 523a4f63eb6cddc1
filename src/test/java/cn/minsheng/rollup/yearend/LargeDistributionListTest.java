package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.testing.SlowTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year's 项目分布清单 is streamed: a child JVM with a small heap consolidates a long list, fed line by line, and
 * read from a file ledger as {@code yearend} reads it. The suite runs 50,000 lines fed in 32 MB and 20,000 from the
 * ledger in 64 MB; the million-line cases of issue 17 (both ways) run on request in 256 MB:
 * {@code mvn -o test -Dtest=LargeDistributionListTest -Dyearend.millionRows=true}.
 */
@SlowTest
class LargeDistributionListTest {

	@TempDir
	Path dir;

	@Test
	void consolidatesFiftyThousandLinesInA32MegabyteHeap() throws Exception {
		assertThat(runInSmallHeap(50_000, "32m", 600)).contains("written=50000");
		assertThat(Files.size(this.dir.resolve("项目分布清单-2023.xlsx"))).isGreaterThan(100_000);
	}

	@Test
	@EnabledIfSystemProperty(named = "yearend.millionRows", matches = "true")
	void consolidatesAMillionLinesIn256Megabytes() throws Exception {
		assertThat(runInSmallHeap(1_000_000, "256m", 1800)).contains("written=1000000");
	}

	@Test
	void consolidatesTwentyThousandLinesFromTheLedgerIn64Megabytes() throws Exception {
		assertThat(run(LedgerListRun.class, 20_000, "64m", 600)).contains("written=20000");
	}

	@Test
	@EnabledIfSystemProperty(named = "yearend.millionRows", matches = "true")
	void consolidatesAMillionLinesFromTheLedgerIn256Megabytes() throws Exception {
		assertThat(run(LedgerListRun.class, 1_000_000, "256m", 3600)).contains("written=1000000");
	}

	private String runInSmallHeap(long lines, String heap, int timeoutSeconds)
			throws IOException, InterruptedException {
		return run(LargeListRun.class, lines, heap, timeoutSeconds);
	}

	private String run(Class<?> main, long lines, String heap, int timeoutSeconds)
			throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Path log = this.dir.resolve("run.log");
		Process process = new ProcessBuilder(java, "-Xmx" + heap, "-Dfile.encoding=UTF-8", "-cp",
				System.getProperty("java.class.path"), main.getName(), this.dir.toString(),
				Long.toString(lines))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("no result within " + timeoutSeconds + " s");
		}
		String output = Files.readString(log);
		assertThat(process.exitValue()).as(output).isZero();
		return output;
	}

}
