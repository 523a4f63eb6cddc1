package cn.minsheng.rollup.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.job.NightlyRunner;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.system.RunLock;

/**
 * {@code run}: one nightly run now.
 */
@Component
class RunCommand implements Command {

	private final RollupProperties properties;

	private final CatalogProvider catalogs;

	private final NightlyRunner runner;

	private final RunSummaryPrinter printer;

	RunCommand(RollupProperties properties, CatalogProvider catalogs, NightlyRunner runner,
			RunSummaryPrinter printer) {
		this.properties = properties;
		this.catalogs = catalogs;
		this.runner = runner;
		this.printer = printer;
	}

	@Override
	public String name() {
		return "run";
	}

	@Override
	public String summary() {
		return "立即运行一次夜间任务：接收 input/ 中的报表，校验、入台账、反馈、生成汇总表";
	}

	@Override
	public String help() {
		return """
				用法：java -jar target/minsheng-rollup.jar run [--input=目录] [--output=目录] [--data=目录]

				立即运行一次夜间任务：
				  1. 登记 input/（含子文件夹）中已稳定的新文件（正在写入、锁文件、隐藏和临时文件留到下次）；
				  2. 逐个读取、识别单位和月份、校验，写入台账；有问题的文件生成问题反馈表；
				  3. 原件移入 data/archive/（已接收）或 data/rejected/（已退回，旁附退回原因）；
				  4. 为有新数据的月份生成汇总表，并写出本次运行报告（output/reports/）。
				上次运行中断时，本次会先接着完成上次的工作。同一时间只能有一个任务运行。

				退出码：0 成功；1 运行失败；2 配置或项目清单有误；3 已有任务在运行
				""";
	}

	@Override
	public ExitCode execute(CommandArguments arguments) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		Optional<RunLock> lock = ExclusiveRun.acquire(this.properties, "run", out);
		if (lock.isEmpty()) {
			return ExitCode.ANOTHER_RUN_ACTIVE;
		}
		try (RunLock held = lock.get()) {
			out.println(ExclusiveRun.describeCatalogs(this.catalogs));
			JobExecution execution = this.runner.runOnce();
			this.printer.print(execution, out);
			return execution.getStatus() == BatchStatus.COMPLETED ? ExitCode.OK : ExitCode.RUN_FAILED;
		}
	}

}
