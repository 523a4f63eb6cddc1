package cn.minsheng.rollup.job;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.testing.SlowTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Under the README's deployment the night runs as a service account and the office's staff open its files on their
 * own accounts: run under umask 022, the program writes every file readable by group and others (rw-r--r--), the
 * summary and the dispatch drafts as much as the feedback, the notes, the run report, the templates and the samples.
 */
@SlowTest
class OutputPermissionsTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(4);

	@TempDir
	Path root;

	@Test
	void everyFileTheProgramWritesUnderUmask022IsReadableByGroupAndOthers() throws Exception {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
		ForkedNightlyRun program = new ForkedNightlyRun(this.root);
		copy(Path.of("input/2023-10"), program.inputDir().resolve("2023-10"));
		copy(Path.of("input/2023-11"), program.inputDir().resolve("2023-11"));
		// not a workbook at all: refused whole, with a 退回原因 note beside the original
		Files.writeString(program.inputDir().resolve("县交警大队-2023年11月-月报表.xlsx"), "这不是表格");
		Path samples = this.root.resolve("samples");

		succeeds(program.command(TIMEOUT, "022", "sample", "--period=2023-12", "--units=县民政局", "--dir=" + samples));
		succeeds(program.command(TIMEOUT, "022", "template", "--period=2023-12"));
		succeeds(program.command(TIMEOUT, "022", "run", "--quiet=0s"));

		Map<String, String> modes = new TreeMap<>();
		for (Path folder : List.of(program.outputDir(), program.dataDir().resolve("rejected"), samples)) {
			try (Stream<Path> files = Files.walk(folder)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					modes.put(this.root.relativize(file).toString(),
							PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
				}
			}
		}
		// every kind of file the program writes is there
		assertThat(modes.keySet()).anyMatch((f) -> f.startsWith("output/summary/") && f.endsWith(".xlsx"))
			.anyMatch((f) -> f.startsWith("output/dispatch/") && f.endsWith(".docx"))
			.anyMatch((f) -> f.startsWith("output/reports/运行报告-"))
			.anyMatch((f) -> f.startsWith("output/feedback/"))
			.anyMatch((f) -> f.startsWith("output/templates/"))
			.anyMatch((f) -> f.startsWith("data/rejected/") && f.endsWith(".退回原因.txt"))
			.anyMatch((f) -> f.startsWith("samples/"));
		modes.forEach((file, mode) -> assertThat(PosixFilePermissions.fromString(mode)).as(file + " " + mode)
			.contains(PosixFilePermission.OWNER_READ, PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ));
	}

	private static void succeeds(ForkedNightlyRun.Result result) {
		assertThat(result.exitCode()).as("exit code; console:%n%s", result.console()).isZero();
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
	}

}
