package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import cn.minsheng.rollup.report.ContentDigest;
import cn.minsheng.rollup.yearend.TableWorkbook.Column;
import cn.minsheng.rollup.yearend.TableWorkbook.Emphasis;

/**
 * Writes 评估认定汇总: sheet 返回情况 (each unit: returned or not, figures agreeing and differing) and sheet 认定差异
 * (every figure certified differently from the one reported, with the return's cell).
 */
final class CertificationSummaryWriter {

	static final String UNITS = "返回情况";

	static final String DIFFERENCES = "认定差异";

	private static final String LAYOUT_VERSION = "yearend-certification-summary-1";

	private static final List<Column> UNIT_COLUMNS = List.of(Column.integer("序号", 6), Column.text("责任单位", 16),
			Column.integer("指标数", 8), Column.text("认定表", 10), Column.text("返回文件", 36), Column.integer("认定一致", 10),
			Column.integer("认定不一致", 10));

	static final List<Column> DIFFERENCE_COLUMNS = List.of(Column.integer("序号", 6), Column.text("责任单位", 14),
			Column.text("项目编码", 10), Column.text("考核指标", 30), Column.number("报送累计完成", 12),
			Column.number("认定数", 12), Column.number("差额", 12), Column.text("认定说明", 30), Column.text("认定表及单元格", 40));

	boolean write(CertificationStatus status, String title, LocalDateTime at, Path file) throws IOException {
		String key = new ContentDigest().add(LAYOUT_VERSION + "\n" + title + "\n").add(status).hex();
		return TableWorkbook.writeUnlessUnchanged(file, key, title, at, (workbook) -> {
			TableWorkbook.Table units = workbook.sheet(UNITS, title, UNIT_COLUMNS);
			int seq = 1;
			for (CertificationStatus.UnitReturn unit : status.units()) {
				boolean returned = unit.file() != null;
				units.row(returned && unit.differing() == 0 ? Emphasis.PLAIN : Emphasis.MARKED,
						Arrays.asList(seq++, unit.unit(), unit.indicators(), returned ? "已返回" : "未返回", unit.file(),
								returned ? unit.agreeing() : null, returned ? unit.differing() : null));
			}
			differences(workbook.sheet(DIFFERENCES, title + "（认定数与报送数不一致）", DIFFERENCE_COLUMNS),
					status.differences());
		});
	}

	static void differences(TableWorkbook.Table table, List<CertificationStatus.Difference> differences) {
		int seq = 1;
		for (CertificationStatus.Difference d : differences) {
			BigDecimal gap = d.reported() == null ? null : d.certified().subtract(d.reported());
			table.row(Arrays.asList(seq++, d.unit(), d.indicator().code(), d.indicator().name(), d.reported(),
					d.certified(), gap, d.remarks(), d.file() + " " + d.cell()));
		}
		if (differences.isEmpty()) {
			table.note("已返回的评估认定表中，认定数均与报送数一致。");
		}
	}

}
