package cn.minsheng.rollup.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledger and the batch job repository share one embedded H2 file database under the data folder, so both survive
 * restarts; AUTO_SERVER lets {@code status} read it while {@code serve} holds it open.
 * <p>
 * {@code WRITE_DELAY=500}: H2 keeps committed changes in memory for up to half a second and writes them in the
 * background. A process killed in that time loses them; for a decision that only means the file is decided again the
 * next run. What must not be lost is written at once by {@link LedgerSync}: the ledger before originals are moved
 * (found by {@code CrashRecoveryTest}: moved files outlived their lost decisions) and a file's attempt or read-ahead
 * mark before it is read (found by {@code OneRunAtATimeTest}: a file that kills the run was retried for ever). Writing
 * every commit at once ({@code WRITE_DELAY=0}) cost a sixth of the deciding thread's time on a province month.
 * <p>
 * {@code QUERY_CACHE_SIZE=64}: H2 keeps the parsed form of the last 8 statements of a connection by default; deciding
 * one file runs about twenty different ones (the job repository's and the ledger's), so each was parsed again for
 * every file — a quarter of the deciding thread's time on a province month.
 * <p>
 * The auto-server that lets a second process ({@code status}, {@code backup}) in listens on the loopback address
 * only: H2 would otherwise listen on every interface, with the ledger's password-less account.
 */
@Configuration(proxyBeanMethods = false)
class LedgerDataSourceConfiguration {

	/** How long H2 may keep committed changes in memory before writing them (its default). */
	static final int WRITE_DELAY_MILLIS = 500;

	/** Parsed statements H2 keeps per connection. */
	static final int QUERY_CACHE_SIZE = 64;

	@Bean
	DataSource dataSource(RollupProperties properties, ApplicationArguments arguments,
			@org.springframework.beans.factory.annotation.Value("${spring.datasource.url:}") String explicitUrl) {
		takeRunLockFirst(properties, arguments);
		if (!explicitUrl.isBlank()) {
			// tests (and an office that moves the ledger to a server) may name the database outright
			return DataSourceBuilder.create().url(explicitUrl).username("sa").password("").build();
		}
		bindToLoopback();
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create data folder " + dataDir, ex);
		}
		String url = "jdbc:h2:file:" + dataDir.resolve("ledger") + ";AUTO_SERVER=TRUE;WRITE_DELAY=" + WRITE_DELAY_MILLIS
				+ ";QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE;
		return DataSourceBuilder.create().url(url).username("sa").password("").build();
	}

	/** H2 reads {@code h2.bindAddress} once, when its classes load: set before the first connection. */
	static void bindToLoopback() {
		if (System.getProperty("h2.bindAddress") == null) {
			System.setProperty("h2.bindAddress", "127.0.0.1");
		}
	}

	/**
	 * A command that works under the run lock takes it before anything opens the ledger: of two runs started
	 * together, the second then stops with exit code 3 and the Chinese message, never with H2's error on opening a
	 * database the first is opening.
	 */
	private static void takeRunLockFirst(RollupProperties properties, ApplicationArguments arguments) {
		List<String> words = arguments.getNonOptionArgs();
		if (words.isEmpty() || !RunLock.EXCLUSIVE_COMMANDS.contains(words.get(0)) || arguments.containsOption("help")) {
			return;
		}
		try {
			RunLock.takeEarly(properties.dataDir(), words.get(0));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot take the run lock in " + properties.dataDir(), ex);
		}
	}

}
