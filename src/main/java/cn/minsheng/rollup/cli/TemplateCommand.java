package cn.minsheng.rollup.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.form.FormTemplateWriter;
import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.form.ReferenceFigures;
import cn.minsheng.rollup.form.TemplateOptions;
import cn.minsheng.rollup.ledger.AcceptedRows;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.validation.ReportedRow;

/**
 * {@code template --period=2023-11}: one blank monthly form per responsible unit, to hand out.
 */
@Component
class TemplateCommand implements Command {

	private final RollupProperties properties;

	private final CatalogProvider catalogs;

	private final String password;

	private final AcceptedRows accepted;

	TemplateCommand(RollupProperties properties, CatalogProvider catalogs,
			@Value("${rollup.template.protection-password:}") String password, AcceptedRows accepted) {
		this.properties = properties;
		this.catalogs = catalogs;
		this.password = password;
		this.accepted = accepted;
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
				单位此前有已接收的月份时，表后附只读的「上月累计完成」「上月累计到位资金」「上月累计完成投资」三列
				（取自台账），累计完成小于上月、本月完成不等于 累计完成 − 上月 时，单元格在 Excel 中即时变色提示。
				""";
	}

	/** The unit's latest accepted earlier month of the year, as the template's reference columns; none without. */
	private ReferenceFigures reference(String unit, YearMonth period) {
		return this.accepted.latestBefore(unit, period).map((month) -> {
			Map<String, ReferenceFigures.Figures> figures = new java.util.HashMap<>();
			for (ReportedRow row : this.accepted.inForce(unit, month).values()) {
				figures.put(row.code(), new ReferenceFigures.Figures(row.cumulativeDone(), row.fundsInPlace(),
						row.investmentDone()));
			}
			return new ReferenceFigures(month, figures);
		}).orElse(null);
	}

	@Override
	public ExitCode execute(CommandArguments arguments) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		YearMonth period = arguments.requirePeriod();
		Catalog catalog = ExclusiveRun.catalogOf(period, this.catalogs);
		TemplateOptions options = TemplateOptions.defaults()
			.withCounty(this.properties.county())
			.withPassword(this.password);
		List<Path> written = new ArrayList<>();
		FormTemplateWriter writer = new FormTemplateWriter();
		Path dir = FormTemplateWriter.templateDir(this.properties.outputDir(), period);
		for (String unit : catalog.units()) {
			written.add(writer.write(catalog, unit, period, options, dir, reference(unit, period)));
		}
		out.println("已生成 " + Periods.chinese(period) + " 月报表模板 " + written.size() + " 个，位于 "
				+ FormTemplateWriter.templateDir(this.properties.outputDir(), period) + "：");
		written.forEach((p) -> out.println("  " + p.getFileName()));
		return ExitCode.OK;
	}

}
