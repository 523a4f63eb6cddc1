package cn.minsheng.rollup.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogWorkbookWriter;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;
import cn.minsheng.rollup.testing.SlowTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code reprocess}: a month taken in under a wrong catalog is validated again under the corrected one; forms that now
 * pass count, forms that no longer pass stop counting, and every earlier record stays in the ledger.
 */
@SlowTest
class ReprocessCommandTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	@TempDir
	Path dir;

	@Test
	void correctedCatalogLetsRejectedFormsCountAndAWrongOneWithdrawsThem() throws IOException, SQLException {
		Catalog correct = BundledCatalog.load();
		Path wrongCatalog = this.dir.resolve("错误的项目清单.xlsx");
		new CatalogWorkbookWriter().write(moveFirstIndicator(correct, "县人社局", "县医保局"), wrongCatalog);
		RollupProcess office = RollupProcess.in(this.dir.resolve("office"));
		new SampleMonthGenerator(correct).generate(
				SampleSpec.of(YearMonth.of(2023, 3)).withUnits(List.of("县人社局", "县医保局", "县残联")), office.input());
		RollupProcess.Finished night = office.run(TIMEOUT, "run", "--catalog=" + wrongCatalog);
		assertThat(night.output()).as(night.toString()).contains("共处理文件 3 个：已接收 1，已退回 2");

		RollupProcess.Finished corrected = office.run(TIMEOUT, "reprocess", "--period=2023-03");

		assertThat(corrected.exitCode()).as(corrected.toString()).isZero();
		assertThat(corrected.output()).contains("已重新校验 2023年3月 报表 3 份：", "结果不变 1 份",
				"原被退回，现通过校验，已存为有效版本 2 份", "县人社局「县人社局-2023年3月-月报表.xlsx」：原被退回，现通过校验，已存为有效版本（现为第 1 版）",
				"已重新生成汇总表：");
		assertThat(ledger(office, "SELECT unit, outcome, version, current_version FROM submission ORDER BY id"))
			.containsExactly("县人社局 REJECTED null FALSE", "县医保局 REJECTED null FALSE", "县残联 ACCEPTED 1 TRUE",
					"县人社局 ACCEPTED 1 TRUE", "县医保局 ACCEPTED 1 TRUE");

		RollupProcess.Finished wrongAgain = office.run(TIMEOUT, "reprocess", "--period=2023-03",
				"--catalog=" + wrongCatalog);

		assertThat(wrongAgain.exitCode()).as(wrongAgain.toString()).isZero();
		assertThat(wrongAgain.output()).contains("原已接收，现未通过校验，不再计入汇总 2 份", "结果不变 1 份");
		assertThat(ledger(office, "SELECT unit, outcome, version, current_version FROM submission ORDER BY id"))
			.hasSize(7)
			.contains("县人社局 ACCEPTED 1 FALSE", "县医保局 ACCEPTED 1 FALSE", "县残联 ACCEPTED 1 TRUE")
			.endsWith("县人社局 REJECTED null FALSE", "县医保局 REJECTED null FALSE");
		// form rows are kept once per accepted record (the first 县残联 record and the two that counted for a while)
		assertThat(ledger(office, "SELECT COUNT(*) FROM reported_row")).containsExactly(
				String.valueOf(countOf(correct, "县残联", "县人社局", "县医保局")));
	}

	private static Catalog moveFirstIndicator(Catalog catalog, String from, String to) {
		List<Indicator> indicators = new ArrayList<>(catalog.indicators());
		Indicator moved = catalog.indicatorsOf(from).get(0);
		assertThat(catalog.indicatorsOf(from)).hasSizeGreaterThan(1);
		indicators.set(indicators.indexOf(moved), new Indicator(moved.code(), moved.level(), moved.categoryNo(),
				moved.category(), moved.name(), moved.kind(), moved.measure(), moved.unitOfMeasure(),
				moved.annualTarget(), to, moved.plannedFundsWan(), moved.dueMonth(), moved.continuing()));
		return new Catalog(catalog.year(), indicators);
	}

	private static int countOf(Catalog catalog, String... units) {
		int count = 0;
		for (String unit : units) {
			count += catalog.indicatorsOf(unit).size();
		}
		return count;
	}

	private static List<String> ledger(RollupProcess office, String sql) throws SQLException {
		String url = "jdbc:h2:file:" + office.data().resolve("ledger").toAbsolutePath() + ";AUTO_SERVER=TRUE";
		List<String> lines = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet rs = connection.createStatement().executeQuery(sql)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				List<String> values = new ArrayList<>();
				for (int c = 1; c <= columns; c++) {
					values.add(rs.getString(c));
				}
				lines.add(String.join(" ", values));
			}
		}
		return lines;
	}

}
