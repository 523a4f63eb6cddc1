package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.minsheng.rollup.report.ContentDigest;
import cn.minsheng.rollup.yearend.TableWorkbook.Column;
import cn.minsheng.rollup.yearend.TableWorkbook.Emphasis;

/**
 * Writes 验收情况表: every indicator's two acceptances (是/否, the first month a form said 是, and what says so), the
 * rates by level and for the county, and the items still open with their unit.
 */
final class AcceptanceWriter {

	static final String LINES = "验收情况";

	static final String RATES = "验收率";

	static final String OPEN = "未验收事项";

	private static final String LAYOUT_VERSION = "yearend-acceptance-1";

	private static final List<Column> LINE_COLUMNS = List.of(Column.integer("序号", 6), Column.text("项目编码", 10),
			Column.text("层级", 14), Column.text("考核指标", 30), Column.text("责任单位", 14), Column.text("线上验收", 8),
			Column.text("线上首次报“是”月份", 12), Column.text("线上验收依据", 36), Column.text("线下验收", 8),
			Column.text("线下首次报“是”月份", 12), Column.text("线下验收依据", 36));

	private static final List<Column> RATE_COLUMNS = List.of(Column.text("范围", 18), Column.integer("指标数", 8),
			Column.integer("线上已验收", 10), Column.percent("线上验收率"), Column.integer("线下已验收", 10),
			Column.percent("线下验收率"));

	private static final List<Column> OPEN_COLUMNS = List.of(Column.integer("序号", 6), Column.text("项目编码", 10),
			Column.text("考核指标", 30), Column.text("责任单位", 14), Column.text("尚未完成", 14), Column.text("项目状态", 10));

	static String contentKey(AcceptanceStatus status, String title) {
		return new ContentDigest().add(LAYOUT_VERSION + "\n" + title + "\n").add(status).hex();
	}

	boolean write(AcceptanceStatus status, String title, LocalDateTime at, Path file) throws IOException {
		String key = contentKey(status, title);
		return TableWorkbook.writeUnlessUnchanged(file, key, title, at, (workbook) -> {
			lines(workbook.sheet(LINES, title, LINE_COLUMNS), status);
			rates(workbook.sheet(RATES, title + "（验收率）", RATE_COLUMNS), status);
			open(workbook.sheet(OPEN, title + "（未验收事项）", OPEN_COLUMNS), status);
		});
	}

	private static void lines(TableWorkbook.Table table, AcceptanceStatus status) {
		int seq = 1;
		for (AcceptanceLine line : status.lines()) {
			List<Object> values = new ArrayList<>(List.of(seq++, line.indicator().code(),
					line.indicator().level().label(), line.indicator().name(), line.indicator().responsibleUnit()));
			for (AcceptanceKind kind : AcceptanceKind.values()) {
				AcceptanceLine.Standing standing = line.of(kind);
				values.add(standing.yesNo());
				values.add(standing.firstReported() == null ? "—" : standing.firstReported().getMonthValue() + "月");
				values.add(standing.source());
			}
			table.row(line.open() ? Emphasis.MARKED : Emphasis.PLAIN, values);
		}
		table.note("是/否：各单位最近一个已接收月报表所填；办公室在 验收记录-" + status.year()
				+ ".xlsx 中录入的验收结果优先（依据栏注明录入人、日期和来源）。");
	}

	private static void rates(TableWorkbook.Table table, AcceptanceStatus status) {
		for (Map.Entry<String, AcceptanceStatus.Rate> scope : status.rates().entrySet()) {
			AcceptanceStatus.Rate rate = scope.getValue();
			table.row("全县".equals(scope.getKey()) ? Emphasis.TOTAL : Emphasis.PLAIN,
					java.util.Arrays.asList(scope.getKey(), rate.indicators(), rate.online(), rate.onlineRate(),
							rate.offline(), rate.offlineRate()));
		}
	}

	private static void open(TableWorkbook.Table table, AcceptanceStatus status) {
		int seq = 1;
		for (AcceptanceLine line : status.open()) {
			List<String> missing = new ArrayList<>();
			for (AcceptanceKind kind : AcceptanceKind.values()) {
				if (!line.of(kind).accepted()) {
					missing.add(kind.label());
				}
			}
			table.row(java.util.Arrays.asList(seq++, line.indicator().code(), line.indicator().name(),
					line.indicator().responsibleUnit(), String.join("、", missing), line.status()));
		}
		if (seq == 1) {
			table.note("全部指标均已完成线上、线下验收。");
		}
	}

}
