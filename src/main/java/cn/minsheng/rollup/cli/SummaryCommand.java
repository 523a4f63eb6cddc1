package cn.minsheng.rollup.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.progress.ProgressTally;
import cn.minsheng.rollup.report.CountySummary;
import cn.minsheng.rollup.report.Overview;
import cn.minsheng.rollup.report.SummaryService;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.system.RunLock;

/**
 * {@code summary --period=2023-11}: rebuilds one month's county summary workbook from the ledger.
 */
@Component
class SummaryCommand implements Command {

	private final RollupProperties properties;

	private final CatalogProvider catalogs;

	private final SummaryService summaries;

	SummaryCommand(RollupProperties properties, CatalogProvider catalogs, SummaryService summaries) {
		this.properties = properties;
		this.catalogs = catalogs;
		this.summaries = summaries;
	}

	@Override
	public String name() {
		return "summary";
	}

	@Override
	public String summary() {
		return "从台账重新生成某月的全县汇总表（output/summary/）";
	}

	@Override
	public String help() {
		return """
				用法：java -jar target/minsheng-rollup.jar summary --period=2023-11

				按台账中该月已接收的报表（每个单位取最新有效版本）重新生成全县汇总表，覆盖 output/summary/ 中
				同月的旧文件。夜间任务会自动为有新数据的月份生成汇总表；修改了项目清单、阈值或标题后，
				或汇总表被误删、误改时，用本命令重新生成。
				运行期间占用运行锁：若夜间任务正在运行，本命令不执行并以退出码 3 结束。

				退出码：0 成功；1 生成失败（如文件正被 Excel 打开）；2 参数或项目清单有误；3 已有任务在运行
				""";
	}

	@Override
	public ExitCode execute(CommandArguments arguments) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		YearMonth period = arguments.requirePeriod();
		ExclusiveRun.catalogOf(period, this.catalogs);
		Optional<RunLock> lock = ExclusiveRun.acquire(this.properties, "summary", out);
		if (lock.isEmpty()) {
			return ExitCode.ANOTHER_RUN_ACTIVE;
		}
		try (RunLock held = lock.get()) {
			CountySummary figures = this.summaries.summarize(period);
			Path file = this.summaries.writeSummary(period);
			print(out, period, figures, file);
			return ExitCode.OK;
		}
	}

	private static void print(PrintStream out, YearMonth period, CountySummary figures, Path file) {
		Overview.UnitCounts units = figures.overview().units();
		ProgressTally tally = figures.overview().county().tally();
		out.println("已生成 " + Periods.chinese(period) + " 全县汇总表：" + file);
		out.println("责任单位 " + units.units() + " 个：按时报送 " + units.onTime() + "，逾期报送 " + units.late() + "，被退回 "
				+ units.rejected() + "，未报送 " + units.notSubmitted() + "。");
		out.println("指标 " + tally.indicators() + " 项，其中滞后或严重滞后 " + tally.lagging() + " 项。");
		if (units.onTime() + units.late() == 0) {
			out.println("提示：台账中该月还没有已接收的报表，汇总表中各单位均为未报送或被退回。");
		}
	}

}
