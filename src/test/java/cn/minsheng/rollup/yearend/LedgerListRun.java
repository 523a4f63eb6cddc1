package cn.minsheng.rollup.yearend;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.ledger.DistributionRowStore;
import cn.minsheng.rollup.ledger.MemoryLedger;
import cn.minsheng.rollup.ledger.StoredDistribution;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.validation.DistributionEntry;

/**
 * Run in a child JVM with a small heap: stores a December form with a 项目分布清单 of the given number of lines in a
 * file ledger, then consolidates the unit's list from the ledger as {@code yearend} does, into
 * {@code <dir>/项目分布清单-2023.xlsx}.
 */
public final class LedgerListRun {

	private LedgerListRun() {
	}

	public static void main(String[] args) throws Exception {
		Path dir = Path.of(args[0]);
		int lines = Integer.parseInt(args[1]);
		String url = "jdbc:h2:file:" + dir.resolve("ledger").toAbsolutePath();
		MemoryLedger.migrate(url);
		DriverManagerDataSource data = new DriverManagerDataSource(url, "sa", "");
		JdbcTemplate jdbc = new JdbcTemplate(data);
		jdbc.update("INSERT INTO submission (id, file_name, source_path, sha256, size_bytes, received_at, picked_up_at, "
				+ "state, outcome, unit, period, version, current_version) VALUES (1, '县住建局-2023年12月-月报表.xlsx', "
				+ "'x', 'x', 1, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'PLACED', 'ACCEPTED', '县住建局', '2023-12', 1, TRUE)");
		// through the store, as the night writes a long list: in blocks, beside the caller
		try (DistributionRowStore store = new DistributionRowStore(jdbc, 1, new SyncTaskExecutor())) {
			for (int n = 1; n <= lines; n++) {
				store.add(new DistributionEntry(n + 1, "S07-1", "易俗河镇", "第" + n + "号点位", BigDecimal.ONE,
						LocalDate.of(2023, 6, 10), null));
			}
			store.flush();
		}
		long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
		System.out.println("stored=" + lines + " heapUsedMb=" + used / (1 << 20));
		YearLedger ledger = new YearLedger(JdbcClient.create(data), new StoredDistribution(jdbc),
				RollupProperties.of(Path.of("input"), Path.of("output"), Path.of("data"), BundledCatalog.FILE));
		List<ListSource> sources = ledger.listSources("县住建局", 2023);
		long written = new DistributionListWriter().write("县住建局", sources, BundledCatalog.load(), ledger::streamList,
				"县住建局2023年重点民生实事项目分布清单（全年汇总）", LocalDateTime.of(2024, 1, 5, 9, 0),
				dir.resolve("项目分布清单-2023.xlsx"));
		System.out.println("written=" + written + " maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1 << 20));
	}

}
