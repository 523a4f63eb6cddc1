package cn.minsheng.rollup.intake;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A workbook the office sent out that comes back filled and is dropped into {@code input/} like a monthly form, but
 * is not one (the statistics bureau's 评估认定表). Intake asks each such kind before reading a file as a form; the
 * room that made the workbook knows it and implements this.
 */
public interface ReturnedWorkbook {

	/**
	 * Reads the file if it is this kind of return, storing what it holds under {@code submissionId} (replacing what
	 * an interrupted reading left); may be called for different files at once.
	 * @param fileName the name as dropped
	 * @return empty when the file is not this kind of return, and it is then read as a monthly form
	 */
	Optional<ReturnReading> read(long submissionId, Path file, String fileName);

}
