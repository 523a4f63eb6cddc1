package cn.minsheng.rollup.ledger;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.validation.DistributionEntry;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Migration V9 on an office's ledger of V8: the lists stored a row per line come back line for line from the blocks,
 * and the old table is gone.
 */
class DistributionBlocksMigrationTest {

	private final String url = "jdbc:h2:mem:v9-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";

	private final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(this.url, "sa", ""));

	@Test
	void everyStoredListComesBackLineForLineFromItsBlocks() {
		migrate("8");
		long small = submission();
		long none = submission();
		long large = submission();
		List<DistributionEntry> smallList = List.of(
				new DistributionEntry(2, "S04-1", "易俗河镇", "金霞社区", new BigDecimal("12.0000"), LocalDate.of(2023, 10, 8),
						"已完工"),
				new DistributionEntry(3, null, "", null, null, null, ""),
				new DistributionEntry(5, "S04-2", "花石镇", "梅林桥村", new BigDecimal("1234567890123456.1235"), null, null));
		List<DistributionEntry> largeList = new ArrayList<>();
		for (int n = 1; n <= 4_500; n++) {
			// texts as long as the old columns took: a block of 2,000 such lines is split
			largeList.add(new DistributionEntry(n + 1, "S07-1", "镇".repeat(400), "第" + n + "号点位",
					new BigDecimal("0.5000"), LocalDate.of(2023, 6, 10), n % 2 == 0 ? "备".repeat(1000) : null));
		}
		insertRows(small, smallList);
		insertRows(large, largeList);

		migrate(null);

		assertThat(lines(small)).isEqualTo(smallList);
		assertThat(lines(none)).isEmpty();
		assertThat(lines(large)).isEqualTo(largeList);
		StoredDistribution lists = new StoredDistribution(this.jdbc);
		assertThat(lists.count(large)).isEqualTo(4_500);
		assertThat(lists.totals(List.of(large)))
			.containsExactly(new StoredDistribution.CodeTotal(large, "S07-1", new BigDecimal("2250.0000"), 4_500));
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
				+ "WHERE TABLE_NAME = 'DISTRIBUTION_ROW'", Integer.class)).isZero();
		assertThat(this.jdbc.queryForList("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\"",
				String.class)).contains("8", "9");
	}

	@Test
	void aNewLedgerGetsTheBlocksTableOnly() {
		migrate(null);
		long id = submission();

		try (DistributionRowStore store = new DistributionRowStore(this.jdbc, id, Runnable::run)) {
			store.add(new DistributionEntry(2, "S01-1", "城关镇", "点位", BigDecimal.ONE, null, null));
			store.flush();
		}

		assertThat(lines(id)).hasSize(1);
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
				+ "WHERE TABLE_NAME = 'DISTRIBUTION_ROW'", Integer.class)).isZero();
	}

	/** @param target the version to migrate to, {@code null} for the latest */
	private void migrate(String target) {
		var configuration = Flyway.configure()
			.dataSource(this.url, "sa", "")
			.javaMigrations(new RelativeLedgerPaths(RollupProperties.of(Path.of("input"), Path.of("output"),
					Path.of("target", "v9-data"), Path.of("catalog.xlsx"))), new DistributionBlocksMigration());
		if (target != null) {
			configuration.target(target);
		}
		configuration.load().migrate();
	}

	private long submission() {
		this.jdbc.update("INSERT INTO submission (file_name, source_path, sha256, size_bytes, received_at, picked_up_at, "
				+ "state) VALUES ('a.xlsx', 'a.xlsx', ?, 100, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'PLACED')",
				"0".repeat(64));
		return this.jdbc.queryForObject("SELECT MAX(id) FROM submission", Long.class);
	}

	private void insertRows(long id, List<DistributionEntry> lines) {
		this.jdbc.batchUpdate("INSERT INTO distribution_row (submission_id, row_number, code, town, site, quantity, "
				+ "done_date, remarks) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", lines.stream()
			.map((l) -> new Object[] { id, l.rowNumber(), l.code(), l.town(), l.site(), l.quantity(),
					l.doneDate() == null ? null : Date.valueOf(l.doneDate()), l.remarks() })
			.toList());
	}

	private List<DistributionEntry> lines(long id) {
		List<DistributionEntry> lines = new ArrayList<>();
		new StoredDistribution(this.jdbc).forEach(id, lines::add);
		return lines;
	}

}
