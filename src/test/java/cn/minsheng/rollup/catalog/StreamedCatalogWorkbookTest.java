package cn.minsheng.rollup.catalog;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.testing.Prerequisites;
import cn.minsheng.rollup.testing.SlowTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The catalog .xlsx is read by streaming its XML instead of POI's user model; every cell must read as the user model
 * shows it, so a catalog loads to the same list, with the same problems, as before.
 */
@SlowTest
class StreamedCatalogWorkbookTest {

	@TempDir
	Path dir;

	private final CatalogLoader loader = new CatalogLoader();

	@Test
	void bundledCatalogStreamsToTheRowsTheUserModelReads() throws IOException {
		Prerequisites.require(Files.exists(CatalogLoaderTest.BUNDLED), "bundled catalog not generated yet");

		assertThat(XlsxCatalogReader.read(CatalogLoaderTest.BUNDLED))
			.contains(CatalogLoader.readWithUserModel(CatalogLoaderTest.BUNDLED));
	}

	@Test
	void provinceSizedCatalogLoadsToTheSameListAsWrittenAndAsTheUserModelReadsIt() throws IOException {
		Catalog county = this.loader.load(CatalogLoaderTest.SHARED_CSV, 2023);
		Catalog province = new Catalog(2023, repeated(county, 72));
		Path xlsx = this.dir.resolve("2023-项目清单.xlsx");
		new CatalogWorkbookWriter().write(province, xlsx);

		assertThat(XlsxCatalogReader.read(xlsx)).contains(CatalogLoader.readWithUserModel(xlsx));
		Catalog loaded = this.loader.load(xlsx, 2000);
		assertThat(loaded).isEqualTo(province);
		assertThat(loaded.indicators()).hasSize(39 * 72);
	}

	@Test
	void cellsOfEveryKindReadAsTheUserModelShowsThem() throws IOException {
		Path xlsx = workbook(new XSSFWorkbook(), (workbook) -> {
			Sheet sheet = workbook.createSheet("清单");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("  项目编码 ");
			header.createCell(3).setCellValue("年度目标");
			Row numbers = sheet.createRow(1);
			numbers.createCell(0).setCellValue(6500);
			numbers.createCell(1).setCellValue(0.1 + 0.2);
			numbers.createCell(2).setCellValue(1234567.891);
			numbers.createCell(3).setCellValue(1e20);
			numbers.createCell(4).setCellValue(-42.5);
			numbers.createCell(5).setCellValue(true);
			styled(workbook, numbers.createCell(6), "0.00").setCellValue(12.345);
			styled(workbook, numbers.createCell(7), "#,##0").setCellValue(1234567);
			styled(workbook, numbers.createCell(8), "0%").setCellValue(0.875);
			styled(workbook, numbers.createCell(9), "yyyy-mm-dd").setCellValue(45000);
			styled(workbook, numbers.createCell(10), "0.0\"万元\"").setCellValue(260);
			styled(workbook, numbers.createCell(11), "@").setCellValue(12);
			numbers.createCell(12).setCellStyle(workbook.createCellStyle());
			Row text = sheet.createRow(4);
			XSSFRichTextString rich = new XSSFRichTextString("农村适龄妇女\"两癌\"免费检查");
			XSSFFont bold = ((XSSFWorkbook) workbook).createFont();
			bold.setBold(true);
			rich.applyFont(0, 2, bold);
			text.createCell(1).setCellValue(rich);
			text.createCell(2).setCellValue("第一行\r\n第二行_x000D_");
			text.createCell(4).setCellValue("　全角空格　");
			text.createCell(5).setCellValue("");
			sheet.createRow(7);
		});

		List<List<String>> streamed = XlsxCatalogReader.read(xlsx).orElseThrow();

		assertThat(streamed).isEqualTo(CatalogLoader.readWithUserModel(xlsx)).hasSize(8);
		assertThat(streamed.get(1)).startsWith("6500", "0.3", "1234567.891");
		assertThat(streamed.get(2)).isEmpty();
	}

	@Test
	void inlineStringsOfAStreamingWriterReadAsTheUserModelShowsThem() throws IOException {
		Path xlsx = workbook(new SXSSFWorkbook(), (workbook) -> {
			Sheet sheet = workbook.createSheet("清单");
			for (int r = 0; r < 5; r++) {
				Row row = sheet.createRow(r * 2);
				row.createCell(0).setCellValue("S0" + r + "-1");
				row.createCell(2).setCellValue(r * 1.5);
			}
		});

		assertThat(XlsxCatalogReader.read(xlsx)).contains(CatalogLoader.readWithUserModel(xlsx));
	}

	@Test
	void workbookWithAFormulaIsLeftToTheUserModel() throws IOException {
		Path xlsx = workbook(new XSSFWorkbook(), (workbook) -> {
			Row row = workbook.createSheet("清单").createRow(0);
			row.createCell(0).setCellValue(3);
			row.createCell(1).setCellFormula("A1*2");
		});

		assertThat(XlsxCatalogReader.read(xlsx)).isEmpty();
		assertThat(CatalogLoader.readWithUserModel(xlsx).get(0)).containsExactly("3", "A1*2");
	}

	@Nested
	class BrokenCatalogWorkbooks {

		@Test
		void badCellsAreNamedByRowAndColumnAsBefore() throws IOException {
			Path xlsx = catalogWorkbook((sheet) -> {
				sheet.getRow(1).getCell(1).setCellValue("省级实事");
				sheet.getRow(2).getCell(8).setCellValue("约六千");
				sheet.getRow(9).getCell(0).setCellValue(sheet.getRow(8).getCell(0).getStringCellValue());
				sheet.getRow(4).getCell(11).setCellValue(13);
				sheet.getRow(5).getCell(9).setBlank();
			});

			assertThatThrownBy(() -> StreamedCatalogWorkbookTest.this.loader.load(xlsx, 2023))
				.isInstanceOf(CatalogException.class)
				.hasMessage(messageOfUserModelReading(xlsx))
				.hasMessageContaining("第 2 行「层级」：「省级实事」不是可用的值")
				.hasMessageContaining("第 3 行「年度目标」：「约六千」不是数字")
				.hasMessageContaining("第 10 行「项目编码」：项目编码「S03-2」重复")
				.hasMessageContaining("第 5 行「完成时限（月）」：完成时限应为 1 到 12 之间的月份，实际为「13」")
				.hasMessageContaining("第 6 行「责任单位」：不能为空");
		}

		@Test
		void missingColumnIsNamedAsBefore() throws IOException {
			Path xlsx = catalogWorkbook((sheet) -> sheet.getRow(0).getCell(11).setCellValue("月份"));

			assertThatThrownBy(() -> StreamedCatalogWorkbookTest.this.loader.load(xlsx, 2023))
				.hasMessage(messageOfUserModelReading(xlsx))
				.hasMessageContaining("第 1 行「完成时限（月）」：表头缺少此列");
		}

		@Test
		void sheetWithoutRowsIsRefusedAsBefore() throws IOException {
			Path xlsx = workbook(new XSSFWorkbook(), (workbook) -> workbook.createSheet("清单"));

			assertThatThrownBy(() -> StreamedCatalogWorkbookTest.this.loader.load(xlsx, 2023))
				.hasMessageContaining("文件中没有内容");
		}

		private Path catalogWorkbook(Consumer<Sheet> edit) throws IOException {
			Path xlsx = StreamedCatalogWorkbookTest.this.dir.resolve("2023-项目清单.xlsx");
			new CatalogWorkbookWriter().write(StreamedCatalogWorkbookTest.this.loader
				.load(CatalogLoaderTest.SHARED_CSV, 2023), xlsx);
			try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
				edit.accept(workbook.getSheetAt(0));
				try (OutputStream out = Files.newOutputStream(xlsx)) {
					workbook.write(out);
				}
			}
			return xlsx;
		}

		private String messageOfUserModelReading(Path xlsx) throws IOException {
			List<List<String>> rows = CatalogLoader.readWithUserModel(xlsx);
			try {
				new CatalogParser(xlsx.getFileName().toString()).parse(2023, rows);
			}
			catch (CatalogException ex) {
				return ex.getMessage();
			}
			throw new AssertionError("the user model read a broken catalog as good");
		}

	}

	private static List<Indicator> repeated(Catalog county, int counties) {
		List<Indicator> indicators = new ArrayList<>();
		for (int c = 1; c <= counties; c++) {
			String prefix = String.format("县%02d-", c);
			for (Indicator i : county.indicators()) {
				String code = i.code().replaceFirst("-(\\d+)$", "-" + c + "$1");
				indicators.add(new Indicator(code, i.level(), i.categoryNo(), i.category(), i.name(), i.kind(),
						i.measure(), i.unitOfMeasure(), i.annualTarget(), prefix + i.responsibleUnit(),
						i.plannedFundsWan(), i.dueMonth(), i.continuing()));
			}
		}
		return indicators;
	}

	private static CellStyle styledFormat(Workbook workbook, String format) {
		CellStyle style = workbook.createCellStyle();
		style.setDataFormat(workbook.createDataFormat().getFormat(format));
		return style;
	}

	private static org.apache.poi.ss.usermodel.Cell styled(Workbook workbook, org.apache.poi.ss.usermodel.Cell cell,
			String format) {
		cell.setCellStyle(styledFormat(workbook, format));
		return cell;
	}

	private Path workbook(Workbook workbook, Consumer<Workbook> fill) throws IOException {
		Path xlsx = this.dir.resolve("2023-清单-" + System.nanoTime() + ".xlsx");
		try (workbook; OutputStream out = Files.newOutputStream(xlsx)) {
			fill.accept(workbook);
			workbook.write(out);
		}
		return xlsx;
	}

}
