package cn.minsheng.rollup.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.form.TemplateOptions;
import cn.minsheng.rollup.sample.GeneratedForm;
import cn.minsheng.rollup.sample.PlannedMistake;
import cn.minsheng.rollup.sample.SampleFormat;
import cn.minsheng.rollup.sample.SampleHelp;
import cn.minsheng.rollup.sample.SampleMistake;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * {@code sample --period=2023-11}: filled monthly forms as units return them, for trying the system and volume tests.
 */
@Component
class SampleCommand implements Command {

	private final RollupProperties properties;

	private final CatalogProvider catalogs;

	SampleCommand(RollupProperties properties, CatalogProvider catalogs) {
		this.properties = properties;
		this.catalogs = catalogs;
	}

	@Override
	public String name() {
		return "sample";
	}

	@Override
	public String summary() {
		return SampleHelp.SUMMARY;
	}

	@Override
	public String help() {
		return "用法：java -jar target/minsheng-rollup.jar sample --period=2023-10,2023-11 [选项]\n\n"
				+ SampleHelp.DESCRIPTION + "\n\n选项：\n"
				+ "  --period=月份[,月份…]   " + SampleHelp.OPTION_PERIOD + "（必填）\n"
				+ "  --dir=目录              写入的文件夹（默认为报表投放文件夹 input/，下次运行即会处理）\n"
				+ "  --counties=N            " + SampleHelp.OPTION_COUNTIES + "\n"
				+ "  --units=单位[,单位…]    " + SampleHelp.OPTION_UNITS + "\n"
				+ "  --rows=N                " + SampleHelp.OPTION_ROWS + "\n"
				+ "  --seed=N                " + SampleHelp.OPTION_SEED + "\n"
				+ "  --format=xlsx|xls       " + SampleHelp.OPTION_FORMAT + "\n"
				+ "  --mistake=单位:错误类型 " + SampleHelp.OPTION_MISTAKE + "\n\n"
				+ "错误类型：\n" + SampleHelp.mistakeList() + "\n\n"
				+ "例：sample --period=2023-11 --units=县民政局,县残联 --mistake=县民政局:TEXT_IN_NUMBER_CELL\n\n"
				+ "退出码：0 成功；2 参数或项目清单有误\n";
	}

	@Override
	public Set<String> options() {
		return Set.of("counties", "rows", "seed", "format", "dir", "units", "mistake");
	}

	@Override
	public ExitCode execute(CommandArguments arguments) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		SampleSpec spec = spec(arguments);
		Catalog catalog = ExclusiveRun.catalogOf(spec.periods().get(0), this.catalogs);
		Path dir = arguments.option("dir").map(Path::of).orElse(this.properties.inputDir());
		List<GeneratedForm> forms;
		try {
			forms = new SampleMonthGenerator(catalog).generate(spec, dir);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException(ex.getMessage());
		}
		for (GeneratedForm form : forms) {
			out.println("  " + dir.relativize(form.file()) + "（分布清单 " + form.distributionRows() + " 行）");
			form.mistakes().forEach((m) -> out.println("      故意错误：" + m.describe()));
		}
		long withMistakes = forms.stream().filter((f) -> !f.mistakes().isEmpty()).count();
		out.println("已生成样例报表 " + forms.size() + " 个（其中 " + withMistakes + " 个含故意错误），位于 " + dir);
		return ExitCode.OK;
	}

	private SampleSpec spec(CommandArguments arguments) {
		try {
			SampleSpec spec = SampleSpec.of(periods(arguments).toArray(YearMonth[]::new))
				.withTemplateOptions(TemplateOptions.defaults().withCounty(this.properties.county()));
			Optional<Integer> counties = number(arguments, "counties");
			if (counties.isPresent()) {
				spec = spec.withCounties(counties.get());
			}
			Optional<Integer> rows = number(arguments, "rows");
			if (rows.isPresent()) {
				spec = spec.withDistributionRows(rows.get());
			}
			Optional<Integer> seed = number(arguments, "seed");
			if (seed.isPresent()) {
				spec = spec.withSeed(seed.get());
			}
			List<String> units = list(arguments, "units");
			if (!units.isEmpty()) {
				spec = spec.withUnits(units);
			}
			if (arguments.option("format").isPresent()) {
				String text = arguments.option("format").get();
				spec = spec.withFormat(SampleFormat.fromText(text)
					.orElseThrow(() -> new UsageException("文件格式「" + text + "」不对，应为 xlsx 或 xls")));
			}
			for (String mistake : list(arguments, "mistake")) {
				spec = spec.withMistake(mistake(mistake));
			}
			return spec;
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException(ex.getMessage());
		}
	}

	private static List<YearMonth> periods(CommandArguments arguments) {
		List<String> texts = list(arguments, "period");
		if (texts.isEmpty()) {
			throw new UsageException("请用 --period=YYYY-MM 指定要生成的报送月份，多个月份用逗号分隔，例如 --period=2023-10,2023-11");
		}
		List<YearMonth> periods = new ArrayList<>();
		for (String text : texts) {
			try {
				periods.add(YearMonth.parse(text));
			}
			catch (DateTimeParseException ex) {
				throw new UsageException("报送月份「" + text + "」格式不对，应写作 2023-11");
			}
		}
		return periods;
	}

	private static Optional<Integer> number(CommandArguments arguments, String option) {
		if (arguments.option(option).isEmpty()) {
			return Optional.empty();
		}
		String text = arguments.option(option).get().strip();
		try {
			return Optional.of(Integer.parseInt(text));
		}
		catch (NumberFormatException ex) {
			throw new UsageException("选项 --" + option + " 应为整数，实际为「" + text + "」");
		}
	}

	private static PlannedMistake mistake(String text) {
		int colon = Math.max(text.lastIndexOf(':'), text.lastIndexOf('：'));
		if (colon <= 0) {
			throw new UsageException("错误设置「" + text + "」应写作 单位:错误类型，例如 县民政局:TEXT_IN_NUMBER_CELL");
		}
		String type = text.substring(colon + 1);
		SampleMistake mistake = SampleMistake.fromText(type)
			.orElseThrow(() -> new UsageException("没有错误类型「" + type + "」；可用的类型："
					+ Arrays.stream(SampleMistake.values()).map(Enum::name).collect(Collectors.joining("、"))));
		return new PlannedMistake(text.substring(0, colon).strip(), null, mistake);
	}

	/** All values of a repeatable option, commas (also Chinese ones) splitting further. */
	private static List<String> list(CommandArguments arguments, String option) {
		List<String> values = arguments.raw().getOptionValues(option);
		if (values == null) {
			return List.of();
		}
		return values.stream()
			.flatMap((v) -> Arrays.stream(v.split("[,，、]")))
			.map(String::strip)
			.filter((v) -> !v.isEmpty())
			.toList();
	}

}
