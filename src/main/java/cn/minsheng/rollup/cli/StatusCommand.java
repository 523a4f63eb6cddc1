package cn.minsheng.rollup.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;

import org.springframework.stereotype.Component;

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

	StatusCommand(RollupProperties properties, LedgerStatus ledger, InputRegistration registration,
			CatalogProvider catalogs) {
		this.properties = properties;
		this.ledger = ledger;
		this.registration = registration;
		this.catalogs = catalogs;
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

				显示：最近 10 次运行（开始、结束、状态、文件数）；input/ 中等待处理的文件；
				指定月份（默认为台账中最新的月份）尚未报送（无已接收报表）的单位。
				""";
	}

	@Override
	public ExitCode execute(CommandArguments arguments) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		String holder = RunLock.holder(this.properties.dataDir());
		printRuns(out);
		List<DroppedFile> waiting = this.registration.waitingFiles();
		out.println("\n等待处理的文件（" + waiting.size() + " 个）：");
		waiting.forEach((f) -> out.println("  " + f.relativePath()));
		YearMonth period = arguments.period().or(this.ledger::latestPeriod).orElse(null);
		if (period == null) {
			out.println("\n台账中还没有已接收的报表。");
			return ExitCode.OK;
		}
		List<String> reported = this.ledger.unitsReported(period);
		List<String> missing = this.catalogs.catalog().units().stream().filter((u) -> !reported.contains(u)).toList();
		out.println("\n" + Periods.chinese(period) + "：已报送 " + reported.size() + " 个单位，未报送 " + missing.size() + " 个"
				+ (missing.isEmpty() ? "。" : "：" + String.join("、", missing)));
		if (!holder.isEmpty()) {
			out.println("\n最近一次取得运行锁的任务：" + holder);
		}
		return ExitCode.OK;
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
