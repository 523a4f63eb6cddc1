package cn.minsheng.rollup.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.form.FormLayout;
import cn.minsheng.rollup.testing.SlowTest;

/**
 * 项目分布清单 with many rows is streamed: memory stays flat and temporary files are removed. The suite runs 20,000
 * rows in-process and 50,000 rows in a child JVM with a 32 MB heap (the same rows built in an in-memory
 * {@code XSSFWorkbook} run out of memory there). The million-row case takes minutes and runs only on request:
 * {@code mvn -o test -Dexcluded.tags= -Dtest=LargeDistributionTest -Dsample.millionRows=true}.
 */
@SlowTest
class LargeDistributionTest {

	private static final YearMonth NOVEMBER = YearMonth.of(2023, 11);

	@TempDir
	Path out;

	@Test
	void writesTwentyThousandRowsThatStillAddUpAndCleansUpItsTemporaryFiles() throws Exception {
		long before = sxssfTempFiles();
		SampleSpec spec = SampleSpec.of(NOVEMBER).withUnits(List.of("县人社局")).withDistributionRows(20_000);

		GeneratedForm form = new SampleMonthGenerator(BundledCatalog.load()).generateMonth(spec, NOVEMBER, this.out)
			.get(0);

		assertThat(form.distributionRows()).isEqualTo(20_000);
		assertThat(RowCounter.rows(form.file(), FormLayout.DISTRIBUTION_SHEET)).isEqualTo(20_001);
		ReadBack.Form read = ReadBack.read(form.file());
		Map<String, Double> cumulative = ReadBack.cumulativeByCode(read.rows());
		read.distributionSums().forEach((code, sum) -> assertThat(sum).as(code)
			.isCloseTo(cumulative.get(code), within(1e-6)));
		assertThat(sxssfTempFiles()).isEqualTo(before);
	}

	@Test
	void streamsFiftyThousandRowsInA32MegabyteHeap() throws Exception {
		Path file = runInSmallHeap(50_000, "32m", 300);

		assertThat(RowCounter.rows(file, FormLayout.DISTRIBUTION_SHEET)).isEqualTo(50_001);
	}

	@Test
	@EnabledIfSystemProperty(named = "sample.millionRows", matches = "true")
	void streamsAMillionRowsInA32MegabyteHeap() throws Exception {
		Path file = runInSmallHeap(1_000_000, "32m", 1800);

		assertThat(RowCounter.rows(file, FormLayout.DISTRIBUTION_SHEET)).isEqualTo(1_000_001);
	}

	private Path runInSmallHeap(int rows, String heap, int timeoutSeconds) throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		Path log = this.out.resolve("run.log");
		Process process = new ProcessBuilder(java, "-Xmx" + heap, "-Dfile.encoding=UTF-8", "-cp",
				System.getProperty("java.class.path"), LargeSampleRun.class.getName(), this.out.toString(),
				Integer.toString(rows))
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("no result within " + timeoutSeconds + " s");
		}
		assertThat(process.exitValue()).as(Files.readString(log)).isZero();
		return this.out.resolve("2023-11").resolve("县行政审批服务局-2023年11月-月报表.xlsx");
	}

	private static long sxssfTempFiles() throws IOException {
		Path dir = Path.of(System.getProperty("java.io.tmpdir"), "poifiles");
		if (!Files.isDirectory(dir)) {
			return 0;
		}
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter((f) -> f.getFileName().toString().startsWith("poi-sxssf")).count();
		}
	}

}
