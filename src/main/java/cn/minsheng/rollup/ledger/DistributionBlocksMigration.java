package cn.minsheng.rollup.ledger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import cn.minsheng.rollup.validation.DistributionEntry;

/**
 * Migration V9: the 项目分布清单 lines move from {@code distribution_row}, a row per line, into
 * {@code distribution_block}, a row per block of lines ({@link DistributionBlockCodec}); every list already stored is
 * converted, a submission at a time and a block at a time, then the old table goes. In Java, not SQL: only the
 * program writes a block. Found as V6 is ({@link RelativeLedgerPaths}): a bean Spring Boot hands to Flyway.
 * <p>
 * The new table has no foreign key to {@code submission}: the store checked it on every line, a third of the time a
 * long list spent in the ledger; only the store writes blocks, always under a submission it was given.
 */
@Component
class DistributionBlocksMigration extends LedgerJavaMigration {

	static final String CREATE = """
			CREATE TABLE distribution_block (
				submission_id BIGINT NOT NULL,
				block_no      INT    NOT NULL,
				first_row     INT    NOT NULL,
				last_row      INT    NOT NULL,
				row_count     INT    NOT NULL,
				rows_data     VARBINARY(%d) NOT NULL,
				PRIMARY KEY (submission_id, block_no)
			)""".formatted(DistributionBlockCodec.MAX_BLOCK_BYTES);

	/** Lines per converted block, as the store writes them. */
	private static final int BLOCK = 2000;

	private static final Logger log = LoggerFactory.getLogger(DistributionBlocksMigration.class);

	DistributionBlocksMigration() {
		super("9", "distribution rows stored in blocks");
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement statement = connection.createStatement()) {
			// H2 commits at each DDL statement: a run killed after the drop below finds no old table and is done
			if (!hasTable(connection, "DISTRIBUTION_ROW")) {
				return;
			}
			// a run killed while converting left a part of the blocks: begin again
			statement.execute("DROP TABLE IF EXISTS distribution_block");
			statement.execute(CREATE);
			long lines = 0;
			for (long submissionId : submissions(connection)) {
				lines += convert(connection, submissionId);
			}
			statement.execute("DROP TABLE distribution_row");
			log.info("ledger.migrated-distribution-blocks lines={}", lines);
		}
	}

	private static boolean hasTable(Connection connection, String table) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = SCHEMA() AND TABLE_NAME = ?")) {
			select.setString(1, table);
			try (ResultSet rs = select.executeQuery()) {
				return rs.next() && rs.getLong(1) > 0;
			}
		}
	}

	/** The submissions with lines: a number per form, never their lines. */
	private static List<Long> submissions(Connection connection) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement select = connection
			.prepareStatement("SELECT DISTINCT submission_id FROM distribution_row ORDER BY submission_id");
				ResultSet rs = select.executeQuery()) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids;
	}

	/** One submission's lines in row order, a block's worth per query (by the key, so each query starts where it is). */
	private static long convert(Connection connection, long submissionId) throws SQLException {
		long lines = 0;
		int after = Integer.MIN_VALUE;
		int blockNo = 0;
		try (PreparedStatement select = connection.prepareStatement("SELECT row_number, code, town, site, quantity, "
				+ "done_date, remarks FROM distribution_row WHERE submission_id = ? AND row_number > ? "
				+ "ORDER BY row_number LIMIT " + BLOCK);
				PreparedStatement insert = connection.prepareStatement(DistributionRowStore.INSERT)) {
			List<DistributionEntry> block;
			do {
				block = page(select, submissionId, after);
				if (!block.isEmpty()) {
					after = block.get(block.size() - 1).rowNumber();
					for (DistributionBlockCodec.Block encoded : DistributionBlockCodec.blocks(block)) {
						DistributionRowStore.bind(insert, submissionId, blockNo++, encoded);
						insert.executeUpdate();
					}
					lines += block.size();
				}
			}
			while (block.size() == BLOCK);
		}
		return lines;
	}

	private static List<DistributionEntry> page(PreparedStatement select, long submissionId, int after)
			throws SQLException {
		select.setLong(1, submissionId);
		select.setInt(2, after);
		List<DistributionEntry> rows = new ArrayList<>(BLOCK);
		try (ResultSet rs = select.executeQuery()) {
			while (rs.next()) {
				rows.add(new DistributionEntry(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getBigDecimal(5), rs.getObject(6, LocalDate.class), rs.getString(7)));
			}
		}
		return rows;
	}

}
