package cn.minsheng.rollup.workbook;

import java.time.Duration;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Every limit intake puts on a dropped file, in one place: a unit's form is small, so anything far bigger is refused
 * rather than read, and hostile structure (zip bombs, thousands of sheets, megabyte cells) cannot exhaust the heap.
 */
final class IntakeLimits {

	/** A form with a 200,000-row distribution sheet is a few tens of megabytes as .xls; far beyond that is refused. */
	static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

	/**
	 * Time a file may take to read: this much for any file, plus {@link #READ_TIME_PER_MEGABYTE} per megabyte. A form
	 * reads in well under a second; the budget only stops files built to keep a parser busy.
	 */
	static final Duration READ_TIME_BASE = Duration.ofSeconds(8);

	/** Extra reading time per megabyte of file, so that an honest form with a long distribution list has its time. */
	static final Duration READ_TIME_PER_MEGABYTE = Duration.ofSeconds(2);

	/** An entry may expand at most 100 times its compressed size (POI's default, set deliberately). */
	static final double MIN_INFLATE_RATIO = 0.01;

	/** Largest expanded zip entry; sheets are streamed, so this only stops bombs, not big honest sheets. */
	static final long MAX_ENTRY_SIZE = 512L * 1024 * 1024;

	/** Largest text POI's extractors may collect. */
	static final long MAX_TEXT_SIZE = 10L * 1024 * 1024;

	/** Parts read whole into memory (shared strings, styles, workbook.xml) may not expand beyond this. */
	static final long MAX_IN_MEMORY_PART_BYTES = 64L * 1024 * 1024;

	/** Sheets the reader looks into when it has to search for the form by its headers. */
	static final int MAX_SHEETS_SCANNED = 30;

	/** Sheets listed in a workbook beyond this are ignored. */
	static final int MAX_SHEETS_LISTED = 1_000;

	/** The header row must be among the first rows of a sheet. */
	static final int HEADER_SCAN_ROWS = 15;

	/** Columns beyond this are ignored; the template has 21. */
	static final int MAX_COLUMNS = 200;

	/** Merged ranges over several rows kept for a sheet; a form has a handful, a hostile sheet tens of thousands. */
	static final int MAX_MERGED_RANGES = 10_000;

	/** Excel's own limit for a cell's text; longer text is cut. */
	static final int MAX_CELL_TEXT = 32_767;

	/** A unit reports a handful of indicators; a main sheet with more data rows than this is not a form. */
	static final int MAX_FORM_ROWS = 2_000;

	private IntakeLimits() {
	}

	/**
	 * Sets POI's zip limits before a package is opened. They are JVM-wide, so they are set again on every read in case
	 * another part of the program changed them.
	 */
	static void applyZipLimits() {
		ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
		ZipSecureFile.setMaxTextSize(MAX_TEXT_SIZE);
	}

}
