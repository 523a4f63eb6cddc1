package cn.minsheng.rollup.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.ledger.ReceivedFile;
import cn.minsheng.rollup.ledger.SubmissionRepository;
import cn.minsheng.rollup.system.BackgroundExecutors;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * The first step of a night: every settled file in the input folder is hashed and registered once in the ledger. A
 * file an interrupted run already registered (still pending or decided but not moved) is not registered again.
 */
@Component
public class InputRegistration {

	private static final Logger log = LoggerFactory.getLogger(InputRegistration.class);

	/** The input folder's folder for the year's catalogs (input/catalog/): never returns. */
	static final String CATALOG_FOLDER = "catalog";

	private final RollupProperties properties;

	private final SubmissionRepository submissions;

	private final Clock clock;

	private final TaskExecutor digests;

	public InputRegistration(RollupProperties properties, SubmissionRepository submissions, Clock clock,
			@Qualifier(BackgroundExecutors.DIGESTS) TaskExecutor digests) {
		this.properties = properties;
		this.submissions = submissions;
		this.clock = clock;
		this.digests = digests;
	}

	/** @return how many files were newly registered */
	public int registerNewFiles(long runId) throws IOException {
		List<DroppedFile> files = scanner().scan();
		if (files.isEmpty()) {
			return 0;
		}
		Set<String> unplaced = unplacedFiles();
		List<DroppedFile> readable = new ArrayList<>();
		for (DroppedFile dropped : files) {
			try {
				readable.add(UndecodableNames.readable(dropped, this.properties.inputDir()));
			}
			catch (IOException ex) {
				unregistrable(dropped, ex);
			}
		}
		List<FileDigest.Digested> digests = FileDigest.sha256All(readable.stream().map(DroppedFile::path).toList(),
				this.digests);
		List<ReceivedFile> received = new ArrayList<>();
		for (int i = 0; i < readable.size(); i++) {
			DroppedFile file = readable.get(i);
			String sha;
			try {
				sha = digests.get(i).sha256OrThrow();
			}
			catch (IOException ex) {
				unregistrable(file, ex);
				continue;
			}
			if (unplaced.contains(key(file.relativePath(), sha))) {
				continue;
			}
			String hint = PeriodHint.of(file.relativePath()).map(YearMonth::toString).orElse(null);
			LocalDateTime receivedAt = LocalDateTime.ofInstant(file.modifiedAt(), this.properties.zone());
			received.add(new ReceivedFile(file.fileName(), file.relativePath(), sha, file.sizeBytes(), receivedAt, hint));
		}
		this.submissions.registerAll(received, runId);
		received.forEach((file) -> log.info("intake.registered file={} sha256={} run={}", file.sourcePath(),
				file.sha256(), runId));
		return received.size();
	}

	/** Gone since the scan, locked or not readable: it stays where it is for the next run. */
	private static void unregistrable(DroppedFile file, IOException ex) {
		log.warn("intake.unregistrable file={} error={}", file.relativePath(), ex.toString());
	}

	/**
	 * The files an interrupted run registered but did not move: asked once per night, not once per file (the
	 * registration runs in one transaction, so the ledger does not change under it).
	 */
	private Set<String> unplacedFiles() {
		Set<String> keys = new HashSet<>();
		this.submissions.findUnplaced().forEach((s) -> keys.add(key(s.sourcePath(), s.sha256())));
		return keys;
	}

	private static String key(String sourcePath, String sha256) {
		return sourcePath + '\u0000' + sha256;
	}

	/** Files waiting in the input folder now (for {@code status}); includes those still in their quiet period. */
	public List<DroppedFile> waitingFiles() throws IOException {
		return new InputFolderScanner(this.properties.inputDir(), excludedFolders(), java.time.Duration.ZERO,
				Clock.offset(this.clock, java.time.Duration.ofDays(1)))
			.scan();
	}

	private InputFolderScanner scanner() {
		return new InputFolderScanner(this.properties.inputDir(), excludedFolders(), this.properties.quietPeriod(),
				this.clock);
	}

	/**
	 * The input folder's catalog/ folder (where the catalogs of all years are kept, whichever file is in use), the
	 * configured catalog's folder and our own folders, when someone put them inside the input folder. A catalog outside
	 * the input folder (or directly in it) excludes only itself: its folder may well contain the input folder.
	 */
	private Set<Path> excludedFolders() {
		Path catalog = this.properties.catalogFile().toAbsolutePath().normalize();
		Path input = this.properties.inputDir().toAbsolutePath().normalize();
		Path catalogDir = catalog.getParent();
		Path catalogExcluded = catalogDir.startsWith(input) && !catalogDir.equals(input) ? catalogDir : catalog;
		return new java.util.HashSet<>(List.of(input.resolve(CATALOG_FOLDER), catalogExcluded,
				this.properties.outputDir(), this.properties.dataDir(), this.properties.archiveDir(),
				this.properties.rejectedDir()));
	}

}
