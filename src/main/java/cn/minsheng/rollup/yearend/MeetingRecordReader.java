package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Counts the meetings in the office's record, {@code 会议记录-2023.xlsx} beside the catalog: one line per meeting
 * under a header row (e.g. 日期, 会议名称, 主持人), on the first sheet.
 */
final class MeetingRecordReader {

	static String fileName(int year) {
		return "会议记录-" + year + ".xlsx";
	}

	/** The number of meetings; empty when the office keeps no such record. */
	OptionalInt count(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			return OptionalInt.empty();
		}
		DataFormatter formatter = new DataFormatter();
		int meetings = 0;
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			Sheet sheet = workbook.getSheetAt(0);
			boolean header = true;
			for (Row row : sheet) {
				boolean filled = false;
				for (Cell cell : row) {
					filled |= !formatter.formatCellValue(cell).isBlank();
				}
				if (filled && header) {
					header = false;
				}
				else if (filled) {
					meetings++;
				}
			}
		}
		return OptionalInt.of(meetings);
	}

}
