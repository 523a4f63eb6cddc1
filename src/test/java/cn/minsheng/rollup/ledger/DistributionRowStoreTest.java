package cn.minsheng.rollup.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

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
		assertThat(this.jdbc.queryForObject("SELECT COUNT(*) FROM distribution_row WHERE code = 'X'", Integer.class))
			.isZero();
		assertThat(this.jdbc.queryForObject("SELECT quantity FROM distribution_row WHERE row_number = 5002",
				BigDecimal.class)).isEqualByComparingTo("5001");
	}

	@Test
	void clearsWhatAKilledRunLeftAlsoWhenTheListIsEmpty() {
		leftOverRows(2, 3);

		this.transaction.executeWithoutResult((status) -> store(0));

		assertThat(rows()).isZero();
	}

	@Test
	void storesAListReadOutsideATransactionWholeOrNotAtAll() {
		leftOverRows(30);

		assertThatThrownBy(() -> {
			try (DistributionRowStore store = new DistributionRowStore(this.jdbc, this.submission, new SimpleAsyncTaskExecutor())) {
				for (int i = 1; i <= 36; i++) {
					store.add(new DistributionEntry(i, "S03-1", "易俗河镇", "站点" + i, BigDecimal.ONE, null, null));
				}
				store.flush();
			}
		}).isInstanceOf(DataAccessException.class);

		// row 30 was already there: the batch is one transaction, so rows 1–29 were not committed before it failed
		assertThat(rows()).isEqualTo(1);
		assertThat(this.jdbc.queryForObject("SELECT code FROM distribution_row WHERE submission_id = ?", String.class,
				this.submission)).isEqualTo("X");
	}

	@Test
	void storesAListReadOutsideATransactionAndLeavesTheConnectionCommittingAsBefore() {
		store(40);
		this.jdbc.update("UPDATE distribution_row SET remarks = 'later' WHERE row_number = 2");

		assertThat(rows()).isEqualTo(40);
		assertThat(this.jdbc.queryForObject("SELECT remarks FROM distribution_row WHERE row_number = 2", String.class))
			.isEqualTo("later");
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

	private void leftOverRows(int... rowNumbers) {
		for (int rowNumber : rowNumbers) {
			this.jdbc.update("INSERT INTO distribution_row (submission_id, row_number, code) VALUES (?, ?, 'X')",
					this.submission, rowNumber);
		}
	}

	private int rows() {
		return this.jdbc.queryForObject("SELECT COUNT(*) FROM distribution_row WHERE submission_id = ?", Integer.class,
				this.submission);
	}

}
