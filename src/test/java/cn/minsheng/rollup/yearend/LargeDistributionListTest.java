package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year's 项目分布清单 is streamed: a child JVM with a small heap consolidates a long list. The suite runs 50,000
 * lines in 32 MB; the million-line case of issue 17 runs on request in 256 MB:
 * {@code mvn -o test -Dtest=LargeDistributionListTest -Dyearend.millionRows=true}.
 */
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

	private String runInSmallHeap(long lines, String heap, int timeoutSeconds)
			throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Path log = this.dir.resolve("run.log");
		Process process = new ProcessBuilder(java, "-Xmx" + heap, "-Dfile.encoding=UTF-8", "-cp",
				System.getProperty("java.class.path"), LargeListRun.class.getName(), this.dir.toString(),
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
