package cn.minsheng.rollup.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Optional;

import org.springframework.stereotype.Component;

import cn.minsheng.rollup.dispatch.DispatchService;
import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.system.RunLock;

/**
 * {@code dispatch --period=2023-11}: drafts (or redrafts) the month's 工作情况通报 and 督办函 from the ledger.
 */
@Component
class DispatchCommand implements Command {

	private final DispatchService dispatch;

	private final RollupProperties properties;

	DispatchCommand(DispatchService dispatch, RollupProperties properties) {
		this.dispatch = dispatch;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "dispatch";
	}

	@Override
	public String summary() {
		return "按汇总数据生成当月工作情况通报和督办函草稿（output/dispatch/<月份>/）";
	}

	@Override
	public String help() {
		return """
				用法：java -jar target/minsheng-rollup.jar dispatch --period=2023-11

				按台账中该月的汇总数据，生成 Word 文档草稿，写入 output/dispatch/2023-11/：
				  工作情况通报（第N期）：总体进展、新完成的指标、滞后指标、未按要求报送的单位，
				    以及供专班办公室补充的「主要工作举措」「下步工作打算」（黄色标注处）；
				  督办函：每个有严重滞后或连续两个月及以上滞后指标的单位一份，含督办文号和反馈期限。
				期数接续台账中上一期通报；同一月份重新生成时沿用原期数、文号和日期。
				内容未变的草稿不会重写；已被编辑保存过的旧草稿会移入「旧稿」文件夹后再写新稿。
				夜间运行会在汇总表更新后自动生成，本命令用于补生成或重新生成。
				""";
	}

	@Override
	public ExitCode execute(CommandArguments arguments) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		YearMonth period = arguments.requirePeriod();
		Optional<RunLock> lock = RunLock.tryAcquire(this.properties.dataDir(), "dispatch");
		if (lock.isEmpty()) {
			out.println("另一个汇总任务正在运行（" + RunLock.holder(this.properties.dataDir()) + "），本次未生成。");
			return ExitCode.ANOTHER_RUN_ACTIVE;
		}
		try (RunLock held = lock.get()) {
			DispatchService.DispatchOutcome outcome = this.dispatch.writeDocuments(period);
			out.println(Periods.chinese(period) + "：工作情况通报第 " + outcome.bulletinNumber() + " 期，督办函 "
					+ outcome.letters().size() + " 份，位于 " + this.dispatch.folder(period) + "：");
			out.println("  " + outcome.bulletin().getFileName() + mark(outcome, outcome.bulletin()));
			outcome.letters().forEach((l) -> out.println("  " + l.file().getFileName() + mark(outcome, l.file())));
			if (!outcome.withdrawn().isEmpty()) {
				out.println("已撤回（数据更正后不再需要）的督办函：" + String.join("、", outcome.withdrawn()));
			}
			return ExitCode.OK;
		}
	}

	private static String mark(DispatchService.DispatchOutcome outcome, java.nio.file.Path file) {
		return outcome.written().contains(file) ? "" : "（内容未变，未重写）";
	}

}
