package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.form.BundledCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's 验收记录 filled in on the blank form yearend writes: each usable line a record with who, when and
 * where it came from; each unusable line named with its row; the form's example ignored.
 */
class AcceptanceRecordReaderTest {

	@TempDir
	Path dir;

	@Test
	void readsTheLinesTheOfficeAddedToTheBlankForm() throws IOException {
		Catalog catalog = BundledCatalog.load();
		Path blank = this.dir.resolve("blank.xlsx");
		new AcceptanceRecordTemplate().write(2023, "验收记录", LocalDateTime.of(2024, 1, 5, 9, 0), blank);
		Path file = this.dir.resolve("验收记录-2023.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(blank))) {
			Sheet sheet = workbook.getSheetAt(0);
			line(sheet.createRow(10), "S01-1", "线下", "是", "2023-12-21", "李四");
			line(sheet.createRow(11), "S01-2", "现场", "是", "2023-12-21", "李四");
			line(sheet.createRow(12), "S01-3", "线上", "通过", "2023-12-21", "李四");
			line(sheet.createRow(13), "S02-1", "省平台", "否", "", "");
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}

		AcceptanceRecordReader.Result result = new AcceptanceRecordReader().read(file, catalog);

		assertThat(result.records()).singleElement().satisfies((r) -> {
			assertThat(r.code()).isEqualTo("S01-1");
			assertThat(r.kind()).isEqualTo(AcceptanceKind.OFFLINE);
			assertThat(r.accepted()).isTrue();
			assertThat(r.acceptedOn()).isEqualTo(LocalDate.of(2023, 12, 21));
			assertThat(r.recordedBy()).isEqualTo("李四");
			assertThat(r.source()).isEqualTo("验收记录-2023.xlsx 第11行");
		});
		assertThat(result.problems()).containsExactly("验收记录-2023.xlsx 第12行：验收类型应填「线上」或「线下」，未计入",
				"验收记录-2023.xlsx 第13行：是否通过应填「是」或「否」，未计入", "验收记录-2023.xlsx 第14行：录入人未填，未计入");
	}

	@Test
	void noRecordFileMeansNoRecords() throws IOException {
		AcceptanceRecordReader.Result result = new AcceptanceRecordReader().read(this.dir.resolve("none.xlsx"),
				BundledCatalog.load());

		assertThat(result.records()).isEmpty();
		assertThat(result.problems()).isEmpty();
	}

	private static void line(Row row, String... values) {
		for (int c = 0; c < values.length; c++) {
			row.createCell(c).setCellValue(values[c]);
		}
	}

}
