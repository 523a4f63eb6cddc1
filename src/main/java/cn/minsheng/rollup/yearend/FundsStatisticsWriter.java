package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.minsheng.rollup.catalog.Level;
import cn.minsheng.rollup.report.ContentDigest;
import cn.minsheng.rollup.report.Funds;
import cn.minsheng.rollup.yearend.TableWorkbook.Column;
import cn.minsheng.rollup.yearend.TableWorkbook.Emphasis;

/**
 * Writes 年度资金统计表: sheet 按指标 (every indicator, a subtotal after each level, the county total) and sheet 按单位
 * (a subtotal per unit and the total). Lines carried forward from an earlier month are marked yellow.
 */
final class FundsStatisticsWriter {

	static final String BY_INDICATOR = "按指标";

	static final String BY_UNIT = "按单位";

	private static final String LAYOUT_VERSION = "yearend-funds-1";

	private static final List<Column> INDICATOR_COLUMNS = List.of(Column.integer("序号", 6), Column.text("项目编码", 10),
			Column.text("层级", 14), Column.text("考核指标", 30), Column.text("责任单位", 14),
			Column.number("计划投资(万元)", 12), Column.number("累计到位资金(万元)", 12), Column.number("累计完成投资(万元)", 12),
			Column.percent("到位率"), Column.percent("支出率"), Column.text("数据来源", 16), Column.text("来源报表及单元格", 40));

	private static final List<Column> UNIT_COLUMNS = List.of(Column.integer("序号", 6), Column.text("责任单位", 16),
			Column.integer("指标数", 8), Column.number("计划投资(万元)", 12), Column.number("累计到位资金(万元)", 12),
			Column.number("累计完成投资(万元)", 12), Column.percent("到位率"), Column.percent("支出率"),
			Column.text("沿用前月数据的指标", 30));

	static String contentKey(FundsStatistics statistics, String title) {
		return new ContentDigest().add(LAYOUT_VERSION + "\n" + title + "\n").add(statistics).hex();
	}

	/** Writes the workbook unless the file there has the same content; true when written. */
	boolean write(FundsStatistics statistics, String title, LocalDateTime at, Path file) throws IOException {
		String key = contentKey(statistics, title);
		return TableWorkbook.writeUnlessUnchanged(file, key, title, at, (workbook) -> {
			byIndicator(workbook.sheet(BY_INDICATOR, title, INDICATOR_COLUMNS), statistics);
			byUnit(workbook.sheet(BY_UNIT, title + "（按责任单位）", UNIT_COLUMNS), statistics);
		});
	}

	private static void byIndicator(TableWorkbook.Table table, FundsStatistics statistics) {
		int seq = 1;
		for (Map.Entry<Level, Funds> level : statistics.byLevel().entrySet()) {
			for (FundsLine line : statistics.lines()) {
				if (line.indicator().level() != level.getKey()) {
					continue;
				}
				List<Object> values = new ArrayList<>(List.of(seq++, line.indicator().code(), level.getKey().label(),
						line.indicator().name(), line.indicator().responsibleUnit()));
				values.addAll(money(line.funds()));
				values.add(line.origin());
				values.add(line.source());
				table.row(line.carriedForward() || line.month() == null ? Emphasis.MARKED : Emphasis.PLAIN, values);
			}
			table.row(Emphasis.TOTAL, total(level.getKey().label() + " 小计", level.getValue()));
		}
		table.row(Emphasis.TOTAL, total("全县合计", statistics.county()));
		table.note("资金单位：万元。到位率 = 累计到位资金 ÷ 计划投资，支出率 = 累计完成投资 ÷ 计划投资；未列计划投资的指标不计比率。");
		table.note("数据取自各单位 12 月已接收的月报表（每个单位取最新有效版本）；12 月未报送的，沿用其最近一个已接收月份的数据并以黄色标出。");
	}

	private static void byUnit(TableWorkbook.Table table, FundsStatistics statistics) {
		int seq = 1;
		for (Map.Entry<String, Funds> unit : statistics.byUnit().entrySet()) {
			List<FundsLine> lines = statistics.linesOf(unit.getKey());
			List<String> carried = lines.stream()
				.filter((l) -> l.carriedForward() || l.month() == null)
				.map((l) -> l.indicator().code() + "（" + l.origin() + "）")
				.toList();
			List<Object> values = new ArrayList<>(List.of(seq++, unit.getKey(), lines.size()));
			values.addAll(money(unit.getValue()));
			values.add(carried.isEmpty() ? null : String.join("、", carried));
			table.row(carried.isEmpty() ? Emphasis.PLAIN : Emphasis.MARKED, values);
		}
		List<Object> total = new ArrayList<>(List.of("", "合计", statistics.lines().size()));
		total.addAll(money(statistics.county()));
		total.add(null);
		table.row(Emphasis.TOTAL, total);
	}

	private static List<Object> total(String label, Funds funds) {
		List<Object> values = new ArrayList<>(java.util.Arrays.asList(null, null, label, null, null));
		values.addAll(money(funds));
		values.add(null);
		values.add(null);
		return values;
	}

	private static List<Object> money(Funds funds) {
		return java.util.Arrays.asList(funds.planned(), funds.inPlace(), funds.spent(), funds.inPlaceRate(),
				funds.spentRate());
	}

}
