package cn.minsheng.rollup.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.system.RunLock;
import cn.minsheng.rollup.yearend.YearendOutcome;
import cn.minsheng.rollup.yearend.YearendService;

/**
 * {@code yearend --year=2023}: the year-end documents (funds statistics, acceptance, the 回头看 list, …) from the
 * ledger.
 */
@Component
class YearendCommand implements Command {

	private final RollupProperties properties;

	private final YearendService yearend;

	YearendCommand(RollupProperties properties, YearendService yearend) {
		this.properties = properties;
		this.yearend = yearend;
	}

	@Override
	public String name() {
		return "yearend";
	}

	@Override
	public String summary() {
		return "生成年终材料：资金统计、验收情况、回头看问题清单等（output/yearend/<年度>/）";
	}

	@Override
	public String help() {
		return """
				用法：java -jar target/minsheng-rollup.jar yearend --year=2023

				按台账中全年已接收的月报表（每个单位每月取最新有效版本），写入 output/yearend/2023/：
				  年度资金统计表-2023.xlsx：各指标的计划投资、累计到位资金、累计完成投资、到位率、支出率，
				    按层级和责任单位小计，全县合计；取 12 月数据，12 月未报送的沿用最近一个已接收月份（标注
				    「沿用N月数据」）；
				  验收情况表-2023.xlsx：各指标线上验收、线下验收（是/否、首次报“是”的月份、依据），各层级和
				    全县的验收率，尚未验收的事项及责任单位；
				  回头看问题清单-2023.xlsx：全年逐月检查（累计减少、本月与累计不符、分布清单合计不符、资金减少
				    或超计划、已完工无完工日期、未完工先验收、缺报月份、认定数与报送数不符），每条写明月份、
				    报表文件和单元格；
				  评估认定表/评估认定表-<单位>-2023.xlsx：各单位报送的累计完成，留出「认定数」「认定说明」
				    供统计部门填写；填好返回后放入 input/（文件名保留“认定”二字），夜间任务识别为评估认定表
				    （不是月报表），校验后把认定数存入台账；
				  评估认定汇总-2023.xlsx：各单位认定表返回情况，认定数与报送数不一致的指标。
				办公室录入的验收结果：放在项目清单同一文件夹（如 input/catalog/）的 验收记录-2023.xlsx，
				  列为 项目编码、验收类型（线上/线下）、是否通过（是/否）、验收日期、录入人、备注；
				  每条记录连同录入人、日期和来源（文件及行号）存入台账，同一指标以最后录入的为准。
				内容未变的文件不会重写。运行期间占用运行锁：若夜间任务正在运行，本命令不执行并以退出码 3 结束。
				不写 --year 时为项目清单的年度。

				退出码：0 成功；1 生成失败（如文件正被 Excel 打开）；2 参数或项目清单有误；3 已有任务在运行
				""";
	}


	@Override
	public Set<String> options() {
		return Set.of("year");
	}
	@Override
	public ExitCode execute(CommandArguments arguments) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		int year = year(arguments);
		Optional<RunLock> lock = ExclusiveRun.acquire(this.properties, "yearend", out);
		if (lock.isEmpty()) {
			return ExitCode.ANOTHER_RUN_ACTIVE;
		}
		try (RunLock held = lock.get()) {
			YearendOutcome outcome;
			try {
				outcome = this.yearend.write(year);
			}
			catch (IllegalArgumentException ex) {
				throw new UsageException(ex.getMessage());
			}
			print(out, outcome);
			return ExitCode.OK;
		}
	}

	private int year(CommandArguments arguments) {
		Optional<String> text = arguments.option("year");
		if (text.isEmpty()) {
			return this.properties.year();
		}
		String value = text.get().strip();
		if (!value.matches("(19|20)\\d{2}")) {
			throw new UsageException("年度「" + text.get() + "」格式不对，应写作 --year=2023");
		}
		return Integer.parseInt(value);
	}

	/** The files directly in the year's folder one by one; those in its subfolders counted per subfolder. */
	private static void print(PrintStream out, YearendOutcome outcome) {
		out.println(outcome.year() + " 年年终材料，位于 " + outcome.folder() + "：");
		Map<String, int[]> folders = new TreeMap<>();
		for (Path file : outcome.written()) {
			line(out, outcome.folder().relativize(file), "", folders, 0);
		}
		for (Path file : outcome.kept()) {
			line(out, outcome.folder().relativize(file), "（内容未变，未重写）", folders, 1);
		}
		folders.forEach((folder, counts) -> out.println("  " + folder + "/：写入 " + counts[0] + " 个文件，内容未变 "
				+ counts[1] + " 个"));
		out.println("指标 " + outcome.indicators() + " 项：线上验收 " + outcome.onlineAccepted() + " 项，线下验收 "
				+ outcome.offlineAccepted() + " 项；认定数与报送数不一致 " + outcome.certifiedDifferences() + " 处；回头看发现问题 "
				+ outcome.reviewFindings() + " 条。");
		outcome.problems().forEach((p) -> out.println("提示：" + p));
	}

	private static void line(PrintStream out, Path relative, String mark, Map<String, int[]> folders, int which) {
		if (relative.getNameCount() == 1) {
			out.println("  " + relative + mark);
		}
		else {
			folders.computeIfAbsent(relative.getName(0).toString(), (f) -> new int[2])[which]++;
		}
	}

}
