package cn.minsheng.rollup.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import cn.minsheng.rollup.validation.DistributionEntry;

/**
 * Reads the 项目分布清单 lines the ledger keeps in blocks ({@link DistributionRowStore}): a submission's count, its
 * lines in sheet order block by block (a million lines in the memory of a few blocks), and the totals per code.
 */
@Repository
public class StoredDistribution {

	/**
	 * The codes one submission's totals keep at most. An accepted form's list has only catalog codes (V206, V207
	 * reject the others), a few dozen; a stored list of anything else must not grow a map without bound.
	 */
	static final int MAX_CODES = 10_000;

	/** Blocks fetched per query: H2 holds a query's result whole, so a long list is read a few blocks at a time. */
	private static final int BLOCKS_PER_QUERY = 8;

	private static final Logger log = LoggerFactory.getLogger(StoredDistribution.class);

	private final JdbcTemplate jdbc;

	public StoredDistribution(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** How many lines the submission's list has, from the blocks' counts. */
	public long count(long submissionId) {
		Long count = this.jdbc.queryForObject(
				"SELECT COALESCE(SUM(row_count), 0) FROM distribution_block WHERE submission_id = ?", Long.class,
				submissionId);
		return count == null ? 0 : count;
	}

	/** Hands each line of the submission's list to the consumer, in the order the sheet had them. */
	public void forEach(long submissionId, Consumer<DistributionEntry> consumer) {
		forEachBlock(submissionId, (rows) -> rows.forEach(consumer));
	}

	/** Hands each line of one code to the consumer, in sheet order. */
	public void forEachOfCode(long submissionId, String code, Consumer<DistributionEntry> consumer) {
		forEachBlock(submissionId, (rows) -> {
			for (DistributionEntry row : rows) {
				if (code.equals(row.code())) {
					consumer.accept(row);
				}
			}
		});
	}

	/**
	 * Per submission and code, the sum of the quantities and the number of lines; lines without a code count for
	 * none, a total of lines without quantities is {@code null} (as SQL's {@code SUM} was).
	 */
	public List<CodeTotal> totals(Collection<Long> submissionIds) {
		List<CodeTotal> totals = new ArrayList<>();
		for (long submissionId : submissionIds) {
			Map<String, Sum> byCode = new LinkedHashMap<>();
			forEachBlock(submissionId, (rows) -> {
				for (DistributionEntry row : rows) {
					if (row.code() != null) {
						add(byCode, submissionId, row);
					}
				}
			});
			byCode.forEach((code, sum) -> totals.add(new CodeTotal(submissionId, code, sum.total, sum.lines)));
		}
		return totals;
	}

	private static void add(Map<String, Sum> byCode, long submissionId, DistributionEntry row) {
		Sum sum = byCode.get(row.code());
		if (sum == null) {
			if (byCode.size() >= MAX_CODES) {
				return;
			}
			sum = new Sum();
			byCode.put(row.code(), sum);
			if (byCode.size() == MAX_CODES) {
				log.warn("ledger.list-codes-capped submission={} codes={}", submissionId, MAX_CODES);
			}
		}
		sum.lines++;
		if (row.quantity() != null) {
			sum.total = sum.total == null ? row.quantity() : sum.total.add(row.quantity());
		}
	}

	/** Decodes the submission's blocks in order, a few fetched at a time. */
	private void forEachBlock(long submissionId, Consumer<List<DistributionEntry>> blocks) {
		int after = -1;
		int fetched;
		do {
			List<Map.Entry<Integer, byte[]>> page = this.jdbc.query("SELECT block_no, rows_data "
					+ "FROM distribution_block WHERE submission_id = ? AND block_no > ? ORDER BY block_no LIMIT "
					+ BLOCKS_PER_QUERY, (rs, n) -> Map.entry(rs.getInt(1), rs.getBytes(2)), submissionId, after);
			for (Map.Entry<Integer, byte[]> block : page) {
				blocks.accept(DistributionBlockCodec.decode(block.getValue()));
				after = block.getKey();
			}
			fetched = page.size();
		}
		while (fetched == BLOCKS_PER_QUERY);
	}

	/** One submission's lines of one code: their quantities summed, how many. */
	public record CodeTotal(long submissionId, String code, BigDecimal total, long lines) {
	}

	private static final class Sum {

		private BigDecimal total;

		private long lines;

	}

}
