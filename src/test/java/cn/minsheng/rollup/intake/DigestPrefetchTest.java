package cn.minsheng.rollup.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;

import cn.minsheng.rollup.system.RollupProperties;

/**
 * The files waiting in the input folder are hashed while {@code run} starts; registration uses a digest taken then
 * only for a file that has not changed since, and hashes the others itself.
 */
class DigestPrefetchTest {

	private static final Instant NOW = Instant.parse("2023-11-28T18:00:00Z");

	private static final Instant SETTLED = NOW.minusSeconds(3600);

	@TempDir
	Path dir;

	private RollupProperties properties;

	private final List<Runnable> startupTasks = new ArrayList<>();

	private final TaskExecutor startup = this.startupTasks::add;

	@BeforeEach
	void folders() {
		this.properties = RollupProperties.of(this.dir.resolve("input"), this.dir.resolve("output"),
				this.dir.resolve("data"), this.dir.resolve("catalog.xlsx"));
	}

	@Test
	void aFileChangedAfterItWasHashedAheadGetsTheDigestOfWhatItHoldsNow() throws IOException {
		Path kept = file("县人社局-2023年11月-月报表.xlsx", "月报表一", SETTLED);
		Path changed = file("县民政局-2023年11月-月报表.xlsx", "月报表二", SETTLED);
		DigestPrefetch prefetch = startedFor("run");
		this.startupTasks.forEach(Runnable::run);

		Files.writeString(changed, "改过的月报表二");
		Files.setLastModifiedTime(changed, FileTime.from(SETTLED.plusSeconds(60)));

		assertThat(digestsAtRegistration(prefetch)).containsExactly(FileDigest.sha256(kept),
				FileDigest.sha256(changed));
	}

	@Test
	void aDigestTakenAheadIsUsedForAFileOfTheSameSizeAndTime() throws IOException {
		// what shows the digest was taken ahead: content replaced behind the look ahead's back, its size and time
		// put back; the move of the original checks the digest once more and keeps such a file where it is
		Path file = file("县人社局-2023年11月-月报表.xlsx", "月报表一", SETTLED);
		String before = FileDigest.sha256(file);
		DigestPrefetch prefetch = startedFor("run");
		this.startupTasks.forEach(Runnable::run);

		Files.writeString(file, "月报表二");
		Files.setLastModifiedTime(file, FileTime.from(SETTLED));

		assertThat(digestsAtRegistration(prefetch)).containsExactly(before);
		assertThat(FileDigest.sha256(file)).isNotEqualTo(before);
	}

	@Test
	void filesNotYetHashedWhenRegistrationBeginsAreHashedThenAndTheLookAheadStops() throws IOException {
		Path first = file("县人社局-2023年11月-月报表.xlsx", "月报表一", SETTLED);
		Path second = file("县民政局-2023年11月-月报表.xlsx", "月报表二", SETTLED.plusSeconds(1));
		DigestPrefetch prefetch = startedFor("run");

		assertThat(digestsAtRegistration(prefetch)).containsExactly(FileDigest.sha256(first),
				FileDigest.sha256(second));
		// the start-up thread gets to the task only now, after registration: the later night hashes its files itself
		this.startupTasks.forEach(Runnable::run);
		assertThat(digestsAtRegistration(prefetch)).containsExactly(FileDigest.sha256(first),
				FileDigest.sha256(second));
	}

	@Test
	void onlyTheNightlyRunHashesAhead() throws IOException {
		file("县人社局-2023年11月-月报表.xlsx", "月报表一", SETTLED);

		startedFor("status");
		startedFor("serve");
		startedFor("run", "--help");

		assertThat(this.startupTasks).isEmpty();
		startedFor("run", "--input=" + this.dir.resolve("input"));
		assertThat(this.startupTasks).hasSize(1);
	}

	private List<String> digestsAtRegistration(DigestPrefetch prefetch) throws IOException {
		List<DroppedFile> files = InputFolderScanner.ofNight(this.properties, clock()).scan();
		List<String> digests = new ArrayList<>();
		for (FileDigest.Digested digest : prefetch.digestsOf(files, new SyncTaskExecutor())) {
			digests.add(digest.sha256OrThrow());
		}
		return digests;
	}

	private DigestPrefetch startedFor(String... args) {
		return new DigestPrefetch(this.properties, clock(), new DefaultApplicationArguments(args), this.startup);
	}

	private static Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

	private Path file(String name, String content, Instant modified) throws IOException {
		Path file = this.properties.inputDir().resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
		Files.setLastModifiedTime(file, FileTime.from(modified));
		return file;
	}

}
