package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.minsheng.rollup.form.DistributionColumn;
import cn.minsheng.rollup.form.FormLayout;

class DistributionStreamingTest {

	private final UnitFormReader reader = new UnitFormReader();

	@TempDir
	Path dir;

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void passesEachRowOnWhileTheSheetIsStillBeingParsed(SpreadsheetFormat format) throws Exception {
		Path file = format.write(SampleForms.templateForm(), this.dir, "a");
		List<String> callers = new ArrayList<>();

		this.reader.read(file, (row) -> callers.add(Arrays.stream(Thread.currentThread().getStackTrace())
			.map(StackTraceElement::getClassName)
			.filter((c) -> c.endsWith("XlsxSheetHandler") || c.endsWith("HSSFEventFactory"))
			.findFirst()
			.orElse("after parsing")));

		// called from inside POI's parse of the sheet, row by row, not from a list built after it
		assertThat(callers).hasSize(4).doesNotContain("after parsing");
	}

	@Test
	void countsALargeDistributionSheetWithoutKeepingIt() throws Exception {
		Path file = largeForm(20_000);
		AtomicInteger count = new AtomicInteger();
		AtomicInteger lastRowNumber = new AtomicInteger();

		ParsedForm form = this.reader.read(file, (row) -> {
			count.incrementAndGet();
			lastRowNumber.set(row.rowNumber());
		});

		assertThat(count).hasValue(20_000);
		assertThat(lastRowNumber).hasValue(20_001);
		assertThat(form.rows()).hasSize(1);
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void passesAnExceptionOfTheConsumerOnUnchanged(SpreadsheetFormat format) {
		Path file = format.write(SampleForms.templateForm(), this.dir, "a");
		IllegalStateException failure = new IllegalStateException("ledger unavailable");

		assertThatThrownBy(() -> this.reader.read(file, (row) -> {
			throw failure;
		})).isSameAs(failure);
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void findsAnUnnamedDistributionSheetByItsHeaderAndSkipsBlankAndTotalRows(SpreadsheetFormat format)
			throws Exception {
		WorkbookSpec workbook = new WorkbookSpec();
		SampleForms.addMainSheet(workbook.sheet(FormLayout.MAIN_SHEET));
		workbook.sheet("Sheet2")
			.row(1, "编码", "乡镇", "地点", "完成数量")
			.row(2, "S01-3", "易俗河镇", "金霞社区", 10)
			.row(3, null, null, null, null, null, null, null, "（表外备注）")
			.row(5, "S01-3", "花石镇", "花石村", 12)
			.row(6, "合计", null, null, 22);
		List<DistributionRow> rows = new ArrayList<>();

		ParsedForm form = this.reader.read(format.write(workbook, this.dir, "a"), rows::add);

		assertThat(form.distributionSheetFound()).isTrue();
		assertThat(rows).extracting(DistributionRow::rowNumber).containsExactly(3, 6);
		assertThat(rows.get(1).cell(DistributionColumn.TOWN).text()).isEqualTo("花石镇");
	}

	@ParameterizedTest
	@EnumSource(SpreadsheetFormat.class)
	void reportsAFormWithoutDistributionSheet(SpreadsheetFormat format) throws Exception {
		WorkbookSpec workbook = new WorkbookSpec();
		SampleForms.addMainSheet(workbook.sheet(FormLayout.MAIN_SHEET));
		List<DistributionRow> rows = new ArrayList<>();

		ParsedForm form = this.reader.read(format.write(workbook, this.dir, "a"), rows::add);

		assertThat(form.distributionSheetFound()).isFalse();
		assertThat(rows).isEmpty();
	}

	/** A form whose distribution sheet has many rows, written with SXSSF so the test itself stays small. */
	private Path largeForm(int rows) throws Exception {
		Path file = this.dir.resolve("large.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			Sheet main = workbook.createSheet(FormLayout.MAIN_SHEET);
			String[] header = { "项目编码", "本月完成", "累计完成", "项目状态" };
			Row headerRow = main.createRow(0);
			for (int i = 0; i < header.length; i++) {
				headerRow.createCell(i).setCellValue(header[i]);
			}
			Row data = main.createRow(1);
			data.createCell(0).setCellValue("S01-3");
			data.createCell(1).setCellValue(300);
			data.createCell(2).setCellValue(4300);
			data.createCell(3).setCellValue("在建");
			Sheet distribution = workbook.createSheet(FormLayout.DISTRIBUTION_SHEET);
			Row distributionHeader = distribution.createRow(0);
			for (DistributionColumn column : DistributionColumn.values()) {
				distributionHeader.createCell(column.templateIndex()).setCellValue(column.header());
			}
			for (int i = 1; i <= rows; i++) {
				Row row = distribution.createRow(i);
				row.createCell(0).setCellValue("S01-3");
				row.createCell(1).setCellValue("易俗河镇");
				row.createCell(2).setCellValue("点位" + i);
				row.createCell(3).setCellValue(1);
			}
			workbook.write(out);
			workbook.dispose();
		}
		return file;
	}

}
