package cn.minsheng.rollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Looks into the workbooks and notes a run wrote, as a suspicious reader would.
 */
final class ProducedWorkbooks {

	private ProducedWorkbooks() {
	}

	/**
	 * The texts beginning with = + - @ in a workbook we wrote, each checked to be a text cell, quote-prefixed in the
	 * sheets we wrote ourselves; a feedback copy's sheets are the unit's own, formulas and all.
	 */
	static List<String> formulaLikeTexts(Path file) throws IOException {
		List<String> found = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			for (Sheet sheet : workbook) {
				boolean ours = !file.toString().contains("问题反馈") || sheet.getSheetName().startsWith("问题清单");
				for (Row row : sheet) {
					row.forEach((cell) -> check(file, cell, ours).ifPresent(found::add));
				}
			}
		}
		return found;
	}

	private static Optional<String> check(Path file, Cell cell, boolean ours) {
		String where = file.getFileName() + "!" + cell.getAddress();
		if (cell.getCellType() == CellType.FORMULA) {
			assertThat(ours).as("formula %s in %s", cell.getCellFormula(), where).isFalse();
		}
		String text = cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
		if (text.isEmpty() || "=+-@".indexOf(text.charAt(0)) < 0) {
			return Optional.empty();
		}
		if (ours) {
			assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote prefix of 「%s」 in %s", text, where).isTrue();
		}
		return Optional.of(text);
	}

	/** All text of a file, an .xlsx unzipped part by part. */
	static String textOf(Path file) throws IOException {
		String name = file.getFileName().toString();
		if (name.endsWith(".xlsx")) {
			StringBuilder text = new StringBuilder();
			FormFiles.entries(file).forEach((e) -> text.append(e.text()));
			return text.toString();
		}
		return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
	}

}
