package cn.minsheng.rollup.sample;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Chinese help text for a command that generates sample forms; the command line itself lives elsewhere.
 */
public final class SampleHelp {

	public static final String SUMMARY = "生成模拟填报的单位月报表（用于演示、测试和压力测试）";

	public static final String DESCRIPTION = "按项目清单和下发模板生成各单位已填好的月报表：累计完成大致按序时进度推进，"
			+ "本月完成等于本月累计减上月累计，项目状态、资金、验收、日期与数字一致；同一随机种子生成的内容相同。"
			+ "文件写入 <输出文件夹>/<年-月>/，多个县时写入 <输出文件夹>/<年-月>/县NN/，单位名称前加“县NN-”。";

	public static final String OPTION_PERIOD = "报送月份，如 2023-11；可写多个，用逗号分隔";

	public static final String OPTION_COUNTIES = "模拟的县的个数（默认 1）；大于 1 时每个县一个文件夹，单位名称加“县NN-”前缀，"
			+ "这些单位不在项目清单中，只用于数据量测试";

	public static final String OPTION_UNITS = "只生成这些单位（用逗号分隔，默认全部单位）";

	public static final String OPTION_ROWS = "每份报表项目分布清单的行数（默认 " + SampleSpec.DEFAULT_DISTRIBUTION_ROWS
			+ "，xlsx 最多 1048575 行，xls 最多 65535 行）";

	public static final String OPTION_SEED = "随机种子（默认 " + SampleSpec.DEFAULT_SEED + "），种子相同则生成内容相同";

	public static final String OPTION_FORMAT = "文件格式：xlsx（默认）或 xls（Excel 97-2003）";

	public static final String OPTION_MISTAKE = "在指定单位的报表中故意制造错误，格式为 单位:错误类型，可写多个；错误类型见下";

	private SampleHelp() {
	}

	/** One line per mistake: {@code CUMULATIVE_BELOW_LAST_MONTH  累计完成小于上月累计…}. */
	public static String mistakeList() {
		return Arrays.stream(SampleMistake.values())
			.map((m) -> "  " + m.name() + "  " + m.description())
			.collect(Collectors.joining("\n"));
	}

}
