package cn.minsheng.rollup.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The run report the office prints in the morning: A4 landscape, one page wide, its heading and column headers on
 * every page.
 */
class RunReportWriterTest {

	@TempDir
	Path dir;

	@Test
	void printsOnA4LandscapeOnePageWideWithTheHeaderRowsOnEveryPage() throws IOException {
		Path file = new RunReportWriter().write(new RunFiles(7, List.of()), LocalDateTime.of(2023, 12, 1, 2, 0),
				this.dir.resolve("reports"));

		assertThat(file).hasFileName("运行报告-第7次.xlsx");
		try (XSSFWorkbook workbook = CountySummaryWriterTest.open(file)) {
			XSSFSheet sheet = workbook.getSheet("运行报告");
			PrintSetup print = sheet.getPrintSetup();
			assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			assertThat(print.getLandscape()).isTrue();
			assertThat(print.getFitWidth()).isEqualTo((short) 1);
			assertThat(print.getFitHeight()).isEqualTo((short) 0);
			assertThat(sheet.getFitToPage()).isTrue();
			// title, counts and the column headers (row 4)
			assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("1:4");
			assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("序号");
			assertThat(sheet.getFooter().getCenter()).isEqualTo("第 &P 页 共 &N 页");
		}
	}

}
