package cn.minsheng.rollup.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Reads a unit's monthly form (.xlsx/.xlsm or BIFF8 .xls) with streaming readers, whatever was dropped in the
 * folder: the form comes back as a {@link ParsedForm}, the distribution rows go to a consumer one by one, and every
 * file that cannot be read is refused with a {@link FormReadException} that tells the unit why.
 */
public class UnitFormReader {

	private final FileFormatSniffer sniffer = new FileFormatSniffer();

	private final Duration baseTime;

	private final Duration timePerMegabyte;

	/** A reader with the time budget of {@link IntakeLimits}. */
	public UnitFormReader() {
		this(IntakeLimits.READ_TIME_BASE, IntakeLimits.READ_TIME_PER_MEGABYTE);
	}

	/**
	 * A reader that gives up on a file after {@code baseTime} plus {@code timePerMegabyte} for each megabyte of it.
	 */
	public UnitFormReader(Duration baseTime, Duration timePerMegabyte) {
		this.baseTime = baseTime;
		this.timePerMegabyte = timePerMegabyte;
	}

	/**
	 * Reads a form.
	 * @param file the dropped file
	 * @param distribution receives each row of 项目分布清单 as it is read; an exception it throws is passed on unchanged
	 * @return the main sheet, header block, footer and metadata
	 * @throws FormReadException when the file is not a readable form; its kind and Chinese message say why
	 */
	public ParsedForm read(Path file, Consumer<DistributionRow> distribution) throws FormReadException {
		return read(file, distribution, null);
	}

	/**
	 * Reads a form from the sheet the evidence chose among several that qualify ({@link ParsedForm#otherForms}); the
	 * template-named 月报表 is then one of the others.
	 * @param mainSheet the exact name of the sheet to read as the form, {@code null} to go by the template's names
	 */
	public ParsedForm read(Path file, Consumer<DistributionRow> distribution, String mainSheet)
			throws FormReadException {
		try {
			return readChecked(file, distribution, mainSheet);
		}
		catch (FormReadException ex) {
			throw ex;
		}
		catch (Exception | StackOverflowError ex) {
			for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
				if (t instanceof ConsumerFailure failure) {
					throw failure.original();
				}
			}
			throw ReadFailures.classify(ex);
		}
	}

	private ParsedForm readChecked(Path file, Consumer<DistributionRow> distribution, String mainSheet)
			throws Exception {
		long size = sizeOf(file);
		if (size > IntakeLimits.MAX_FILE_BYTES) {
			throw new FormReadException(RejectionKind.TOO_LARGE, "文件过大（" + size / (1024 * 1024) + " MB），"
					+ "月报表不会超过 " + IntakeLimits.MAX_FILE_BYTES / (1024 * 1024) + " MB；请确认报送的是月报表文件");
		}
		ReadDeadline deadline = ReadDeadline.start(ReadDeadline.budgetFor(size, this.baseTime, this.timePerMegabyte));
		try (SniffedFile sniffed = this.sniffer.open(file)) {
			if (!sniffed.format().readable()) {
				throw ReadFailures.rejected(sniffed.format());
			}
			FormAssembler assembler = new FormAssembler(deadline.uncounted(distribution), mainSheet);
			ParsedForm form;
			if (sniffed.format() == FileFormat.XLSX) {
				new XlsxStreamReader(deadline).read(sniffed.zip(), assembler);
				form = FormulaResults.calculate(assembler.result(), assembler.heldRows(), file);
			}
			else {
				XlsStreamReader.read(file, assembler, deadline);
				form = assembler.result();
			}
			assembler.heldRows().release();
			return form;
		}
	}

	private static long sizeOf(Path file) throws FormReadException {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new FormReadException(RejectionKind.CORRUPT, "文件无法打开（可能已被移走、正在被占用或没有读取权限）："
					+ file.getFileName() + "；请确认文件后重新报送", ex);
		}
	}

}
