package cn.minsheng.rollup.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.intake.DroppedFile;
import cn.minsheng.rollup.intake.InputRegistration;
import cn.minsheng.rollup.ledger.LedgerStatus;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.system.RunLock;

/**
 * {@code status}: the last runs and their outcomes, the files waiting in the input folder, and which units have not
 * reported for the month.
 */
@Component
class StatusCommand implements Command {

	private final RollupProperties properties;

	private final LedgerStatus ledger;

	private final InputRegistration registration;

	private final CatalogProvider catalogs;

	private final Clock clock;

	StatusCommand(RollupProperties properties, LedgerStatus ledger, InputRegistration registration,
			CatalogProvider catalogs, Clock clock) {
		this.properties = properties;
		this.ledger = ledger;
		this.registration = registration;
		this.catalogs = catalogs;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "status";
	}

	@Override
	public String summary() {
		return "查看最近几次运行的结果、input/ 中等待处理的文件、本月未报送的单位";
	}

	@Override
	public String help() {
		return """
				用法：java -jar target/minsheng-rollup.jar status [--period=YYYY-MM]

				显示：是否有任务正在运行；最近 10 次运行（开始、结束、状态、文件数）；input/ 中等待处理的文件；
				指定月份各单位的报送情况：已接收、被退回待重报、未报送。
				月份默认为本月（按 rollup.zone 时区，本月属于项目清单年度时），否则为台账中最新的月份。

				退出码：0 成功；2 参数或项目清单有误
				""";
	}

	@Override
	public ExitCode execute(CommandArguments arguments) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		RunLock.activeHolder(this.properties.dataDir())
			.ifPresent((holder) -> out.println("当前正在运行的任务：" + holder + "\n"));
		printRuns(out);
		List<DroppedFile> waiting = this.registration.waitingFiles();
		out.println("\n等待处理的文件（" + waiting.size() + " 个）：");
		waiting.forEach((f) -> out.println("  " + f.relativePath()));
		YearMonth period = arguments.period().or(this::currentMonth).or(this.ledger::latestPeriod).orElse(null);
		if (period == null) {
			out.println("\n台账中还没有已接收的报表。");
			return ExitCode.OK;
		}
		Catalog catalog = ExclusiveRun.catalogOf(period, this.catalogs);
		List<String> reported = this.ledger.unitsReported(period);
		List<String> rejected = this.ledger.unitsOnlyRejected(period);
		List<String> missing = catalog.units().stream()
			.filter((u) -> !reported.contains(u) && !rejected.contains(u))
			.toList();
		out.println("\n" + Periods.chinese(period) + "：已接收 " + reported.size() + " 个单位的报表；被退回待重报 "
				+ rejected.size() + " 个" + listed(rejected) + "；未报送 " + missing.size() + " 个" + listed(missing) + "。");
		return ExitCode.OK;
	}

	/** This month by the office's clock, when its year has a catalog. */
	private Optional<YearMonth> currentMonth() {
		YearMonth now = YearMonth.now(this.clock);
		return this.catalogs.years().contains(now.getYear()) ? Optional.of(now) : Optional.empty();
	}

	private static String listed(List<String> units) {
		return units.isEmpty() ? "" : "（" + String.join("、", units) + "）";
	}

	private void printRuns(PrintStream out) {
		List<LedgerStatus.RunRecord> runs = this.ledger.lastRuns(10);
		out.println("最近的运行（" + runs.size() + " 次）：");
		for (LedgerStatus.RunRecord run : runs) {
			out.println("  第 " + run.runId() + " 次  开始 " + text(run.started()) + "  结束 " + text(run.ended()) + "  "
					+ statusLabel(run.status()) + "  文件 " + run.files() + " 个（接收 " + run.accepted() + "，未接收 "
					+ run.notAccepted() + "）");
		}
	}

	private static String text(java.time.LocalDateTime value) {
		return value == null ? "—" : value.withNano(0).toString().replace('T', ' ');
	}

	static String statusLabel(String status) {
		return switch (status) {
			case "COMPLETED" -> "成功";
			case "FAILED" -> "失败";
			case "STARTED", "STARTING" -> "运行中或已中断";
			case "STOPPED", "ABANDONED" -> "已停止";
			default -> status;
		};
	}

}
