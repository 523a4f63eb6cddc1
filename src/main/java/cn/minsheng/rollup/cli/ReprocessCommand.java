package cn.minsheng.rollup.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.report.SummaryService;
import cn.minsheng.rollup.reprocess.Recheck;
import cn.minsheng.rollup.reprocess.Reprocessing;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.system.RunLock;

/**
 * {@code reprocess --period=2023-11}: validates a month's stored forms again (e.g. after the catalog was corrected),
 * keeps the history, and rebuilds the month's summary when anything changed.
 */
@Component
class ReprocessCommand implements Command {

	private final RollupProperties properties;

	private final CatalogProvider catalogs;

	private final Reprocessing reprocessing;

	private final SummaryService summaries;

	ReprocessCommand(RollupProperties properties, CatalogProvider catalogs, Reprocessing reprocessing,
			SummaryService summaries) {
		this.properties = properties;
		this.catalogs = catalogs;
		this.reprocessing = reprocessing;
		this.summaries = summaries;
	}

	@Override
	public String name() {
		return "reprocess";
	}

	@Override
	public String summary() {
		return "按现行项目清单重新校验台账中某月已存的报表（例如修正项目清单后），保留历史";
	}

	@Override
	public String help() {
		return """
				用法：java -jar target/minsheng-rollup.jar reprocess --period=2023-11

				用现行的项目清单和台账中此前月份的数据，重新读取并校验该月已存的报表原件（data/archive/）：
				  - 每个单位当前有效的已接收报表：仍通过且提醒不变的，不作改动；提醒有变化的，存为新版本；
				    现在不通过的，记为退回并不再计入汇总（生成问题反馈表，请单位重新报送）；
				  - 每个单位在此之后最近一次因数据问题被退回的报表：现在能通过的，存为新的有效版本；
				    仍不通过的，不作改动。
				原有记录全部保留（台账中可查到每次结果），原件不移动。有变化时重新生成该月汇总表。
				注意：重新校验某月可能影响下月“累计完成不小于上月”的检查，必要时按月份顺序逐月重新校验。
				运行期间占用运行锁：若夜间任务正在运行，本命令不执行并以退出码 3 结束。

				退出码：0 成功；1 运行失败；2 参数或项目清单有误；3 已有任务在运行
				""";
	}

	@Override
	public ExitCode execute(CommandArguments arguments) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		YearMonth period = arguments.requirePeriod();
		ExclusiveRun.catalogOf(period, this.catalogs);
		Optional<RunLock> lock = ExclusiveRun.acquire(this.properties, "reprocess", out);
		if (lock.isEmpty()) {
			return ExitCode.ANOTHER_RUN_ACTIVE;
		}
		try (RunLock held = lock.get()) {
			List<Recheck> results = this.reprocessing.recheck(period);
			print(out, period, results);
			if (results.stream().anyMatch((r) -> r.change().stored())) {
				Path file = this.summaries.writeSummary(period);
				out.println("已重新生成汇总表：" + file);
				// later months show this one in their trend and may carry its figures
				for (YearMonth later : this.summaries.laterSummarised(period)) {
					SummaryService.SummaryOutcome outcome = this.summaries.writeIfChanged(later);
					if (outcome.written()) {
						out.println("已重新生成汇总表：" + outcome.file());
					}
				}
			}
			return ExitCode.OK;
		}
	}

	private static void print(PrintStream out, YearMonth period, List<Recheck> results) {
		if (results.isEmpty()) {
			out.println("台账中没有 " + Periods.chinese(period) + " 的报表可重新校验。");
			return;
		}
		Map<Recheck.Change, Integer> counts = new TreeMap<>();
		results.forEach((r) -> counts.merge(r.change(), 1, Integer::sum));
		out.println("已重新校验 " + Periods.chinese(period) + " 报表 " + results.size() + " 份：" + String.join("，",
				counts.entrySet().stream().map((e) -> e.getKey().label() + " " + e.getValue() + " 份").toList()) + "。");
		for (Recheck r : results) {
			if (r.change() == Recheck.Change.UNCHANGED) {
				continue;
			}
			String version = r.newVersion() == null ? "" : "（现为第 " + r.newVersion() + " 版）";
			out.println("  - " + r.unit() + "「" + r.fileName() + "」：" + r.change().label() + version + "。"
					+ r.reason());
		}
	}

}
