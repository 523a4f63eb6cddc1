package cn.minsheng.rollup.system;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One run at a time, across processes: an OS file lock on {@code data/run.lock}. The operating system releases it
 * when the holder dies, even by {@code kill -9}, so a crashed run never blocks the next one.
 */
public final class RunLock implements AutoCloseable {

	/**
	 * The commands that hold the lock while they work, and so take it before the ledger is opened: a second run
	 * opening the ledger while the first was opening it failed with H2's 「Database may be already in use」.
	 */
	public static final Set<String> EXCLUSIVE_COMMANDS = Set.of("run", "summary", "reprocess", "dispatch");

	/** Locks taken before the ledger was opened, waiting for the command that asks for them (one per data folder). */
	private static final Map<Path, RunLock> TAKEN_EARLY = new ConcurrentHashMap<>();

	/** The data folders whose lock this process holds now (a scheduled run of {@code serve}, say). */
	private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

	private final FileChannel channel;

	private final FileLock lock;

	private final Path key;

	private RunLock(FileChannel channel, FileLock lock, Path key) {
		this.channel = channel;
		this.lock = lock;
		this.key = key;
	}

	/**
	 * Takes the lock at once, or returns empty with nothing held when another run has it; a lock this process took
	 * {@linkplain #takeEarly early} is handed over.
	 */
	public static Optional<RunLock> tryAcquire(Path dataDir, String what) throws IOException {
		RunLock early = TAKEN_EARLY.remove(key(dataDir));
		if (early != null) {
			return Optional.of(early);
		}
		Files.createDirectories(dataDir);
		Path file = dataDir.resolve("run.lock");
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.READ);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			return Optional.empty();
		}
		channel.truncate(0);
		String holder = ProcessHandle.current().pid() + " " + what + " " + LocalDateTime.now().withNano(0) + "\n";
		channel.write(java.nio.ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
		HELD_HERE.add(key(dataDir));
		return Optional.of(new RunLock(channel, lock, key(dataDir)));
	}

	/**
	 * Takes the lock before the ledger is opened, for the command that will ask for it with {@link #tryAcquire}.
	 * @throws AnotherRunActiveException when another run holds it: nothing may open the ledger then
	 */
	public static void takeEarly(Path dataDir, String what) throws IOException {
		RunLock lock = tryAcquire(dataDir, what)
			.orElseThrow(() -> new AnotherRunActiveException(holder(dataDir)));
		TAKEN_EARLY.put(key(dataDir), lock);
	}

	private static Path key(Path dataDir) {
		return dataDir.toAbsolutePath().normalize();
	}

	/** Who holds the lock, as written by the holder ("pid command start-time"); empty when unknown. */
	public static String holder(Path dataDir) {
		try {
			return Files.readString(dataDir.resolve("run.lock"), StandardCharsets.UTF_8).strip();
		}
		catch (IOException ex) {
			return "";
		}
	}

	/**
	 * The holder of the lock when a run holds it now: another live process, or this one (the web page of
	 * {@code serve} shows its own scheduled run too): what {@code status} and the page show as running. A lock file
	 * left by a killed process names a dead one and is ignored; one this process wrote and released, too.
	 */
	public static Optional<String> activeHolder(Path dataDir) {
		String holder = holder(dataDir);
		String[] parts = holder.split(" ", 2);
		try {
			long pid = Long.parseLong(parts[0]);
			boolean alive = pid == ProcessHandle.current().pid() ? HELD_HERE.contains(key(dataDir))
					: ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
			return alive ? Optional.of(holder) : Optional.empty();
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	@Override
	public void close() throws IOException {
		HELD_HERE.remove(this.key);
		this.lock.release();
		this.channel.close();
	}

}
