package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.form.FormLayout;

/**
 * Formulas a script saved without their results above the table, in 项目编码 and in the text columns: calculated as
 * Excel would show them, or kept as formulas without results for the checks to name.
 */
class MainSheetFormulasTest {

	private final UnitFormReader reader = new UnitFormReader();

	@TempDir
	Path dir;

	@Test
	void calculatesTheUnitAndMonthWrittenAsFormulasAfterTheirLabels() throws Exception {
		Path file = form(Map.of("B1", "\"县\"&\"残联\"", "D1", "\"2023年\"&\"11月\""), Map.of());

		ParsedForm form = this.reader.read(file, (row) -> {
		});

		assertThat(form.declaredUnit()).isEqualTo("县残联");
		assertThat(form.declaredPeriod()).isEqualTo("2023年11月");
		assertThat(form.headerFormulas()).isEmpty();
	}

	@Test
	void calculatesAMonthThatRefersToADateElsewhereAndALabelInsideTheFormula() throws Exception {
		Path file = form(Map.of("D1", "H1", "A1", "\"填报单位：\"&\"县残联\""), Map.of("H1", 45231.0));

		ParsedForm form = this.reader.read(file, (row) -> {
		});

		assertThat(form.declaredUnit()).isEqualTo("县残联");
		// a date 2023-11-01 shown through the formula cell's date format reads as the month it names
		assertThat(form.declaredPeriod()).isEqualTo("2023年11月");
		assertThat(form.headerFormulas()).isEmpty();
	}

	@Test
	void keepsTheCellOfAHeaderFormulaThatCannotBeCalculated() throws Exception {
		Path file = form(Map.of("D1", "[1]Sheet1!A1", "A1", "[1]Sheet1!B1"), Map.of());

		ParsedForm form = this.reader.read(file, (row) -> {
		});

		assertThat(form.declaredPeriod()).isEmpty();
		assertThat(form.declaredUnit()).isEmpty();
		// 报送月份 has its label: its value cell; 填报单位 has none: the block's formula cell that may hold it
		assertThat(form.headerFormulas()).containsExactlyInAnyOrderEntriesOf(
				Map.of(ParsedForm.PERIOD_LABEL, "D1", "A1", "A1"));
	}

	@Test
	void calculatesCodesAndTextsAndKeepsARowWhoseCodeCannotBeCalculated() throws Exception {
		Path file = form(Map.of("A4", "\"S01\"&\"-3\"", "E4", "\"资金\"&\"未到位\"", "A5", "[1]Sheet1!A1",
				"A6", "IF(1=1,\"\",\"S01-9\")"), Map.of());

		ParsedForm form = this.reader.read(file, (row) -> {
		});

		assertThat(form.rows()).extracting(FormRow::rowNumber).containsExactly(4, 5);
		FormRow calculated = form.rows().get(0);
		assertThat(calculated.cell(FormColumn.CODE).text()).isEqualTo("S01-3");
		assertThat(calculated.cell(FormColumn.PROBLEMS).text()).isEqualTo("资金未到位");
		assertThat(form.rows().get(1).cell(FormColumn.CODE)).extracting(FieldValue::cellRef,
				FieldValue::isUncalculatedFormula).containsExactly("A5", true);
	}

	@Test
	void leavesATextFormulaThatCannotBeCalculatedAsAFormula() throws Exception {
		Path file = form(Map.of("F4", "[1]Sheet1!A1"), Map.of());

		ParsedForm form = this.reader.read(file, (row) -> {
		});

		assertThat(form.rows().get(0).cell(FormColumn.REMARKS)).extracting(FieldValue::cellRef,
				FieldValue::isUncalculatedFormula).containsExactly("F4", true);
	}

	/**
	 * A small form: 填报单位 in A1 (its value in B1), 报送月份 in C1 (its value in D1), the header in row 3 and three
	 * indicator rows; then the formulas, saved without results, and numbers written over the cells they name.
	 */
	private Path form(Map<String, String> formulas, Map<String, Double> numbers) throws Exception {
		Path file = this.dir.resolve("form.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet main = workbook.createSheet(FormLayout.MAIN_SHEET);
			Row block = main.createRow(0);
			block.createCell(0).setCellValue("填报单位：");
			block.createCell(1).setCellValue("县残联");
			block.createCell(2).setCellValue("报送月份：");
			block.createCell(3).setCellValue("2023年11月");
			Row header = main.createRow(2);
			String[] names = { "项目编码", "本月完成", "累计完成", "项目状态", "存在问题", "备注" };
			for (int i = 0; i < names.length; i++) {
				header.createCell(i).setCellValue(names[i]);
			}
			String[] codes = { "S01-3", "S01-4", "" };
			for (int i = 0; i < codes.length; i++) {
				Row data = main.createRow(3 + i);
				data.createCell(0).setCellValue(codes[i]);
				data.createCell(3).setCellValue(codes[i].isEmpty() ? "" : "在建");
			}
			short monthFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");
			numbers.forEach((reference, number) -> cell(main, reference).setCellValue(number));
			formulas.forEach((reference, formula) -> {
				XSSFCell cell = cell(main, reference);
				cell.setCellFormula(formula);
				if (cell.getCTCell().isSetV()) {
					cell.getCTCell().unsetV();
				}
				if (numbers.containsKey(formula)) {
					cell.setCellStyle(workbook.createCellStyle());
					cell.getCellStyle().setDataFormat(monthFormat);
				}
			});
			workbook.write(out);
		}
		return file;
	}

	private static XSSFCell cell(Sheet sheet, String reference) {
		CellReference ref = new CellReference(reference);
		Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
		return (XSSFCell) (row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol()));
	}

}
