package cn.minsheng.rollup.ledger;

import java.nio.file.Path;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import cn.minsheng.rollup.system.RollupProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V6 on a ledger written before it: the places of the originals become relative to the data folder,
 * whether they were written absolute (an absolute {@code --data}) or relative to the working folder (the default
 * {@code data}); an original kept outside the data folder keeps its absolute place.
 */
class RelativeLedgerPathsTest {

	@TempDir
	Path dir;

	@Test
	void placesUnderTheDataFolderBecomeRelativeToItOthersStayAbsolute() {
		Path data = Path.of("target", "v6-data-" + System.nanoTime());
		String url = "jdbc:h2:mem:v6-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		Flyway.configure().dataSource(url, "sa", "").target("5").load().migrate();
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
		Path outside = this.dir.resolve("elsewhere/2023-10/县残联-10月.xlsx").toAbsolutePath();
		insert(jdbc, data.toAbsolutePath().resolve("archive/2023-10/县民政局/县民政局-10月.xlsx").toString());
		insert(jdbc, data.resolve("rejected/2023-10/县教育局-10月.xlsx").toString());
		insert(jdbc, outside.toString());

		Flyway.configure().dataSource(url, "sa", "")
			.javaMigrations(new RelativeLedgerPaths(RollupProperties.of(Path.of("input"), Path.of("output"), data,
					Path.of("catalog.xlsx"))))
			.load()
			.migrate();

		List<String> stored = jdbc.queryForList("SELECT stored_path FROM submission ORDER BY id", String.class);
		assertThat(stored).containsExactly("archive/2023-10/县民政局/县民政局-10月.xlsx", "rejected/2023-10/县教育局-10月.xlsx",
				outside.toString());
		assertThat(jdbc.queryForList("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\"",
				String.class)).contains("6");
	}

	private static void insert(JdbcTemplate jdbc, String storedPath) {
		jdbc.update("INSERT INTO submission (file_name, source_path, sha256, size_bytes, received_at, picked_up_at, "
				+ "state, stored_path) VALUES ('f.xlsx', 'f.xlsx', REPEAT('0', 64), 1, CURRENT_TIMESTAMP, "
				+ "CURRENT_TIMESTAMP, 'PLACED', ?)", storedPath);
	}

}
