package cn.minsheng.rollup.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.form.FormTemplateWriter;
import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.form.TemplateOptions;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * {@code template --period=2023-11}: one blank monthly form per responsible unit, to hand out.
 */
@Component
class TemplateCommand implements Command {

	private final RollupProperties properties;

	private final CatalogProvider catalogs;

	private final String password;

	TemplateCommand(RollupProperties properties, CatalogProvider catalogs,
			@Value("${rollup.template.protection-password:}") String password) {
		this.properties = properties;
		this.catalogs = catalogs;
		this.password = password;
	}

	@Override
	public String name() {
		return "template";
	}

	@Override
	public String summary() {
		return "为每个责任单位生成当月空白月报表模板（output/templates/<月份>/）";
	}

	@Override
	public String help() {
		return """
				用法：java -jar target/minsheng-rollup.jar template --period=2023-11

				按项目清单为每个责任单位生成一个当月月报表（如「县人社局-2023年11月-月报表.xlsx」），
				写入 output/templates/2023-11/。表中已预填本单位的指标，固定内容受工作表保护（默认无密码，
				可用 rollup.template.protection-password 设置），需填写的单元格带下拉框和数值检查。
				""";
	}

	@Override
	public ExitCode execute(CommandArguments arguments) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		YearMonth period = arguments.requirePeriod();
		Catalog catalog = ExclusiveRun.catalogOf(period, this.catalogs);
		TemplateOptions options = TemplateOptions.defaults()
			.withCounty(this.properties.county())
			.withPassword(this.password);
		List<Path> written = new FormTemplateWriter().writeAll(catalog, period, options, this.properties.outputDir());
		out.println("已生成 " + Periods.chinese(period) + " 月报表模板 " + written.size() + " 个，位于 "
				+ FormTemplateWriter.templateDir(this.properties.outputDir(), period) + "：");
		written.forEach((p) -> out.println("  " + p.getFileName()));
		return ExitCode.OK;
	}

}
