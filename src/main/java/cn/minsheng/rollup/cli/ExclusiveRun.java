package cn.minsheng.rollup.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.YearMonth;
import java.util.Optional;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.system.RunLock;

/**
 * What the commands that change the ledger or its reports share: the run lock with its Chinese refusal, and the
 * check that a month belongs to the catalog's year.
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

	static void requireCatalogYear(YearMonth period, Catalog catalog) {
		if (period.getYear() != catalog.year()) {
			throw new UsageException("报送月份 " + Periods.chinese(period) + " 与项目清单的年度（" + catalog.year()
					+ " 年）不一致；请换用当年的项目清单（--catalog=文件）");
		}
	}

}
