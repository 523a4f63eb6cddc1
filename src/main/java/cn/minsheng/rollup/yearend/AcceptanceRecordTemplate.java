package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import cn.minsheng.rollup.report.ContentDigest;
import cn.minsheng.rollup.yearend.TableWorkbook.Column;

/**
 * Writes the blank 验收记录 the office fills in and puts beside the catalog: the headers {@link AcceptanceRecordReader}
 * looks for, one example line to overwrite, and how to fill it.
 */
final class AcceptanceRecordTemplate {

	private static final String LAYOUT_VERSION = "yearend-acceptance-record-template-1";

	private static final List<Column> COLUMNS = List.of(Column.text("项目编码", 12), Column.text("验收类型", 10),
			Column.text("是否通过", 10), Column.text("验收日期", 14), Column.text("录入人", 12), Column.text("备注", 30));

	boolean write(int year, String title, LocalDateTime at, Path file) throws IOException {
		String key = new ContentDigest().add(LAYOUT_VERSION + "\n" + title + "\n" + year).hex();
		return TableWorkbook.writeUnlessUnchanged(file, key, title, at, (workbook) -> {
			TableWorkbook.Table table = workbook.sheet("验收记录", title, COLUMNS);
			table.row(Arrays.asList("（示例）S01-1", "线上", "是", year + "-12-20", "张三", "省平台验收通过"));
			table.note("每行一条验收记录：验收类型填「线上」（省系统平台）或「线下」，是否通过填「是」或「否」，验收日期写作 "
					+ year + "-12-20，录入人必填。");
			table.note("填好后另存为 " + AcceptanceRecordReader.fileName(year)
					+ "，放在项目清单所在的文件夹（如 input/catalog/），再运行 yearend；同一指标以最后录入的记录为准。");
		});
	}

}
