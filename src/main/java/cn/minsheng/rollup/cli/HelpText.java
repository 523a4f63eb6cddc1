package cn.minsheng.rollup.cli;

import java.util.Collection;

/**
 * The Chinese help the executable prints for {@code --help} and for an unknown command.
 */
public final class HelpText {

	private HelpText() {
	}

	public static String overview(Collection<? extends Command> commands) {
		StringBuilder text = new StringBuilder();
		text.append("民生实事月报汇总（Minsheng Rollup）\n\n");
		text.append("用法：java -jar target/minsheng-rollup.jar <命令> [选项]\n\n");
		text.append("命令：\n");
		for (Command command : commands) {
			text.append(String.format("  %-10s %s%n", command.name(), command.summary()));
		}
		text.append("\n通用选项：\n");
		text.append("  --input=目录     报表投放文件夹（默认 input/）\n");
		text.append("  --output=目录    输出文件夹（默认 output/）\n");
		text.append("  --data=目录      数据文件夹：台账数据库、原件存档、日志（默认 data/）\n");
		text.append("  --catalog=文件   项目清单（默认 报表投放文件夹下的 catalog/2023-项目清单.xlsx）\n");
		text.append("  --quiet=60s      静置期：这段时间内改动过的文件视为正在写入，留到下次运行\n");
		text.append("  --period=YYYY-MM 报送月份，例如 --period=2023-11\n");
		text.append("  --year=YYYY     年度（yearend 命令），例如 --year=2023\n");
		text.append("  --rollup.键=值   任一配置项，如 --rollup.schedule.cron=\"0 30 22 * * *\"\n");
		text.append("                   （全部配置项及其说明见 application.yml）\n");
		text.append("  --help           显示帮助；<命令> --help 显示该命令的帮助\n\n");
		text.append("退出码：0 成功；1 运行失败（下次运行会接着完成）；2 参数或配置有误；3 已有任务在运行\n");
		text.append("定时运行、备份与恢复、新年度换项目清单：见 README.md 的“正式部署”一节。\n");
		return text.toString();
	}

}
