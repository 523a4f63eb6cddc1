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
 * Writes a package's 资料目录: sheet 资料目录 (every document, its file in the package and where it came from, the
 * missing ones marked) and sheet 数据来源 (for each figure of the package, the form and cell it came from).
 */
final class PackageIndexWriter {

	static final String DOCUMENTS = "资料目录";

	static final String FIGURES = "数据来源";

	static final String DIFFERENCES = "认定差异";

	private static final String LAYOUT_VERSION = "yearend-index-1";

	private static final List<Column> DOCUMENT_COLUMNS = List.of(Column.integer("序号", 6), Column.text("类别", 12),
			Column.text("资料名称", 30), Column.text("文件", 44), Column.text("来源", 44), Column.text("状态", 8));

	private static final List<Column> FIGURE_COLUMNS = List.of(Column.integer("序号", 6), Column.text("项目编码", 10),
			Column.text("考核指标", 28), Column.text("数据", 14), Column.text("数值", 12), Column.text("来源报表及单元格", 48));

	/** One figure of the package and where it came from. */
	record Figure(String code, String indicator, String name, String value, String source) {
	}

	/**
	 * @param differences the unit's figures certified differently from the ones reported; empty for the county
	 */
	boolean write(List<PackageEntry> entries, List<Figure> figures, List<CertificationStatus.Difference> differences,
			String title, LocalDateTime at, Path file) throws IOException {
		String key = new ContentDigest().add(LAYOUT_VERSION + "\n" + title + "\n")
			.addList(entries)
			.addList(figures)
			.addList(differences)
			.hex();
		return TableWorkbook.writeUnlessUnchanged(file, key, title, at, (workbook) -> {
			TableWorkbook.Table documents = workbook.sheet(DOCUMENTS, title, DOCUMENT_COLUMNS);
			int seq = 1;
			for (PackageEntry entry : entries) {
				documents.row(entry.present() ? Emphasis.PLAIN : Emphasis.MARKED,
						Arrays.asList(seq++, entry.category(), entry.document(), entry.file(), entry.source(),
								entry.present() ? "已提供" : "缺失"));
			}
			TableWorkbook.Table sources = workbook.sheet(FIGURES, title + "（数据来源）", FIGURE_COLUMNS);
			seq = 1;
			for (Figure figure : figures) {
				sources.row(Arrays.asList(seq++, figure.code(), figure.indicator(), figure.name(), figure.value(),
						figure.source()));
			}
			if (!figures.isEmpty()) {
				CertificationSummaryWriter.differences(workbook.sheet(DIFFERENCES, title + "（认定数与报送数不一致）",
						CertificationSummaryWriter.DIFFERENCE_COLUMNS), differences);
			}
		});
	}

}
