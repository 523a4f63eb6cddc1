package cn.minsheng.rollup.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.system.OutputFiles;
import cn.minsheng.rollup.workbook.ParsedForm;

/**
 * Writes the feedback a unit gets for its file: a copy of its own workbook with each offending cell filled and
 * commented, and a first sheet 问题清单 listing every problem. A file too large (or impossible) to reopen gets a
 * workbook with the list alone.
 * <p>
 * Sheet protection is left as the office set it: POI adds fills and comments to protected sheets as to any other, the
 * comments show on hover, and the cells the unit must correct were unlocked in the template, so the unit can fix the
 * copy itself and send it back.
 */
public class FeedbackWorkbookWriter {

	/**
	 * Above this size, counted as the workbook's content once unzipped, the original is not reopened for annotation:
	 * it was read by streaming, but the annotated copy is held whole in memory, at several times that size.
	 */
	public static final long DEFAULT_MAX_ANNOTATED_BYTES = 8L * 1024 * 1024;

	private final long maxAnnotatedBytes;

	public FeedbackWorkbookWriter() {
		this(DEFAULT_MAX_ANNOTATED_BYTES);
	}

	public FeedbackWorkbookWriter(long maxAnnotatedBytes) {
		this.maxAnnotatedBytes = maxAnnotatedBytes;
	}

	/**
	 * @param xls true for an .xls original (the feedback is then .xls too), false for .xlsx
	 * @param form what was read from the file, for the summary line; may be {@code null}
	 * @param outFile where the feedback goes; written to a temporary file first, then moved into place
	 */
	public Path write(Path originalFile, boolean xls, ParsedForm form, List<Violation> violations, Path outFile)
			throws IOException {
		long size = expandedSize(originalFile);
		Workbook copy = null;
		String note = null;
		if (size > this.maxAnnotatedBytes) {
			note = "原文件较大（内容约 " + Math.max(1, size / (1024 * 1024)) + " MB），未在原表中逐格标注，请按本清单所列位置修改。";
		}
		else {
			copy = open(originalFile);
			if (copy == null) {
				note = "原文件无法重新打开，未在原表中逐格标注，请按本清单所列位置修改。";
			}
		}
		try (Workbook workbook = copy != null ? copy : (xls ? new HSSFWorkbook() : new XSSFWorkbook())) {
			if (copy != null) {
				new CellMarker(workbook).mark(violations);
			}
			new ProblemListSheet(workbook).write(violations, summary(form, violations), note);
			return OutputFiles.write(outFile, workbook::write);
		}
	}

	private static Workbook open(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return WorkbookFactory.create(in);
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			// Encrypted, damaged or over POI's limits: the list alone still tells the unit everything.
			return null;
		}
	}

	/**
	 * The bytes a workbook occupies unzipped: for .xlsx the sizes its zip directory declares (a zip that declares
	 * nothing counts as too large), for .xls the file itself.
	 */
	static long expandedSize(Path file) throws IOException {
		long size = Files.size(file);
		if (FileMagic.valueOf(file.toFile()) != FileMagic.OOXML) {
			return size;
		}
		try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
			long total = 0;
			for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
				if (entry.getSize() < 0) {
					return Long.MAX_VALUE;
				}
				total += entry.getSize();
			}
			return total;
		}
		catch (IOException ex) {
			return size;
		}
	}

	static String summary(ParsedForm form, List<Violation> violations) {
		long errors = violations.stream().filter(Violation::isError).count();
		long warnings = violations.size() - errors;
		StringBuilder text = new StringBuilder();
		if (form != null && !form.declaredUnit().isBlank()) {
			text.append(form.declaredUnit().strip()).append(' ');
		}
		if (form != null) {
			ValueParser.yearMonth(form.declaredPeriod()).ifPresent((p) -> text.append(Periods.chinese(p)).append(' '));
		}
		text.append("月报表共发现 ").append(violations.size()).append(" 处问题：错误 ").append(errors)
			.append(" 处，提醒 ").append(warnings).append(" 处。");
		text.append(errors > 0 ? "有错误的报表已退回，请改正全部错误后重新报送；" : "报表已接收；");
		text.append("提醒请逐项核实，如确有误请更正后重新报送。");
		return text.toString();
	}

}
