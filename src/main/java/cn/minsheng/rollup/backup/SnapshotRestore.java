package cn.minsheng.rollup.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.system.RollupProperties;

/**
 * Puts a snapshot back into this installation's folders: checks its checksums, replaces the (new, empty) ledger
 * with the snapshot's, copies the originals, the input folder and {@code config/}, and gives every restored file to
 * the owner of the installation's folder, so a restore made as root does not leave a ledger the service account
 * cannot open. The ledger's paths are relative to the data folder, so the snapshot may come from another folder or
 * server. The caller holds the run lock.
 */
// lazy: only the `restore` command needs it; made eagerly, it opened the ledger (it comes first in the scan) before
// the catalog began loading in the background, and every `run` started 0.2 s later
@Lazy
@Component
public class SnapshotRestore {

	private static final Logger log = LoggerFactory.getLogger(SnapshotRestore.class);

	private final RollupProperties properties;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	public SnapshotRestore(RollupProperties properties, JdbcTemplate jdbc, Clock clock) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** @return the snapshot's problems in Chinese; empty when every file is there as its checksum says */
	public List<String> verify(Path snapshot) throws IOException {
		if (!Files.isRegularFile(snapshot.resolve(SnapshotLayout.LEDGER))) {
			return List.of("「" + snapshot + "」中没有台账文件 " + SnapshotLayout.LEDGER + "：请指定 backup 命令生成的备份文件夹");
		}
		return Manifest.verify(snapshot);
	}

	/** Whether this installation already has a ledger with records, or originals: what a restore would replace. */
	public boolean hasData() throws IOException {
		Long records = this.jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM submission) + "
				+ "(SELECT COUNT(*) FROM BATCH_JOB_INSTANCE)", Long.class);
		return (records != null && records > 0) || hasFiles(this.properties.archiveDir())
				|| hasFiles(this.properties.rejectedDir());
	}

	/**
	 * Restores the snapshot. What was here before is kept aside in {@code <data>/恢复前-<time>/} (its ledger as SQL,
	 * its originals), never deleted.
	 * @return how many files were restored
	 */
	public int restore(Path snapshot) throws IOException {
		Path aside = this.properties.dataDir().resolve("恢复前-" + ZonedDateTime.now(this.clock)
			.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
		if (hasData()) {
			Files.createDirectories(aside);
			this.jdbc.execute("SCRIPT TO '" + quoted(aside.resolve(SnapshotLayout.LEDGER)) + "' CHARSET 'UTF-8'");
			moveAside(this.properties.archiveDir(), aside.resolve("archive"));
			moveAside(this.properties.rejectedDir(), aside.resolve("rejected"));
		}
		this.jdbc.execute("DROP ALL OBJECTS");
		this.jdbc.execute("RUNSCRIPT FROM '" + quoted(snapshot.resolve(SnapshotLayout.LEDGER)) + "' CHARSET 'UTF-8'");
		this.jdbc.execute("CHECKPOINT SYNC");
		int files = FolderCopy.copy(snapshot.resolve(SnapshotLayout.ARCHIVE), this.properties.archiveDir(), Set.of());
		files += FolderCopy.copy(snapshot.resolve(SnapshotLayout.REJECTED), this.properties.rejectedDir(), Set.of());
		files += FolderCopy.copy(snapshot.resolve(SnapshotLayout.INPUT), this.properties.inputDir(), Set.of());
		files += FolderCopy.copy(snapshot.resolve(SnapshotLayout.CATALOG),
				this.properties.inputDir().resolve("catalog"), Set.of());
		files += FolderCopy.copy(snapshot.resolve(SnapshotLayout.CONFIG), Path.of("config"), Set.of());
		giveToOwner();
		log.info("restore.done from={} files={}", snapshot, files);
		return files;
	}

	private static void moveAside(Path folder, Path aside) throws IOException {
		if (Files.isDirectory(folder)) {
			Files.move(folder, aside);
		}
	}

	/**
	 * The installation folder's owner (the service account) gets every restored file; without the right to change
	 * owners (not root) the files are the restoring user's, who is then that owner or was refused by the system.
	 */
	private void giveToOwner() throws IOException {
		Path installation = this.properties.dataDir().toAbsolutePath().normalize().getParent();
		if (installation == null) {
			return;
		}
		UserPrincipal owner = Files.getOwner(installation);
		for (Path folder : List.of(this.properties.dataDir(), this.properties.archiveDir(),
				this.properties.rejectedDir(), this.properties.inputDir(), Path.of("config"))) {
			if (!Files.exists(folder)) {
				continue;
			}
			try (Stream<Path> walk = Files.walk(folder)) {
				for (Path path : walk.toList()) {
					if (!Files.getOwner(path).equals(owner)) {
						Files.setOwner(path, owner);
					}
				}
			}
			catch (IOException ex) {
				log.warn("restore.owner-unchanged folder={} owner={} error={}", folder, owner.getName(), ex.toString());
			}
		}
	}

	private static boolean hasFiles(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return false;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.anyMatch(Files::isRegularFile);
		}
	}

	private static String quoted(Path file) {
		return file.toAbsolutePath().normalize().toString().replace("'", "''");
	}

}
