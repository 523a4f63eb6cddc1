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
 */
@Configuration(proxyBeanMethods = false)
class LedgerDataSourceConfiguration {

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
		String url = "jdbc:h2:file:" + dataDir.resolve("ledger") + ";AUTO_SERVER=TRUE";
		return DataSourceBuilder.create().url(url).username("sa").password("").build();
	}

}
