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
	void namesEachCellOfTheListAsAMessageToTheUnitWould(SpreadsheetFormat format) throws Exception {
		WorkbookSpec workbook = new WorkbookSpec();
		SampleForms.addMainSheet(workbook.sheet(FormLayout.MAIN_SHEET));
		workbook.sheet(FormLayout.DISTRIBUTION_SHEET)
			.row(0, "项目编码", "乡镇(街道)", "村(社区)/点位", "数量", "完成日期")
			.row(1, "S01-3", "易俗河镇", "金霞社区", 10, "2023-11-25")
			.row(11, "S01-3", null, "花石村", "十二");
		List<DistributionRow> rows = new ArrayList<>();

		this.reader.read(format.write(workbook, this.dir, "a"), rows::add);

		assertThat(rows).extracting(DistributionRow::rowNumber).containsExactly(2, 12);
		assertThat(Arrays.stream(DistributionColumn.values()).map((c) -> rows.get(1).cell(c).cellRef()))
			.containsExactly("A12", "B12", "C12", "D12", "E12", "第12行");
		assertThat(rows.get(0).cell(DistributionColumn.QUANTITY).cellRef()).isEqualTo("D2");
		assertThat(rows.get(1).cell(DistributionColumn.TOWN).text()).isEmpty();
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

	@Test
	void calculatesTheFormulasAScriptSavedWithoutResultsAndPassesOnThoseItCannot() throws Exception {
		Path file = formWithQuantities(this.dir.resolve("formulas.xlsx"), 1, "D2*2", "[1]Sheet1!A1");
		List<DistributionRow> rows = new ArrayList<>();

		this.reader.read(file, rows::add);

		assertThat(rows).extracting(DistributionRow::rowNumber).containsExactly(2, 3, 4);
		assertThat(rows.get(0).cell(DistributionColumn.QUANTITY).number()).isEqualTo(1.0);
		assertThat(rows.get(1).cell(DistributionColumn.QUANTITY)).extracting(FieldValue::cellRef, FieldValue::number,
				FieldValue::isUncalculatedFormula).containsExactly("D3", 2.0, false);
		assertThat(rows.get(2).cell(DistributionColumn.QUANTITY)).extracting(FieldValue::cellRef,
				FieldValue::isUncalculatedFormula).containsExactly("D4", true);
		assertThat(rows.get(2).cell(DistributionColumn.SITE).text()).isEqualTo("点位4");
	}

	@Test
	void leavesAScriptsWholeListOfFormulasUncalculatedRatherThanHoldingIt() throws Exception {
		String[] formulas = new String[HeldFormulaRows.MAX_HELD + 1];
		java.util.Arrays.fill(formulas, "1+1");
		Path file = formWithQuantities(this.dir.resolve("script.xlsx"), formulas);
		AtomicInteger count = new AtomicInteger();
		AtomicInteger uncalculated = new AtomicInteger();

		this.reader.read(file, (row) -> {
			count.incrementAndGet();
			if (row.cell(DistributionColumn.QUANTITY).isUncalculatedFormula()) {
				uncalculated.incrementAndGet();
			}
		});

		assertThat(count).hasValue(formulas.length);
		assertThat(uncalculated).hasValue(formulas.length);
	}

	/**
	 * A form whose distribution rows have these quantities: a number as typed, a String as a formula saved without
	 * its result, as scripts write them.
	 */
	/** 月报表 with one row of S01-3 and the 项目分布清单 sheet with its header row; returns the latter. */
	private static Sheet mainRowAndListHeader(org.apache.poi.ss.usermodel.Workbook workbook) {
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
		return distribution;
	}

	private static Path formWithQuantities(Path file, Object... quantities) throws Exception {
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			Sheet distribution = mainRowAndListHeader(workbook);
			for (int i = 0; i < quantities.length; i++) {
				Row row = distribution.createRow(i + 1);
				row.createCell(0).setCellValue("S01-3");
				row.createCell(1).setCellValue("易俗河镇");
				row.createCell(2).setCellValue("点位" + (i + 2));
				org.apache.poi.xssf.usermodel.XSSFCell quantity = (org.apache.poi.xssf.usermodel.XSSFCell) row
					.createCell(3);
				if (quantities[i] instanceof Number n) {
					quantity.setCellValue(n.doubleValue());
				}
				else {
					quantity.setCellFormula(quantities[i].toString());
					if (quantity.getCTCell().isSetV()) {
						quantity.getCTCell().unsetV();
					}
				}
			}
			workbook.write(out);
		}
		return file;
	}

	/** A form whose distribution sheet has many rows, written with SXSSF so the test itself stays small. */
	private Path largeForm(int rows) throws Exception {
		Path file = this.dir.resolve("large.xlsx");
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
			Sheet distribution = mainRowAndListHeader(workbook);
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
