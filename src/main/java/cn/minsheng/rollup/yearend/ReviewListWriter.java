package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import cn.minsheng.rollup.report.ContentDigest;
import cn.minsheng.rollup.yearend.TableWorkbook.Column;
import cn.minsheng.rollup.yearend.TableWorkbook.Emphasis;

/**
 * Writes 回头看问题清单: sheet 问题清单 with every finding (unit, indicator, month, form and cell), sheet 检查项 naming
 * every check made and how many findings each had, so that a check with none is seen to have been made.
 */
final class ReviewListWriter {

	static final String FINDINGS = "问题清单";

	static final String CHECKS = "检查项";

	private static final String LAYOUT_VERSION = "yearend-review-1";

	private static final List<Column> FINDING_COLUMNS = List.of(Column.integer("序号", 6), Column.text("责任单位", 14),
			Column.text("项目编码", 10), Column.text("考核指标", 28), Column.text("月份", 8), Column.text("检查项", 18),
			Column.text("报表（文件）", 36), Column.text("单元格", 12), Column.text("情况说明", 44));

	private static final List<Column> CHECK_COLUMNS = List.of(Column.integer("序号", 6), Column.text("检查项", 20),
			Column.text("检查内容", 60), Column.integer("发现问题", 10));

	static String contentKey(List<ReviewLine> lines, String title) {
		return new ContentDigest().add(LAYOUT_VERSION + "\n" + title + "\n").addList(lines).hex();
	}

	boolean write(List<ReviewLine> lines, String title, LocalDateTime at, Path file) throws IOException {
		String key = contentKey(lines, title);
		return TableWorkbook.writeUnlessUnchanged(file, key, title, at, (workbook) -> {
			TableWorkbook.Table findings = workbook.sheet(FINDINGS, title, FINDING_COLUMNS);
			int seq = 1;
			for (ReviewLine line : lines) {
				findings.row(Arrays.asList(seq++, line.unit(), line.code(), line.indicator(),
						line.month() == null ? null : line.month().getMonthValue() + "月", line.check().label(),
						line.file(), line.cell(), line.detail()));
			}
			if (lines.isEmpty()) {
				findings.note("各项检查均未发现问题。");
			}
			TableWorkbook.Table checks = workbook.sheet(CHECKS, title + "（检查项）", CHECK_COLUMNS);
			seq = 1;
			for (ReviewCheck check : ReviewCheck.values()) {
				int found = (int) lines.stream().filter((l) -> l.check() == check).count();
				checks.row(found > 0 ? Emphasis.MARKED : Emphasis.PLAIN,
						Arrays.asList(seq++, check.label(), check.description(), found));
			}
			checks.note("检查范围：全年各月已接收的月报表（每个单位每月取最新有效版本）及统计部门返回的评估认定表。");
		});
	}

}
