package cn.minsheng.rollup.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.minsheng.rollup.validation.DistributionEntry;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored 项目分布清单 read back: counts, lines in sheet order across blocks, one code's lines, totals per code. */
class StoredDistributionTest {

	private JdbcTemplate jdbc;

	private StoredDistribution lists;

	@BeforeEach
	void migrateAFreshLedger() {
		this.jdbc = new JdbcTemplate(MemoryLedger.migrated());
		this.lists = new StoredDistribution(this.jdbc);
	}

	@Test
	void readsALongListBackInSheetOrderAcrossItsBlocks() {
		long id = submission();
		store(id, 20_001, (n) -> n % 3 == 0 ? "S02-1" : "S01-1");

		List<DistributionEntry> lines = new ArrayList<>();
		this.lists.forEach(id, lines::add);

		assertThat(this.lists.count(id)).isEqualTo(20_001);
		assertThat(lines).hasSize(20_001);
		assertThat(lines).extracting(DistributionEntry::rowNumber).isSorted().startsWith(2).endsWith(20_002);
		assertThat(lines.get(9_999)).isEqualTo(new DistributionEntry(10_001, "S01-1", "易俗河镇", "第10000号点位",
				new BigDecimal("0.5"), LocalDate.of(2023, 6, 10), null));
	}

	@Test
	void readsTheLinesOfOneCode() {
		long id = submission();
		store(id, 5_000, (n) -> n % 1_000 == 0 ? "S02-1" : "S01-1");

		List<Integer> rows = new ArrayList<>();
		this.lists.forEachOfCode(id, "S02-1", (line) -> rows.add(line.rowNumber()));

		assertThat(rows).containsExactly(1_001, 2_001, 3_001, 4_001, 5_001);
	}

	@Test
	void sumsEachCodeOfEachSubmissionLeavingLinesWithoutCodeOut() {
		long first = submission();
		long second = submission();
		store(first, 4_001, (n) -> n % 2 == 0 ? "S02-1" : n == 1 ? null : "S01-1");
		try (DistributionRowStore store = new DistributionRowStore(this.jdbc, second, new SyncTaskExecutor())) {
			store.add(new DistributionEntry(2, "S03-1", null, null, null, null, null));
			store.add(new DistributionEntry(3, "S03-1", null, null, null, null, null));
			store.add(new DistributionEntry(4, "S04-1", null, null, new BigDecimal("2.5"), null, null));
			store.add(new DistributionEntry(5, "S04-1", null, null, null, null, null));
			store.flush();
		}

		List<StoredDistribution.CodeTotal> totals = this.lists.totals(List.of(first, second, submission()));

		// 4,001 lines of 0.5: 2,000 of S02-1, 2,000 of S01-1, one without a code
		assertThat(totals).containsExactlyInAnyOrder(
				new StoredDistribution.CodeTotal(first, "S01-1", new BigDecimal("1000.0"), 2_000),
				new StoredDistribution.CodeTotal(first, "S02-1", new BigDecimal("1000.0"), 2_000),
				new StoredDistribution.CodeTotal(second, "S03-1", null, 2),
				new StoredDistribution.CodeTotal(second, "S04-1", new BigDecimal("2.5"), 2));
	}

	@Test
	void keepsTheTotalsOfAtMostSoManyCodesOfOneSubmission() {
		long id = submission();
		store(id, StoredDistribution.MAX_CODES + 500, (n) -> "C" + n);

		assertThat(this.lists.totals(List.of(id))).hasSize(StoredDistribution.MAX_CODES);
	}

	private void store(long id, int count, java.util.function.IntFunction<String> code) {
		try (DistributionRowStore store = new DistributionRowStore(this.jdbc, id, new SyncTaskExecutor())) {
			for (int n = 1; n <= count; n++) {
				store.add(new DistributionEntry(n + 1, code.apply(n), "易俗河镇", "第" + n + "号点位", new BigDecimal("0.5"),
						LocalDate.of(2023, 6, 10), null));
			}
			store.flush();
		}
	}

	private long submission() {
		this.jdbc.update("INSERT INTO submission (file_name, source_path, sha256, size_bytes, received_at, picked_up_at, "
				+ "state) VALUES ('a.xlsx', 'a.xlsx', ?, 100, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'PENDING')",
				"0".repeat(64));
		return this.jdbc.queryForObject("SELECT MAX(id) FROM submission", Long.class);
	}

}
