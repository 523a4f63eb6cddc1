package cn.minsheng.rollup.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import cn.minsheng.rollup.system.CrashPoints;
import cn.minsheng.rollup.system.OutputFiles;

/**
 * Writes the county summary workbook: seven sheets of values (no formulas), styled once per role, with charts.
 * <p>
 * The sheets are streamed (SXSSF): only a window of rows is held in memory, the rest goes to a temporary file, so a
 * province of a thousand units is written in the memory a county needs. Text is written inline in the cells rather
 * than in a shared strings table, which would keep every distinct text in memory until the end.
 * <p>
 * The content depends only on the summary and the title; the generation time appears only in the page footers and
 * the document properties. The file is written through {@link OutputFiles}, so a reader never sees half a workbook
 * and the office's staff can open it. A content key stored in the document properties lets a caller skip rewriting
 * an unchanged summary.
 */
public final class CountySummaryWriter {

	public static final String OVERVIEW = "总体情况";

	public static final String DETAILS = "进展明细";

	public static final String UNITS = "单位报送";

	public static final String LAGGING = "滞后督办";

	public static final String PROBLEMS = "存在问题汇总";

	public static final String QUALITY = "数据质量";

	public static final String TREND = "月度趋势";

	/** Custom document property holding {@link #contentKey}. */
	static final String CONTENT_KEY = "RollupSummaryContentKey";

	/** Changes whenever the layout changes, so that a new layout rewrites summaries whose data did not change. */
	static final String LAYOUT_VERSION = "summary-layout-2";

	/** Rows of a sheet held in memory while it is written. */
	private static final int ROW_WINDOW = 200;

	/**
	 * Writes the workbook to {@code file}, replacing it in one step.
	 * @param title the workbook title, also the first row of every sheet
	 * @param generatedAt shown in the footers only
	 */
	public void write(CountySummary summary, String title, LocalDateTime generatedAt, Path file) throws IOException {
		write(summary, title, contentKey(summary, title), generatedAt, file);
	}

	/**
	 * Writes the workbook with its {@link #contentKey} already taken (by whoever compared it with the file there).
	 * @param contentKey {@code contentKey(summary, title)}
	 */
	public void write(CountySummary summary, String title, String contentKey, LocalDateTime generatedAt, Path file)
			throws IOException {
		writeIf(summary, title, () -> contentKey, (key) -> true, generatedAt, file);
	}

	/**
	 * Fills the workbook, then takes its content key and writes the file only when {@code wanted} accepts that key:
	 * the key may still be being taken on another thread while the sheets are filled, the two longest pieces of a
	 * province's summary. The filled sheets wait in the workbook's temporary files until then.
	 * @param contentKey gives {@code contentKey(summary, title)}, waiting for it if need be
	 * @param wanted whether a workbook of that content key is to be written (false: the file there has it already)
	 * @return whether the file was written
	 */
	public boolean writeIf(CountySummary summary, String title, Supplier<String> contentKey, Predicate<String> wanted,
			LocalDateTime generatedAt, Path file) throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROW_WINDOW);
		try (workbook) {
			fill(workbook, summary, title, generatedAt);
			String key = contentKey.get();
			if (!wanted.test(key)) {
				return false;
			}
			properties(workbook.getXSSFWorkbook().getProperties(), title, key, generatedAt);
			OutputFiles.write(file.toAbsolutePath(), (out) -> {
				workbook.write(out);
				out.flush();
				CrashPoints.reached("summary");
			});
			return true;
		}
		finally {
			workbook.dispose();
		}
	}

	/** A key of everything the workbook shows apart from the generation time. */
	public static String contentKey(CountySummary summary, String title) {
		// the digest of LAYOUT_VERSION, the title and summary.toString(), fed one line of the summary at a time
		return new ContentDigest().add(LAYOUT_VERSION + "\n" + title + "\n")
			.add("CountySummary[period=").add(summary.period())
			.add(", thresholds=").add(summary.thresholds())
			.add(", carryForward=").add(summary.carryForward())
			.add(", overview=").add(summary.overview())
			.add(", details=").addList(summary.details())
			.add(", units=").addList(summary.units())
			.add(", lagging=").addList(summary.lagging())
			.add(", problems=").addList(summary.problems())
			.add(", warnings=").addList(summary.warnings())
			.add(", trend=").add(summary.trend())
			.add("]")
			.hex();
	}

	/** The content key stored in an existing summary; empty when the file is missing, unreadable or has none. */
	public static Optional<String> contentKeyOf(Path file) {
		return OfficeProperties.custom(file, CONTENT_KEY);
	}

	private static void fill(SXSSFWorkbook workbook, CountySummary summary, String title, LocalDateTime generatedAt) {
		SummaryStyles styles = new SummaryStyles(workbook.getXSSFWorkbook());
		for (String name : new String[] { OVERVIEW, DETAILS, UNITS, LAGGING, PROBLEMS, QUALITY, TREND }) {
			workbook.createSheet(name);
		}
		Content content = new Content(workbook, styles, summary, title, generatedAt);
		// 单位报送 first: the overview's unit chart refers to its cells.
		content.sheet(UNITS, UnitSheet::write);
		content.sheet(OVERVIEW, OverviewSheet::write);
		content.sheet(DETAILS, DetailSheet::write);
		content.sheet(LAGGING, LaggingSheet::write);
		content.sheet(PROBLEMS, ProblemSheet::write);
		content.sheet(QUALITY, QualitySheet::write);
		content.sheet(TREND, TrendSheet::write);
		workbook.setActiveSheet(0);
		workbook.setSelectedTab(0);
	}

	/** One of the sheet writers, such as {@link DetailSheet#write}. */
	@FunctionalInterface
	private interface SheetWriter {

		void write(TableSheet table, CountySummary summary, String title, LocalDateTime generatedAt);

	}

	/** What every sheet is written from. */
	private record Content(SXSSFWorkbook workbook, SummaryStyles styles, CountySummary summary, String title,
			LocalDateTime generatedAt) {

		/** Runs the sheet's writer twice: once to measure the columns, once to write with the widths known. */
		void sheet(String name, SheetWriter writer) {
			TableSheet measured = TableSheet.measuring(this.styles);
			writer.write(measured, this.summary, this.title, this.generatedAt);
			TableSheet table = TableSheet.writing(this.workbook.getSheet(name),
					this.workbook.getXSSFWorkbook().getSheet(name), this.styles, measured);
			writer.write(table, this.summary, this.title, this.generatedAt);
		}

	}

	private static void properties(POIXMLProperties properties, String title, String contentKey,
			LocalDateTime generatedAt) {
		Date at = Date.from(generatedAt.atZone(ZoneId.systemDefault()).toInstant());
		properties.getCoreProperties().setTitle(title);
		properties.getCoreProperties().setCreator("民生实事月报汇总");
		properties.getCoreProperties().setCreated(Optional.of(at));
		properties.getCoreProperties().setModified(Optional.of(at));
		properties.getCustomProperties().addProperty(CONTENT_KEY, contentKey);
	}

}
