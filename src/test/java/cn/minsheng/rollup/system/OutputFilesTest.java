package cn.minsheng.rollup.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The one way an output file is written: whole or not at all, replacing what was there, with the permissions a file
 * created by the process gets, leaving nothing behind on failure.
 */
class OutputFilesTest {

	@TempDir
	Path dir;

	@Test
	void writesTheFileInAFolderItCreatesAndReplacesAnOlderOne() throws IOException {
		Path target = this.dir.resolve("summary/表.xlsx");

		OutputFiles.write(target, (out) -> out.write("旧".getBytes(StandardCharsets.UTF_8)));
		OutputFiles.write(target, (out) -> out.write("新".getBytes(StandardCharsets.UTF_8)));

		assertThat(target).hasContent("新");
		assertThat(names(target.getParent())).containsExactly("表.xlsx");
	}

	@Test
	void leavesTheOldFileAndNoTemporaryFileWhenWritingFails() throws IOException {
		Path target = this.dir.resolve("表.xlsx");
		Files.writeString(target, "旧");

		assertThatIOException().isThrownBy(() -> OutputFiles.write(target, (out) -> {
			out.write("半".getBytes(StandardCharsets.UTF_8));
			throw new IOException("磁盘已满");
		})).withMessage("磁盘已满");

		assertThat(target).hasContent("旧");
		assertThat(names(this.dir)).containsExactly("表.xlsx");
	}

	@Test
	void givesTheFileThePermissionsOfAnyFileTheProcessCreates() throws IOException {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions only");
		Path plain = Files.writeString(this.dir.resolve("plain.txt"), "x");

		Path written = OutputFiles.write(this.dir.resolve("written.txt"), (out) -> out.write('x'));

		// the umask's, e.g. rw-r--r-- under 022; never Files.createTempFile's rw-------
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written)))
			.isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
	}

	@Test
	void namesItsTemporaryFilesAsTheLeftoverCleanUpKnowsThem() throws IOException {
		Path[] temp = new Path[1];
		OutputFiles.write(this.dir.resolve("表.xlsx"), (out) -> {
			try (Stream<Path> files = Files.list(this.dir)) {
				temp[0] = files.findFirst().orElseThrow();
			}
		});

		assertThat(temp[0].getFileName().toString()).startsWith(".writing-").endsWith(".tmp");
		assertThat(OutputFiles.isTemporary(temp[0])).isTrue();
		assertThat(OutputFiles.isTemporary(this.dir.resolve("表.xlsx"))).isFalse();
	}

	private static java.util.List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((f) -> f.getFileName().toString()).sorted().toList();
		}
	}

}
