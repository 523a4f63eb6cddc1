package cn.minsheng.rollup.backup;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.ledger.LedgerPaths;
import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.ledger.SubmissionRepository;
import cn.minsheng.rollup.ledger.SubmissionState;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * Takes a snapshot of an installation into a new folder: the ledger as SQL (H2's {@code SCRIPT}, whose rows this
 * process reads and writes itself, so it works beside a running {@code serve} that holds the database), the
 * originals, the input folder with the catalogs, {@code config/}, and a checksum list. The caller holds the run lock,
 * so no run changes the ledger or moves an original meanwhile: every original the ledger names is in the snapshot.
 */
// lazy: only the `backup` command needs it; made eagerly, it opened the ledger (it comes first in the scan) before
// the catalog began loading in the background, and every `run` started 0.2 s later
@Lazy
@Component
public class SnapshotWriter {

	private static final Logger log = LoggerFactory.getLogger(SnapshotWriter.class);

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final RollupProperties properties;

	private final JdbcTemplate jdbc;

	private final SubmissionRepository submissions;

	private final Clock clock;

	public SnapshotWriter(RollupProperties properties, JdbcTemplate jdbc, SubmissionRepository submissions,
			Clock clock) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.submissions = submissions;
		this.clock = clock;
	}

	/**
	 * What a snapshot holds.
	 * @param folder the snapshot's folder
	 * @param files the files listed in its manifest
	 * @param missing originals the ledger names that the installation itself has lost (none, normally)
	 */
	public record Snapshot(Path folder, int files, List<String> missing) {
	}

	/** Writes a snapshot into a new folder under {@code backupDir}; the caller holds the run lock. */
	public Snapshot write(Path backupDir) throws IOException {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		Path folder = backupDir.toAbsolutePath().normalize().resolve("民生实事备份-" + now.format(STAMP));
		Files.createDirectories(folder.getParent());
		Files.createDirectory(folder);
		writeLedger(folder.resolve(SnapshotLayout.LEDGER));
		FolderCopy.copy(this.properties.archiveDir(), folder.resolve(SnapshotLayout.ARCHIVE), Set.of());
		FolderCopy.copy(this.properties.rejectedDir(), folder.resolve(SnapshotLayout.REJECTED), Set.of());
		FolderCopy.copy(this.properties.inputDir(), folder.resolve(SnapshotLayout.INPUT),
				Set.of(this.properties.outputDir(), this.properties.dataDir(), this.properties.archiveDir(),
						this.properties.rejectedDir()));
		Path catalog = this.properties.catalogFile().toAbsolutePath().normalize();
		Path input = this.properties.inputDir().toAbsolutePath().normalize();
		if (Files.isRegularFile(catalog) && !catalog.startsWith(input)) {
			Files.createDirectories(folder.resolve(SnapshotLayout.CATALOG));
			Files.copy(catalog, folder.resolve(SnapshotLayout.CATALOG).resolve(catalog.getFileName().toString()));
		}
		FolderCopy.copy(Path.of("config"), folder.resolve(SnapshotLayout.CONFIG), Set.of());
		List<String> missing = missingOriginals(folder);
		Files.writeString(folder.resolve(SnapshotLayout.ABOUT), about(now, missing), StandardCharsets.UTF_8);
		int files = Manifest.write(folder);
		log.info("backup.written folder={} files={} missing-originals={}", folder, files, missing.size());
		return new Snapshot(folder, files, missing);
	}

	/** The ledger as the SQL statements that recreate it, read over this process's own connection. */
	private void writeLedger(Path file) throws IOException {
		try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			this.jdbc.query("SCRIPT", (row) -> {
				try {
					out.write(row.getString(1));
					out.write('\n');
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	/** The originals the ledger names that the snapshot lacks: placed ones in their folder, the rest in input/. */
	private List<String> missingOriginals(Path folder) {
		List<String> missing = new ArrayList<>();
		for (Submission s : this.submissions.findUnplaced()) {
			if (!Files.isRegularFile(folder.resolve(SnapshotLayout.INPUT).resolve(s.sourcePath()))) {
				missing.add(s.sourcePath());
			}
		}
		for (Submission s : this.submissions.findByState(SubmissionState.PLACED)) {
			Path kept = inSnapshot(folder, LedgerPaths.file(this.properties.dataDir(), s.storedPath()));
			if (kept == null || !Files.isRegularFile(kept)) {
				missing.add(s.storedPath());
			}
		}
		return missing;
	}

	private Path inSnapshot(Path folder, Path original) {
		Path archive = this.properties.archiveDir().toAbsolutePath().normalize();
		Path rejected = this.properties.rejectedDir().toAbsolutePath().normalize();
		if (original.startsWith(archive)) {
			return folder.resolve(SnapshotLayout.ARCHIVE).resolve(archive.relativize(original).toString());
		}
		return original.startsWith(rejected)
				? folder.resolve(SnapshotLayout.REJECTED).resolve(rejected.relativize(original).toString()) : null;
	}

	private String about(ZonedDateTime now, List<String> missing) {
		return "民生实事月报汇总 备份\n备份时间：" + now.withNano(0) + "\n数据文件夹："
				+ this.properties.dataDir().toAbsolutePath().normalize() + "\n报表投放文件夹："
				+ this.properties.inputDir().toAbsolutePath().normalize() + "\n台账：" + SnapshotLayout.LEDGER
				+ "（H2 SCRIPT）；原件：data/archive、data/rejected；另有 input/（含项目清单）、config/\n"
				+ "恢复：java -jar minsheng-rollup.jar restore --from=本文件夹\n校验：sha256sum -c " + Manifest.FILE + "\n"
				+ (missing.isEmpty() ? "" : "注意：台账中有 " + missing.size() + " 个原件在备份时已找不到：" + String.join("、", missing)
						+ "\n");
	}

}
