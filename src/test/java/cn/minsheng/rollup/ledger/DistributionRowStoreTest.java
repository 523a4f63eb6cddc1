package cn.minsheng.rollup.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

import cn.minsheng.rollup.validation.DistributionEntry;

/**
 * 项目分布清单 rows stored while a file is read: short lists in the reader's transaction, long ones beside it, and the
 * rows a killed run left replaced either way.
 */
class DistributionRowStoreTest {

	private JdbcTemplate jdbc;

	private TransactionTemplate transaction;

	private long submission;

	@BeforeEach
	void migrateAFreshLedgerWithOneSubmission() {
		DriverManagerDataSource dataSource = MemoryLedger.migrated();
		this.jdbc = new JdbcTemplate(dataSource);
		this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
		this.jdbc.update("INSERT INTO submission (file_name, source_path, sha256, size_bytes, received_at, picked_up_at, "
				+ "state) VALUES ('a.xlsx', 'a.xlsx', ?, 100, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'PENDING')",
				"0".repeat(64));
		this.submission = this.jdbc.queryForObject("SELECT MAX(id) FROM submission", Long.class);
	}

	@Test
	void storesAShortListInTheReadersTransaction() {
		leftOverRows(2, 9999);

		this.transaction.executeWithoutResult((status) -> {
			store(40);
			status.setRollbackOnly();
		});

		// rolled back with the decision: the rows a killed run left are still there, none of the new ones
		assertThat(rows()).isEqualTo(2);
	}

	@Test
	void storesALongListBesideTheReadersTransactionReplacingWhatAKilledRunLeft() {
		leftOverRows(2, 9999);

		this.transaction.executeWithoutResult((status) -> store(5_001));

		assertThat(rows()).isEqualTo(5_001);
		List<DistributionEntry> lines = lines();
		assertThat(lines).extracting(DistributionEntry::code).containsOnly("S03-1");
		assertThat(lines).extracting(DistributionEntry::rowNumber).isSorted().startsWith(2).endsWith(5_002);
		assertThat(lines.get(5_000).quantity()).isEqualByComparingTo("5001");
		// a block per batch of 2,000, numbered from 0 again after the killed run's
		assertThat(this.jdbc.queryForList("SELECT block_no || ':' || first_row || '-' || last_row || ':' || row_count "
				+ "FROM distribution_block ORDER BY block_no", String.class))
			.containsExactly("0:2-2001:2000", "1:2002-4001:2000", "2:4002-5002:1001");
	}

	@Test
	void storesTheLinesAsTheLedgerAlwaysHasTextsCutQuantitiesToFourDecimals() {
		try (DistributionRowStore store = new DistributionRowStore(this.jdbc, this.submission, new SimpleAsyncTaskExecutor())) {
			store.add(new DistributionEntry(2, "S03-1", "镇".repeat(401), "", new BigDecimal("1.23455"), null,
					"备".repeat(1001)));
			store.flush();
		}

		DistributionEntry line = lines().get(0);
		assertThat(line.town()).hasSize(400).endsWith("…");
		assertThat(line.site()).isEmpty();
		assertThat(line.remarks()).hasSize(1000).endsWith("…");
		assertThat(line.quantity()).isEqualTo(new BigDecimal("1.2346"));
		assertThat(line.doneDate()).isNull();
	}

	@Test
	void clearsWhatAKilledRunLeftAlsoWhenTheListIsEmpty() {
		leftOverRows(2, 3);

		this.transaction.executeWithoutResult((status) -> store(0));

		assertThat(rows()).isZero();
	}

	@Test
	void storesAListReadOutsideATransactionWholeOrNotAtAll() {
		// texts as long as stored: the batch of 1,500 lines takes 8 blocks; a killed run left block 2
		leftOverBlock(2, 30);

		assertThatThrownBy(() -> {
			try (DistributionRowStore store = new DistributionRowStore(this.jdbc, this.submission, new SimpleAsyncTaskExecutor())) {
				for (int i = 1; i <= 1_500; i++) {
					store.add(new DistributionEntry(i, "S03-1", "镇".repeat(400), "站".repeat(400), BigDecimal.ONE, null,
							"备".repeat(1000)));
				}
				store.flush();
			}
		}).isInstanceOf(DataAccessException.class);

		// block 2 was already there: the batch is one transaction, so blocks 0 and 1 were not committed before it failed
		assertThat(rows()).isEqualTo(1);
		assertThat(lines()).extracting(DistributionEntry::code).containsExactly("X");
	}

	@Test
	void storesAListReadOutsideATransactionAndLeavesTheConnectionCommittingAsBefore() {
		store(40);
		this.jdbc.update("UPDATE submission SET reason = 'later' WHERE id = ?", this.submission);

		assertThat(rows()).isEqualTo(40);
		assertThat(this.jdbc.queryForObject("SELECT reason FROM submission WHERE id = ?", String.class,
				this.submission)).isEqualTo("later");
	}

	private void store(int count) {
		try (DistributionRowStore store = new DistributionRowStore(this.jdbc, this.submission, new SimpleAsyncTaskExecutor())) {
			store.clear();
			for (int i = 1; i <= count; i++) {
				store.add(new DistributionEntry(i + 1, "S03-1", "易俗河镇", "站点" + i, BigDecimal.valueOf(i),
						LocalDate.of(2023, 11, 25), null));
			}
			store.flush();
			assertThat(store.stored()).isEqualTo(count);
		}
	}

	/** What a killed run streamed in: lines of code X in block 0. */
	private void leftOverRows(int... rowNumbers) {
		try (DistributionRowStore store = new DistributionRowStore(this.jdbc, this.submission, new SimpleAsyncTaskExecutor())) {
			for (int rowNumber : rowNumbers) {
				store.add(new DistributionEntry(rowNumber, "X", null, null, null, null, null));
			}
			store.flush();
		}
	}

	private void leftOverBlock(int blockNo, int rowNumber) {
		this.jdbc.update(DistributionRowStore.INSERT, this.submission, blockNo, rowNumber, rowNumber, 1,
				DistributionBlockCodec.encode(List.of(new DistributionEntry(rowNumber, "X", null, null, null, null, null))));
	}

	private long rows() {
		return new StoredDistribution(this.jdbc).count(this.submission);
	}

	private List<DistributionEntry> lines() {
		List<DistributionEntry> lines = new ArrayList<>();
		new StoredDistribution(this.jdbc).forEach(this.submission, lines::add);
		return lines;
	}

}
