package cn.minsheng.rollup.backup;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import cn.minsheng.rollup.ledger.MemoryLedger;
import cn.minsheng.rollup.ledger.StoredDistribution;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.validation.DistributionEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A snapshot taken before the lists were kept in blocks (a ledger of V8, a row per line) restores into this version,
 * and the next start's migration gives its lists back line for line.
 */
class OldSnapshotRestoreTest {

	@TempDir
	Path dir;

	@Test
	void listsOfASnapshotOfVersion8ComeBackAfterTheNextStartsMigration() throws Exception {
		String old = "jdbc:h2:mem:old-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		MemoryLedger.migrate(old, "8");
		JdbcTemplate before = new JdbcTemplate(new DriverManagerDataSource(old, "sa", ""));
		before.update("INSERT INTO submission (id, file_name, source_path, sha256, size_bytes, received_at, "
				+ "picked_up_at, state, outcome, unit, period, version, current_version) VALUES (7, 'a.xlsx', 'a.xlsx', "
				+ "REPEAT('0', 64), 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'PLACED', 'ACCEPTED', '县民政局', '2023-10', "
				+ "1, TRUE)");
		for (int n = 1; n <= 2_500; n++) {
			before.update("INSERT INTO distribution_row (submission_id, row_number, code, town, site, quantity, "
					+ "done_date, remarks) VALUES (7, ?, 'S01-1', '易俗河镇', ?, ?, DATE '2023-10-08', NULL)", n + 1,
					"第" + n + "号点位", new BigDecimal("0.2500"));
		}
		Path snapshot = Files.createDirectories(this.dir.resolve("snapshot"));
		before.execute("SCRIPT TO '" + snapshot.resolve(SnapshotLayout.LEDGER) + "' CHARSET 'UTF-8'");
		String url = "jdbc:h2:mem:new-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
		MemoryLedger.migrate(url);
		JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "sa", ""));
		RollupProperties properties = RollupProperties.of(this.dir.resolve("input"), this.dir.resolve("output"),
				this.dir.resolve("data"), this.dir.resolve("catalog.xlsx"));

		new SnapshotRestore(properties, jdbc, Clock.systemDefaultZone()).restore(snapshot);
		MemoryLedger.migrate(url);

		List<DistributionEntry> lines = new ArrayList<>();
		new StoredDistribution(jdbc).forEach(7, lines::add);
		assertThat(lines).hasSize(2_500);
		assertThat(lines.get(2_499)).isEqualTo(new DistributionEntry(2_501, "S01-1", "易俗河镇", "第2500号点位",
				new BigDecimal("0.2500"), LocalDate.of(2023, 10, 8), null));
		assertThat(new StoredDistribution(jdbc).totals(List.of(7L)))
			.containsExactly(new StoredDistribution.CodeTotal(7, "S01-1", new BigDecimal("625.0000"), 2_500));
	}

}
