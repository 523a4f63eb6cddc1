package cn.minsheng.rollup.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;

import cn.minsheng.rollup.progress.ProgressThresholds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Months without data are gaps in the workbook, not zeros: the hand-made year of {@link CountySummaryTest} has no
 * data before May; without its June rows, 双过半 cannot be judged.
 */
class SummaryGapsTest {

	@TempDir
	Path dir;

	@Test
	void leavesTheTrendEmptyAndDrawsNoPointForMonthsWithoutData() throws IOException {
		CountySummary july = CountySummary.of(CountySummaryTest.CATALOG, CountySummaryTest.julyData(),
				ProgressThresholds.defaults());

		try (XSSFWorkbook workbook = write(july)) {
			XSSFSheet trend = workbook.getSheet(CountySummaryWriter.TREND);
			XSSFRow county = trend.getRow(3);
			assertThat(county.getCell(0).getStringCellValue()).isEqualTo("全县");
			for (int m = 1; m <= 4; m++) {
				XSSFCell cell = county.getCell(1 + m);
				assertThat(cell == null || cell.getCellType() == CellType.BLANK).as(m + "月").isTrue();
			}
			assertThat(county.getCell(6).getNumericCellValue()).isCloseTo(0.45 / 6, within(1e-9));
			List<CTNumVal> points = trend.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea()
				.getLineChartArray(0).getSerArray(0).getVal().getNumRef().getNumCache().getPtList();
			// May, June and July only: idx 4, 5, 6
			assertThat(points).extracting(CTNumVal::getIdx).containsExactly(4L, 5L, 6L);
		}
	}

	@Test
	void saysJuneWasNotReportedInsteadOfZeroAndNo() throws IOException {
		PeriodData data = CountySummaryTest.julyData();
		PeriodData withoutJune = new PeriodData(data.period(), data.submissions(),
				data.rows().stream().filter((r) -> r.month().getMonthValue() != 6).toList(), List.of());

		try (XSSFWorkbook workbook = write(CountySummary.of(CountySummaryTest.CATALOG, withoutJune,
				ProgressThresholds.defaults()))) {
			XSSFSheet overview = workbook.getSheet(CountySummaryWriter.OVERVIEW);
			XSSFRow values = null;
			for (int r = 0; r <= overview.getLastRowNum(); r++) {
				XSSFRow row = overview.getRow(r);
				if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
						&& row.getCell(0).getStringCellValue().equals("6月底平均进度")) {
					values = overview.getRow(r + 1);
				}
			}
			assertThat((Object) values).isNotNull();
			assertThat(values.getCell(0).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(values.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
			assertThat(values.getCell(2).getStringCellValue()).isEqualTo("6月数据未报送");
		}
	}

	private XSSFWorkbook write(CountySummary summary) throws IOException {
		Path file = this.dir.resolve("summary.xlsx");
		new CountySummaryWriter().write(summary, "标题", CountySummaryLayoutTest.GENERATED, file);
		return CountySummaryWriterTest.open(file);
	}

}
