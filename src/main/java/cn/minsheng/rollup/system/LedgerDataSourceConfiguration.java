package cn.minsheng.rollup.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledger and the batch job repository share one embedded H2 file database under the data folder, so both survive
 * restarts; AUTO_SERVER lets {@code status} read it while {@code serve} holds it open.
 * <p>
 * {@code WRITE_DELAY=0}: H2 otherwise keeps committed changes in memory for up to half a second before writing them,
 * and a process killed in that time loses transactions it had reported committed, while the files it moved right
 * after stay moved (found by {@code CrashRecoveryTest}). With no delay each commit is written to the file before the
 * next step starts; {@link LedgerSync} adds an fsync before originals are moved.
 * <p>
 * {@code QUERY_CACHE_SIZE=64}: H2 keeps the parsed form of the last 8 statements of a connection by default; deciding
 * one file runs about twenty different ones (the job repository's and the ledger's), so each was parsed again for
 * every file — a quarter of the deciding thread's time on a province month.
 */
@Configuration(proxyBeanMethods = false)
class LedgerDataSourceConfiguration {

	/** Parsed statements H2 keeps per connection. */
	static final int QUERY_CACHE_SIZE = 64;

	@Bean
	DataSource dataSource(RollupProperties properties,
			@org.springframework.beans.factory.annotation.Value("${spring.datasource.url:}") String explicitUrl) {
		if (!explicitUrl.isBlank()) {
			// tests (and an office that moves the ledger to a server) may name the database outright
			return DataSourceBuilder.create().url(explicitUrl).username("sa").password("").build();
		}
		Path dataDir = properties.dataDir().toAbsolutePath().normalize();
		try {
			Files.createDirectories(dataDir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create data folder " + dataDir, ex);
		}
		String url = "jdbc:h2:file:" + dataDir.resolve("ledger") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0;QUERY_CACHE_SIZE="
				+ QUERY_CACHE_SIZE;
		return DataSourceBuilder.create().url(url).username("sa").password("").build();
	}

}
