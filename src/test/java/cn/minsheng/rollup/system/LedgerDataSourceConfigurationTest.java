package cn.minsheng.rollup.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The ledger's H2 file under the data folder, with the settings the nightly job relies on: commits written in the
 * background within half a second (what must outlive a killed process is written at once by {@code LedgerSync}) and
 * enough parsed statements kept that deciding a file does not parse its SQL again.
 */
class LedgerDataSourceConfigurationTest {

	@Test
	void opensTheLedgerUnderTheDataFolderWithItsSettings(@TempDir Path data) throws Exception {
		RollupProperties properties = RollupProperties.of(data.resolve("input"), data.resolve("output"), data,
				data.resolve("catalog.xlsx"));
		DataSource dataSource = new LedgerDataSourceConfiguration().dataSource(properties,
				new org.springframework.boot.DefaultApplicationArguments(), "");
		try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
			assertThat(setting(sql, "WRITE_DELAY")).isEqualTo("500");
			assertThat(setting(sql, "QUERY_CACHE_SIZE")).isEqualTo("64");
		}
		finally {
			((HikariDataSource) dataSource).close();
		}
		assertThat(data.resolve("ledger.mv.db")).isRegularFile();
	}

	private static String setting(Statement sql, String name) throws Exception {
		try (ResultSet row = sql.executeQuery(
				"SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = '" + name + "'")) {
			return row.next() ? row.getString(1) : null;
		}
	}

}
