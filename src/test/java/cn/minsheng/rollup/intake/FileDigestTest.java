package cn.minsheng.rollup.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;

/** The SHA-256 that recognizes a file sent twice, of one file or of a night's files on several threads. */
class FileDigestTest {

	@TempDir
	Path dir;

	@Test
	void digestIsTheSha256OfTheBytes() throws IOException {
		Path file = Files.writeString(this.dir.resolve("abc.txt"), "abc", StandardCharsets.US_ASCII);

		assertThat(FileDigest.sha256(file))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void manyFilesOnSeveralThreadsGiveEachItsOwnDigestInTheFilesOrder() throws IOException {
		List<Path> files = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			files.add(Files.writeString(this.dir.resolve(i + ".txt"), "内容 " + i + "x".repeat(i * 3000)));
		}

		List<FileDigest.Digested> digests = FileDigest.sha256All(files, new SimpleAsyncTaskExecutor());

		assertThat(digests).hasSize(40);
		for (int i = 0; i < 40; i++) {
			assertThat(digests.get(i).file()).isEqualTo(files.get(i));
			assertThat(digests.get(i).sha256OrThrow()).isEqualTo(FileDigest.sha256(files.get(i)));
		}
		assertThat(digests.stream().map(FileDigest.Digested::sha256).distinct()).hasSize(40);
	}

	@Test
	void aFileThatCannotBeReadIsReportedWithoutStoppingTheOthers() throws IOException {
		Path first = Files.writeString(this.dir.resolve("a.txt"), "a");
		Path gone = this.dir.resolve("gone.txt");
		Path last = Files.writeString(this.dir.resolve("b.txt"), "b");

		List<FileDigest.Digested> digests = FileDigest.sha256All(List.of(first, gone, last), new SimpleAsyncTaskExecutor());

		assertThat(digests.get(0).sha256()).isEqualTo(FileDigest.sha256(first));
		assertThat(digests.get(1).sha256()).isNull();
		assertThat(digests.get(1).failure()).isInstanceOf(NoSuchFileException.class);
		assertThatThrownBy(digests.get(1)::sha256OrThrow).isInstanceOf(NoSuchFileException.class);
		assertThat(digests.get(2).sha256()).isEqualTo(FileDigest.sha256(last));
	}

	@Test
	void oneThreadGivesTheSameDigests() throws IOException {
		Path a = Files.writeString(this.dir.resolve("a.txt"), "a");
		Path b = Files.writeString(this.dir.resolve("b.txt"), "b");

		assertThat(FileDigest.sha256All(List.of(a, b), new SyncTaskExecutor())).map(FileDigest.Digested::sha256)
			.containsExactly(FileDigest.sha256(a), FileDigest.sha256(b));
	}

}
