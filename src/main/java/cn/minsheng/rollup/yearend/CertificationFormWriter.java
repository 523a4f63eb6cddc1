package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.report.ContentDigest;
import cn.minsheng.rollup.yearend.TableWorkbook.Column;

/**
 * Writes a unit's 评估认定表 for the statistics bureau: each of its indicators with the 累计完成 reported (and the form
 * and cell it came from), and blank 认定数 and 认定说明 for the bureau. A hidden sheet names the unit and year, so the
 * filled return is recognised when it is dropped into {@code input/}.
 */
final class CertificationFormWriter {

	private static final String LAYOUT_VERSION = "yearend-certification-form-1";

	private static final List<Column> COLUMNS = List.of(Column.integer("序号", 6),
			Column.text(CertificationLayout.CODE, 10),
			Column.text("考核指标", 30), Column.text("计量单位", 10), Column.number("年度目标", 10),
			Column.number(CertificationLayout.REPORTED, 12), Column.text("数据来源", 34),
			Column.number(CertificationLayout.CERTIFIED, 12), Column.text(CertificationLayout.REMARKS, 30));

	/** One indicator's line: the reported figure and where it came from ({@code null} when never reported). */
	record Line(Indicator indicator, BigDecimal reported, String source) {
	}

	static List<Line> lines(YearFigures year, String unit) {
		return year.catalog().indicatorsOf(unit).stream().map((indicator) -> year.latest(indicator, year.december())
			.map((s) -> new Line(indicator, s.row().cumulativeDone(), s.form().describe() + " "
					+ FormCells.cell(FormColumn.CUMULATIVE_DONE, s.row().rowNumber())))
			.orElseGet(() -> new Line(indicator, null, "全年未报送"))).toList();
	}

	boolean write(String unit, int year, List<Line> lines, String title, LocalDateTime at, Path file)
			throws IOException {
		String key = new ContentDigest().add(LAYOUT_VERSION + "\n" + title + "\n" + unit + "\n").addList(lines).hex();
		return TableWorkbook.writeUnlessUnchanged(file, key, title, at, (workbook) -> {
			TableWorkbook.Table table = workbook.sheet(CertificationLayout.SHEET, title, COLUMNS);
			int seq = 1;
			for (Line line : lines) {
				table.row(Arrays.asList(seq++, line.indicator().code(), line.indicator().name(),
						line.indicator().unitOfMeasure(), line.indicator().annualTarget(), line.reported(),
						line.source(), null, null));
			}
			table.note("请统计部门在「认定数」栏填写评估认定的数字，有出入的在「认定说明」栏写明原因；填好后原表返回县专班办公室。");
			table.note("责任单位：" + unit + "　　认定单位（盖章）：　　　　　　　认定人：　　　　　　　日期：");
			table.markInput(7, 8);
			workbook.hiddenInfo(CertificationLayout.INFO_SHEET, List.of(new String[] { "类型", CertificationLayout.KIND },
					new String[] { "年度", Integer.toString(year) }, new String[] { "单位", unit },
					new String[] { "格式版本", CertificationLayout.FORMAT_VERSION }));
		});
	}

}
