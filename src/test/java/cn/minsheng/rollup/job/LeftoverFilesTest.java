package cn.minsheng.rollup.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

import cn.minsheng.rollup.system.OutputFiles;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * Half-written files of a killed run are cleared before the next run; originals and finished outputs never are.
 */
class LeftoverFilesTest {

	@TempDir
	Path dir;

	@Test
	void clearsTemporaryWorkbooksAndNotesButKeepsOriginalsAndFinishedFiles() throws IOException {
		RollupProperties properties = RollupProperties.of(this.dir.resolve("input"), this.dir.resolve("output"),
				this.dir.resolve("data"), this.dir.resolve("catalog.xlsx"));
		Path summaryTemp = file(properties.outputDir().resolve("summary/.summary-123.xlsx.tmp"));
		Path reportTemp = file(properties.reportsDir().resolve("运行报告-第1次.xlsx.tmp"));
		Path noteTemp = file(properties.rejectedDir().resolve("2023-11/.writing-456.tmp"));
		Path draftTemp = file(properties.outputDir().resolve("dispatch/2023-11/.dispatch-789.docx.tmp"));
		Path yearendTemp = file(properties.outputDir().resolve("yearend/2023/台账资料/县残联/.writing-abc.tmp"));
		Path summary = file(properties.outputDir().resolve("summary/湘潭县重点民生实事进展汇总表-2023年11月.xlsx"));
		Path original = file(properties.archiveDir().resolve("2023-11/县残联/县残联-2023年11月-月报表.xlsx"));
		Path oddOriginal = file(properties.rejectedDir().resolve("2023-11/运行报告-第1次.xlsx.partial"));
		Path copying = file(properties.archiveDir().resolve("2023-11/县残联/县残联-2023年11月-月报表（2）.xlsx.partial"));

		int removed = LeftoverFiles.clear(properties);

		assertThat(removed).isEqualTo(5);
		assertThat(summaryTemp).doesNotExist();
		assertThat(reportTemp).doesNotExist();
		assertThat(noteTemp).doesNotExist();
		assertThat(draftTemp).as("a dispatch draft's temporary file").doesNotExist();
		assertThat(yearendTemp).as("a year-end file's temporary file").doesNotExist();
		assertThat(summary).exists();
		assertThat(original).exists();
		assertThat(oddOriginal).exists();
		assertThat(copying).as("a copy across file systems is completed by the next placement").exists();
	}

	private static Path file(Path path) throws IOException {
		Files.createDirectories(path.getParent());
		return Files.writeString(path, "x");
	}

	@Test
	void theTemporaryFileOfTheOutputWriterIsALeftover() throws IOException {
		Path[] temp = new Path[1];
		OutputFiles.write(this.dir.resolve("表.xlsx"), (out) -> {
			try (Stream<Path> files = Files.list(this.dir)) {
				temp[0] = files.findFirst().orElseThrow();
			}
		});

		assertThat(LeftoverFiles.isLeftover(temp[0])).isTrue();
		assertThat(LeftoverFiles.isLeftover(this.dir.resolve("表.xlsx"))).isFalse();
	}

}
