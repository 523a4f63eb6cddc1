package cn.minsheng.rollup.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import cn.minsheng.rollup.form.PrintLayout;
import cn.minsheng.rollup.ledger.Outcome;
import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.system.OutputFiles;

/**
 * The report of one run for the office: every file seen, its unit and month, outcome and reason, and the counts.
 */
public class RunReportWriter {

	private static final String[] HEADERS = { "序号", "文件", "大小(KB)", "收到时间", "单位", "月份", "结果", "版本", "迟报", "错误",
			"提醒", "原因", "原件位置", "反馈文件" };

	private static final int ROW_WINDOW = 100;

	private static final int[] WIDTHS = { 6, 40, 10, 18, 16, 9, 10, 6, 6, 6, 6, 60, 50, 50 };

	public Path write(RunFiles run, LocalDateTime started, Path reportsDir) throws IOException {
		return write(run, started, reportsDir, List.of());
	}

	/**
	 * @param problems what the run could not do and went past, such as a month it could not summarise or an original
	 *     it could not move; listed below the files
	 */
	public Path write(RunFiles run, LocalDateTime started, Path reportsDir, List<String> problems) throws IOException {
		long runId = run.runId();
		List<Submission> files = run.files();
		Path target = reportsDir.resolve("运行报告-第" + runId + "次.xlsx");
		// streamed, a window of rows at a time: a province's night lists a thousand files and more
		SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
		try (workbook) {
			Sheet sheet = workbook.createSheet("运行报告");
			Styles styles = new Styles(workbook);
			writeHeader(sheet, styles, run, started);
			int r = 4;
			for (Submission s : files) {
				writeFile(sheet.createRow(r), styles, r - 3, s);
				r++;
			}
			writeProblems(sheet, styles, r + 1, problems);
			for (int c = 0; c < WIDTHS.length; c++) {
				sheet.setColumnWidth(c, WIDTHS[c] * 256);
			}
			sheet.createFreezePane(2, 4);
			PrintLayout.a4Landscape(sheet, 3);
			if (!files.isEmpty()) {
				sheet.setAutoFilter(new CellRangeAddress(3, r - 1, 0, HEADERS.length - 1));
			}
			return OutputFiles.write(target, workbook::write);
		}
		finally {
			workbook.dispose();
		}
	}

	private static void writeHeader(Sheet sheet, Styles styles, RunFiles run, LocalDateTime started) {
		Row title = sheet.createRow(0);
		title.createCell(0).setCellValue("民生实事月报汇总 运行报告（第 " + run.runId() + " 次运行）");
		title.getCell(0).setCellStyle(styles.title);
		sheet.createRow(1).createCell(0).setCellValue("开始时间：" + started.withNano(0).toString().replace('T', ' ') + "　"
				+ run.countsText());
		Row header = sheet.createRow(3);
		for (int c = 0; c < HEADERS.length; c++) {
			header.createCell(c).setCellValue(HEADERS[c]);
			header.getCell(c).setCellStyle(styles.header);
		}
	}

	private static void writeProblems(Sheet sheet, Styles styles, int first, List<String> problems) {
		if (problems.isEmpty()) {
			return;
		}
		sheet.createRow(first).createCell(0).setCellValue("本次运行未能完成的事项（其余工作已完成）：");
		sheet.getRow(first).getCell(0).setCellStyle(styles.header);
		int r = first + 1;
		for (String problem : problems) {
			text(sheet.createRow(r++), 0, (r - first - 1) + ". " + problem);
		}
	}

	private static void writeFile(Row row, Styles styles, int seq, Submission s) {
		row.createCell(0).setCellValue(seq);
		text(row, 1, s.sourcePath());
		row.createCell(2).setCellValue(Math.round(s.sizeBytes() / 102.4) / 10.0);
		text(row, 3, s.receivedAt().withNano(0).toString().replace('T', ' '));
		text(row, 4, s.unit());
		text(row, 5, s.period());
		text(row, 6, s.outcome() == null ? "处理中" : s.outcome().label());
		if (s.version() != null) {
			row.createCell(7).setCellValue(s.version());
		}
		text(row, 8, s.outcome() == Outcome.ACCEPTED ? (s.late() ? "是" : "否") : null);
		row.createCell(9).setCellValue(s.errorCount());
		row.createCell(10).setCellValue(s.warningCount());
		text(row, 11, s.reason());
		text(row, 12, s.storedPath());
		text(row, 13, s.feedbackPath());
		for (int c = 0; c < HEADERS.length; c++) {
			Cell cell = row.getCell(c);
			if (cell != null) {
				boolean guarded = cell.getCellType() == CellType.STRING
						&& SafeText.looksLikeFormula(cell.getStringCellValue());
				cell.setCellStyle(guarded ? styles.guarded : c == 11 ? styles.wrapped : styles.body);
			}
		}
	}

	/**
	 * Always a text cell, without characters XML cannot carry: a file name or reason beginning with = + - @ stays
	 * text, never a formula, and is quote-prefixed so that editing the cell does not make it one.
	 */
	private static void text(Row row, int column, String value) {
		if (value != null) {
			row.createCell(column).setCellValue(SafeText.clean(value));
		}
	}

	/** The report's few styles, built once per workbook. */
	private static final class Styles {

		final CellStyle title;

		final CellStyle header;

		final CellStyle body;

		final CellStyle wrapped;

		final CellStyle guarded;

		Styles(Workbook workbook) {
			Font font = font(workbook, false, 11);
			this.title = workbook.createCellStyle();
			this.title.setFont(font(workbook, true, 14));
			this.header = bordered(workbook, font(workbook, true, 11));
			this.body = bordered(workbook, font);
			this.body.setDataFormat(workbook.createDataFormat().getFormat("@"));
			this.wrapped = bordered(workbook, font);
			this.wrapped.setWrapText(true);
			this.guarded = bordered(workbook, font);
			this.guarded.setDataFormat(this.body.getDataFormat());
			this.guarded.setQuotePrefixed(true);
		}

		private static Font font(Workbook workbook, boolean bold, int points) {
			Font font = workbook.createFont();
			font.setFontName("宋体");
			font.setBold(bold);
			font.setFontHeightInPoints((short) points);
			return font;
		}

		private static CellStyle bordered(Workbook workbook, Font font) {
			CellStyle style = workbook.createCellStyle();
			style.setFont(font);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

	}

}
