package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.report.ContentDigest;

/**
 * Writes a unit's 项目分布清单 of the year, consolidated from its forms: for each indicator, the lines of the latest
 * accepted month whose list has lines for it (the list is cumulative). Streamed (SXSSF, text inline): a window of
 * rows in memory whatever the list's length, lines read from the ledger one at a time.
 */
final class DistributionListWriter {

	private static final String LAYOUT_VERSION = "yearend-list-1";

	private static final int ROW_WINDOW = 200;

	/** Excel's last row: lines beyond it go to a continuation sheet. */
	private static final int MAX_ROWS = 1_048_576;

	private static final String[] HEADERS = { "序号", "项目编码", "考核指标", "乡镇(街道)", "村(社区)/点位", "数量", "完成日期", "备注",
			"来源报表", "来源行" };

	private static final int[] WIDTHS = { 8, 10, 28, 16, 24, 10, 12, 20, 34, 8 };

	/** Streams one source's lines. */
	@FunctionalInterface
	interface Lines {

		void stream(ListSource source, Consumer<ListLine> consumer);

	}

	/**
	 * The list's content depends only on which forms it is taken from (their ids and the codes) and on the catalog
	 * that names the indicators: its lines are not read to know it.
	 */
	static String contentKey(String unit, List<ListSource> sources, Catalog catalog, String title) {
		return new ContentDigest().add(LAYOUT_VERSION + "\n" + title + "\n" + unit + "\n" + catalog.fingerprint() + "\n")
			.addList(sources)
			.hex();
	}

	/** @return the number of lines written; {@code -1} when the file was left as it was */
	long write(String unit, List<ListSource> sources, Catalog catalog, Lines lines, String title, LocalDateTime at,
			Path file) throws IOException {
		String key = contentKey(unit, sources, catalog, title);
		if (YearendFiles.unchanged(file, key)) {
			return -1;
		}
		SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROW_WINDOW);
		try (workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			Sheets sheets = new Sheets(workbook, header, title);
			long[] count = { 0 };
			for (ListSource source : sources) {
				String indicator = catalog.find(source.code()).map((i) -> i.name()).orElse("");
				String from = source.month().getMonthValue() + "月 " + source.fileName();
				lines.stream(source, (line) -> sheets.add(++count[0], line, indicator, from));
			}
			properties(workbook, title, key, at);
			YearendFiles.writeAtomically(file, workbook::write);
			return count[0];
		}
		finally {
			workbook.dispose();
		}
	}

	private static void properties(SXSSFWorkbook workbook, String title, String key, LocalDateTime at) {
		Date date = Date.from(at.atZone(ZoneId.systemDefault()).toInstant());
		var properties = workbook.getXSSFWorkbook().getProperties();
		properties.getCoreProperties().setTitle(title);
		properties.getCoreProperties().setCreator(YearendFiles.CREATOR);
		properties.getCoreProperties().setCreated(Optional.of(date));
		properties.getCoreProperties().setModified(Optional.of(date));
		properties.getCustomProperties().addProperty(YearendFiles.CONTENT_KEY, key);
	}

	/** The sheets being filled: 项目分布清单, then 项目分布清单（续2）… when one is full. */
	private static final class Sheets {

		private final SXSSFWorkbook workbook;

		private final CellStyle header;

		private final String title;

		private SXSSFSheet sheet;

		private int next;

		Sheets(SXSSFWorkbook workbook, CellStyle header, String title) {
			this.workbook = workbook;
			this.header = header;
			this.title = title;
			start("项目分布清单");
		}

		void add(long seq, ListLine line, String indicator, String from) {
			if (this.next >= MAX_ROWS) {
				start("项目分布清单（续" + (this.workbook.getNumberOfSheets() + 1) + "）");
			}
			Row row = this.sheet.createRow(this.next++);
			row.createCell(0).setCellValue(seq);
			text(row, 1, line.code());
			text(row, 2, indicator);
			text(row, 3, line.town());
			text(row, 4, line.site());
			if (line.quantity() != null) {
				row.createCell(5).setCellValue(line.quantity().doubleValue());
			}
			text(row, 6, line.doneDate() == null ? null : line.doneDate().toString());
			text(row, 7, line.remarks());
			text(row, 8, from);
			row.createCell(9).setCellValue(line.rowNumber());
		}

		private void start(String name) {
			this.sheet = this.workbook.createSheet(name);
			for (int c = 0; c < WIDTHS.length; c++) {
				this.sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			this.sheet.createRow(0).createCell(0).setCellValue(this.title);
			Row row = this.sheet.createRow(1);
			for (int c = 0; c < HEADERS.length; c++) {
				Cell cell = row.createCell(c);
				cell.setCellValue(HEADERS[c]);
				cell.setCellStyle(this.header);
			}
			this.sheet.createFreezePane(0, 2);
			this.next = 2;
		}

		private static void text(Row row, int column, String value) {
			if (value != null && !value.isEmpty()) {
				row.createCell(column).setCellValue(value);
			}
		}

	}

}
