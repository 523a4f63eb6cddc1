package cn.minsheng.rollup.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.system.RunLock;

/**
 * What the commands that change the ledger or its reports share: the run lock with its Chinese refusal, and the
 * catalog of a month's own year.
 */
final class ExclusiveRun {

	private ExclusiveRun() {
	}

	/** The run lock, or empty after telling the user which task holds it. */
	static Optional<RunLock> acquire(RollupProperties properties, String command, PrintStream out)
			throws IOException {
		Optional<RunLock> lock = RunLock.tryAcquire(properties.dataDir(), command);
		if (lock.isEmpty()) {
			out.println("另一个汇总任务正在运行（" + RunLock.holder(properties.dataDir()) + "），本次未运行。"
					+ "请等它结束后再试（可用 status 命令查看）。");
		}
		return lock;
	}

	/**
	 * The catalog of the month's own year.
	 * @throws cn.minsheng.rollup.catalog.CatalogException when that year has none, saying where to put it
	 */
	static Catalog catalogOf(YearMonth period, CatalogProvider catalogs) {
		return catalogs.catalog(period.getYear());
	}

	/**
	 * "项目清单：2024 年，39 项……；另有 2023 年的清单": the current year's catalog, which must be usable, and the other
	 * years whose late forms the night checks against their own lists.
	 * @throws cn.minsheng.rollup.catalog.CatalogException when the current year's catalog is missing or broken
	 */
	static String describeCatalogs(CatalogProvider catalogs) {
		Catalog current = catalogs.catalog();
		List<String> others = catalogs.years()
			.stream()
			.filter((y) -> y != current.year())
			.map(String::valueOf)
			.toList();
		return "项目清单：" + current.year() + " 年，" + current.describeCounts()
				+ (others.isEmpty() ? "" : "；另有 " + String.join("、", others) + " 年的清单");
	}

}
