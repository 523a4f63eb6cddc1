package cn.minsheng.rollup.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.system.BackgroundExecutors;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * The digests of the files waiting in the input folder, taken while the application starts. Registering a night's
 * files hashes every one of them before the first is read (a province month's 1,008 forms: a quarter of a second on
 * both cores); while the main thread opens and migrates the ledger, the start-up thread is idle once the catalog is
 * loaded, so for {@code run} it hashes the files then, one after the other.
 * <p>
 * Registration takes a digest from here only for a file whose path, size and modification time are still those it
 * was hashed at, and hashes every other file itself, as it would without this look ahead; the digest is checked once
 * more before the original is moved, so a file changed in between is never filed under another file's digest.
 */
@Component
class DigestPrefetch {

	private static final Logger log = LoggerFactory.getLogger(DigestPrefetch.class);

	private final Map<Path, Taken> taken = new ConcurrentHashMap<>();

	private final AtomicBoolean stopped = new AtomicBoolean();

	private FutureTask<Void> task;

	DigestPrefetch(RollupProperties properties, Clock clock, ApplicationArguments arguments,
			@Qualifier(BackgroundExecutors.STARTUP) TaskExecutor startup) {
		if (isNightlyRun(arguments)) {
			InputFolderScanner scanner = InputFolderScanner.ofNight(properties, clock).unlogged();
			this.task = new FutureTask<>(() -> hashAll(scanner), null);
			startup.execute(this.task);
		}
	}

	/** Only {@code run} registers files as soon as it has started; other commands would hash for nothing. */
	private static boolean isNightlyRun(ApplicationArguments arguments) {
		List<String> words = arguments.getNonOptionArgs();
		return !words.isEmpty() && "run".equals(words.get(0)) && !arguments.containsOption("help");
	}

	/**
	 * The digests of {@code files}, in their order: those taken ahead where the file is unchanged, the others now on
	 * {@code executor}. The look ahead stops here (after the file it is hashing) and is not used again.
	 */
	List<FileDigest.Digested> digestsOf(List<DroppedFile> files, TaskExecutor executor) {
		if (!stop()) {
			return FileDigest.sha256All(files.stream().map(DroppedFile::path).toList(), executor);
		}
		List<FileDigest.Digested> digests = new ArrayList<>(files.size());
		List<Path> missing = new ArrayList<>();
		for (DroppedFile file : files) {
			Taken ahead = this.taken.get(file.path());
			FileDigest.Digested digest = ahead != null && ahead.isOf(file) ? ahead.digest() : null;
			digests.add(digest);
			if (digest == null) {
				missing.add(file.path());
			}
		}
		int fromAhead = files.size() - missing.size();
		if (fromAhead > 0) {
			log.info("intake.digests ahead={} now={}", fromAhead, missing.size());
		}
		this.taken.clear();
		List<FileDigest.Digested> now = FileDigest.sha256All(missing, executor);
		for (int i = 0, next = 0; i < digests.size(); i++) {
			if (digests.get(i) == null) {
				digests.set(i, now.get(next++));
			}
		}
		return digests;
	}

	private void hashAll(InputFolderScanner scanner) {
		try {
			for (DroppedFile file : scanner.scan()) {
				if (this.stopped.get()) {
					return;
				}
				FileDigest.Digested digest = FileDigest.digested(file.path());
				if (digest.failure() == null) {
					this.taken.put(file.path(), new Taken(file.sizeBytes(), file.modifiedAt(), digest));
				}
			}
		}
		catch (java.io.IOException | RuntimeException ex) {
			// the night's own scan meets the same problem and reports it
			log.debug("intake.digests-ahead-failed error={}", ex.toString());
		}
	}

	/**
	 * Stops the look ahead: a file not begun is not hashed, the one being hashed is finished but not waited for.
	 * @return whether there was a look ahead to use (only the first time)
	 */
	private synchronized boolean stop() {
		if (this.task == null) {
			return false;
		}
		this.stopped.set(true);
		this.task.cancel(false);
		this.task = null;
		return true;
	}

	/** A digest and the file's size and modification time when it was taken. */
	private record Taken(long size, Instant modified, FileDigest.Digested digest) {

		boolean isOf(DroppedFile file) {
			return file.sizeBytes() == this.size && file.modifiedAt().equals(this.modified);
		}

	}

}
