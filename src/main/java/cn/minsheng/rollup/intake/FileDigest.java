package cn.minsheng.rollup.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Future;

import org.springframework.core.task.TaskExecutor;

import cn.minsheng.rollup.system.Futures;
import cn.minsheng.rollup.system.TaskGroup;

/**
 * SHA-256 of a file's bytes, streamed: how the same content dropped twice is recognized.
 */
public final class FileDigest {

	private FileDigest() {
	}

	/**
	 * The digests of many files, taken on the threads of {@code executor} at once (SHA-256 is the larger part of
	 * registering a night's files and of checking them before they are moved), in the files' order.
	 */
	public static List<Digested> sha256All(List<Path> files, TaskExecutor executor) {
		if (files.size() < 2) {
			return files.stream().map(FileDigest::digested).toList();
		}
		TaskGroup digesting = new TaskGroup(executor);
		try {
			List<Future<Digested>> digests = new ArrayList<>();
			files.forEach((file) -> digests.add(digesting.submit(() -> digested(file))));
			List<Digested> done = new ArrayList<>();
			for (Future<Digested> digest : digests) {
				// an unchecked failure is rethrown as the one-thread path would have thrown it
				done.add(Futures.await(digest, "interrupted while reading files"));
			}
			return done;
		}
		finally {
			digesting.cancelAndAwait(Duration.ofSeconds(10));
		}
	}

	/** One file's digest, or why it could not be read. */
	public static Digested digested(Path file) {
		try {
			return new Digested(file, sha256(file), null);
		}
		catch (IOException ex) {
			return new Digested(file, null, ex);
		}
	}

	/**
	 * A file's digest, or why it could not be read.
	 * @param sha256 {@code null} when {@code failure} says why
	 */
	public record Digested(Path file, String sha256, IOException failure) {

		/** The digest, or the failure thrown. */
		public String sha256OrThrow() throws IOException {
			if (this.failure != null) {
				throw this.failure;
			}
			return this.sha256;
		}

	}

	public static String sha256(Path file) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
		byte[] buffer = new byte[64 * 1024];
		try (InputStream in = Files.newInputStream(file)) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				digest.update(buffer, 0, n);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
