package cn.minsheng.rollup.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.form.DistributionColumn;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.form.FormLayout;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;
import cn.minsheng.rollup.testing.Prerequisites;
import cn.minsheng.rollup.testing.SlowTest;
import cn.minsheng.rollup.workbook.DistributionRow;
import cn.minsheng.rollup.workbook.FormReadException;
import cn.minsheng.rollup.workbook.FormRow;
import cn.minsheng.rollup.workbook.HandMadeForms;
import cn.minsheng.rollup.workbook.ParsedForm;
import cn.minsheng.rollup.workbook.UnitFormReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The handed-out form filled the ways units fill it, read and checked as the night does: what a person clearly meant
 * is read as meant, and what cannot be read says precisely why.
 */
@SlowTest
class HandFilledFormsTest {

	static final Catalog CATALOG = BundledCatalog.load();

	static final String UNIT = "县残联";

	static final YearMonth NOVEMBER = YearMonth.of(2023, 11);

	@TempDir
	Path dir;

	@org.junit.jupiter.api.BeforeEach
	void libreOffice() {
		Prerequisites.require(HandMadeForms.libreOfficeInstalled(), "soffice is not installed");
	}

	@Test
	void aFormulaSavedWithoutItsResultIsCalculated() throws Exception {
		Path form = blankForm();
		String[] code = new String[1];
		HandMadeForms.editMainSheet(form, (sheet) -> {
			code[0] = firstCode(sheet);
			sheet.type(code[0], "本月完成", 7);
			String month = sheet.reference(code[0], "本月完成");
			sheet.typeFormula(code[0], "累计完成", month + "+93");
		});

		ParsedForm parsed = read(form);
		ValidationResult result = validate(parsed);

		assertThat(row(parsed, code[0]).cell(cn.minsheng.rollup.form.FormColumn.CUMULATIVE_DONE).number())
			.isEqualTo(100.0);
		assertThat(result.violations()).noneMatch((v) -> v.message().contains("未填写") && v.message().contains("累计完成"));
		assertThat(result.rows()).filteredOn((r) -> r.code().equals(code[0])).singleElement()
			.satisfies((r) -> assertThat(r.cumulativeDone()).isEqualByComparingTo(new BigDecimal("100")));
	}

	@Test
	void aFormulaThatCannotBeCalculatedSaysSoAndWhatToDo() throws Exception {
		Path form = blankForm();
		String[] cell = new String[1];
		HandMadeForms.editMainSheet(form, (sheet) -> {
			String code = firstCode(sheet);
			sheet.typeFormula(code, "累计完成", "[1]Sheet1!A1+1");
			cell[0] = sheet.reference(code, "累计完成");
		});

		ValidationResult result = validate(read(form));

		assertThat(result.accepted()).isFalse();
		assertThat(Found.of(result, Rule.FORMULA_WITHOUT_RESULT)).singleElement()
			.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 " + cell[0]
					+ "「累计完成」为公式，但文件中没有计算结果；请在 Excel 或 WPS 中打开、保存后重新报送"));
		assertThat(result.violations()).noneMatch((v) -> v.cellRef().equals(cell[0]) && v.message().contains("未填写"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void whatAPersonClearlyMeantIsReadAsMeant(String format) throws Exception {
		Path form = blankForm();
		String[] code = new String[1];
		HandMadeForms.editMainSheet(form, (sheet) -> {
			code[0] = firstCode(sheet);
			sheet.type(code[0], "开工日期", "11月1日");
			sheet.type(code[0], "完工日期", "不涉及");
			sheet.type(code[0], "累计到位资金(万元)", "/");
			sheet.type(code[0], "累计完成投资(万元)", "—");
			sheet.type(code[0], "线上验收", "无");
			sheet.renameHeader("累计完成", "1-11月累计完成");
			sheet.renameHeader("本月完成", "11月完成");
		});
		Path saved = HandMadeForms.savedByLibreOffice(form, format, this.dir, "saved." + format);

		ValidationResult result = validate(read(saved));

		assertThat(result.violations()).filteredOn(Violation::isError).isEmpty();
		assertThat(result.rows()).filteredOn((r) -> r.code().equals(code[0])).singleElement().satisfies((r) -> {
			assertThat(r.startDate()).isEqualTo(LocalDate.of(2023, 11, 1));
			assertThat(r.finishDate()).isNull();
			assertThat(r.fundsInPlace()).isNull();
			assertThat(r.investmentDone()).isNull();
			assertThat(r.onlineAccepted()).isNull();
			assertThat(r.cumulativeDone()).isNotNull();
		});
	}

	@Test
	void aSlashInARequiredCellNamesTheCellAndSaysANumberIsNeeded() throws Exception {
		Path form = blankForm();
		String[] cell = new String[1];
		HandMadeForms.editMainSheet(form, (sheet) -> {
			String code = firstCode(sheet);
			sheet.type(code, "累计完成", "/");
			cell[0] = sheet.reference(code, "累计完成");
		});

		ValidationResult result = validate(read(HandMadeForms.savedByLibreOffice(form, "xlsx", this.dir, "s.xlsx")));

		assertThat(result.accepted()).isFalse();
		assertThat(result.violations()).filteredOn((v) -> v.cellRef().equals(cell[0])).singleElement()
			.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 " + cell[0]
					+ "「累计完成」填写了「/」，此格不能空着，应填写数字（没有进展请填 0）"));
	}

	@Test
	void aNumberTypedIntoADateCellIsNotADateOf1900() throws Exception {
		Path form = blankForm();
		String[] cell = new String[1];
		HandMadeForms.editMainSheet(form, (sheet) -> {
			String code = firstCode(sheet);
			sheet.typeDate(code, "开工日期", 9.5);
			cell[0] = sheet.reference(code, "开工日期");
		});

		ValidationResult result = validate(read(HandMadeForms.savedByLibreOffice(form, "xlsx", this.dir, "d.xlsx")));

		assertThat(Found.of(result, Rule.NOT_A_DATE)).singleElement()
			.satisfies((v) -> assertThat(v.message()).startsWith("月报表 " + cell[0] + "「开工日期」应为日期")
				.contains("1900-01-09", "「9.5」"));
	}

	@Test
	void twoColumnsWithTheSameHeaderAreBothRead() throws Exception {
		Path form = blankForm();
		String[] code = new String[2];
		String[] cells = new String[2];
		HandMadeForms.editMainSheet(form, (sheet) -> {
			List<String> codes = sheet.codes().keySet().stream().filter((c) -> sheet.number(c, "累计完成") != null)
				.toList();
			code[0] = codes.get(0);
			code[1] = codes.get(1);
			sheet.type(code[0], "备注", "按季度统计");
			int remarks = sheet.addColumn("备注");
			sheet.typeAt(code[0], remarks, "已核实");
			int cumulative = sheet.addColumn("累计完成");
			BigDecimal same = sheet.number(code[0], "累计完成");
			sheet.typeAt(code[0], cumulative, same.doubleValue());
			cells[0] = sheet.reference(code[1], "累计完成");
			cells[1] = sheet.typeAt(code[1], cumulative, sheet.number(code[1], "累计完成").doubleValue() + 5);
		});

		ParsedForm parsed = read(HandMadeForms.savedByLibreOffice(form, "xlsx", this.dir, "two.xlsx"));
		ValidationResult result = validate(parsed);

		assertThat(row(parsed, code[0]).cell(cn.minsheng.rollup.form.FormColumn.REMARKS).text())
			.isEqualTo("按季度统计；已核实");
		assertThat(Found.of(result, Rule.REPEATED_COLUMN_CONFLICT)).singleElement()
			.satisfies((v) -> assertThat(v.message()).startsWith("月报表 " + cells[0] + " 与 " + cells[1]
					+ " 所在列的标题都是「累计完成」，两格填写的不同"));
		assertThat(result.accepted()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void aMergedTextCellGivesItsTextToEveryRowAndAMergedFigureIsAnErrorNamingTheRange(String format)
			throws Exception {
		Path form = blankForm();
		List<String> codes = new java.util.ArrayList<>();
		String[] range = new String[1];
		HandMadeForms.editMainSheet(form, (sheet) -> {
			codes.addAll(sheet.codes().keySet().stream().toList().subList(0, 3));
			sheet.type(codes.get(0), "存在问题", "资金未到位");
			sheet.merge("存在问题", codes.get(0), codes.get(2));
			range[0] = sheet.merge("累计到位资金(万元)", codes.get(0), codes.get(1));
			sheet.type(codes.get(0), "累计到位资金(万元)", 50);
		});

		ParsedForm parsed = read(HandMadeForms.savedByLibreOffice(form, format, this.dir, "merged." + format));
		ValidationResult result = validate(parsed);

		for (String code : codes) {
			assertThat(row(parsed, code).cell(cn.minsheng.rollup.form.FormColumn.PROBLEMS).text()).as(code)
				.isEqualTo("资金未到位");
		}
		assertThat(Found.of(result, Rule.MERGED_FIGURE)).singleElement()
			.satisfies((v) -> assertThat(v.message()).contains("是跨 2 行的合并单元格（" + range[0] + "）", "「50」",
					"请取消合并，每行分别填写"));
	}

	@Test
	void distributionFormulasSavedWithoutResultsAreCalculatedOrNamedWithTheirCell() throws Exception {
		Path saved = HandMadeForms.savedByLibreOffice(blankForm(), "xlsx", this.dir, "list.xlsx");
		List<DistributionRow> before = new java.util.ArrayList<>();
		read(saved, before::add);
		DistributionRow first = before.get(0);
		DistributionRow second = before.get(1);
		String code = first.cell(DistributionColumn.CODE).text();
		// the code's total as the unit sees it in Excel: 5 in the first row, nothing counted for the second
		BigDecimal expectedTotal = before.stream().skip(2)
			.filter((r) -> r.cell(DistributionColumn.CODE).text().equals(code))
			.map((r) -> BigDecimal.valueOf(r.cell(DistributionColumn.QUANTITY).number()))
			.reduce(BigDecimal.valueOf(5), BigDecimal::add);
		String calculable = first.cell(DistributionColumn.QUANTITY).cellRef();
		String external = second.cell(DistributionColumn.QUANTITY).cellRef();
		HandMadeForms.writeFormulas(saved, FormLayout.DISTRIBUTION_SHEET,
				java.util.Map.of(calculable, "2+3", external, "[1]Sheet1!A1+1"));

		DistributionChecker checker = new DistributionChecker(CATALOG);
		List<DistributionRow> rows = new java.util.ArrayList<>();
		ParsedForm parsed = read(saved, (row) -> {
			rows.add(row);
			checker.accept(row);
		});
		DistributionTotals totals = checker.totals(UNIT, NOVEMBER);
		ValidationResult result = new FormValidator().validate(parsed, UNIT, NOVEMBER, CATALOG, totals,
				PriorFigures.none(), LocalDate.of(2023, 12, 1));

		assertThat(rows).hasSameSizeAs(before);
		assertThat(totals.quantityByCode().get(code)).isEqualByComparingTo(expectedTotal);
		assertThat(Found.of(result, Rule.FORMULA_WITHOUT_RESULT)).singleElement()
			.satisfies((v) -> assertThat(v.message()).isEqualTo("项目分布清单 " + external
					+ "「数量」为公式，但文件中没有计算结果；请在 Excel 或 WPS 中打开、保存后重新报送"));
		assertThat(result.violations()).noneMatch((v) -> v.cellRef().equals(external) && !v.ruleCode().equals("V211"));
		assertThat(result.accepted()).isFalse();
	}

	@Test
	void headerCodeAndTextFormulasSavedWithoutResultsAreCalculated() throws Exception {
		Path saved = HandMadeForms.savedByLibreOffice(blankForm(), "xlsx", this.dir, "texts.xlsx");
		ParsedForm before = read(saved);
		FormRow first = before.rows().get(0);
		String code = first.cell(FormColumn.CODE).text();
		String codeCell = first.cell(FormColumn.CODE).cellRef();
		String problemsCell = first.cell(FormColumn.PROBLEMS).cellRef();
		HandMadeForms.writeFormulas(saved, FormLayout.MAIN_SHEET, java.util.Map.of("I2",
				"\"报送月份：\"&\"2023年\"&\"11月\"", codeCell, "\"" + code.substring(0, 3) + "\"&\"" + code.substring(3)
						+ "\"", problemsCell, "\"资金\"&\"未到位\""));

		ParsedForm parsed = read(saved);
		ValidationResult result = validate(parsed);

		assertThat(parsed.declaredPeriod()).isEqualTo("2023年11月");
		assertThat(parsed.rows()).hasSameSizeAs(before.rows());
		assertThat(row(parsed, code).cell(FormColumn.PROBLEMS).text()).isEqualTo("资金未到位");
		assertThat(Found.of(result, Rule.FORMULA_WITHOUT_RESULT)).isEmpty();
		assertThat(result.rows()).filteredOn((r) -> r.code().equals(code)).singleElement()
			.satisfies((r) -> assertThat(r.problems()).isEqualTo("资金未到位"));
	}

	@Test
	void headerCodeAndTextFormulasThatCannotBeCalculatedAreNamedWithTheirCells() throws Exception {
		Path saved = HandMadeForms.savedByLibreOffice(blankForm(), "xlsx", this.dir, "external.xlsx");
		ParsedForm before = read(saved);
		String codeCell = before.rows().get(0).cell(FormColumn.CODE).cellRef();
		String remarksCell = before.rows().get(1).cell(FormColumn.REMARKS).cellRef();
		HandMadeForms.writeFormulas(saved, FormLayout.MAIN_SHEET,
				java.util.Map.of("I2", "[1]Sheet1!A1", codeCell, "[1]Sheet1!A2", remarksCell, "[1]Sheet1!A3"));

		ParsedForm parsed = read(saved);
		ValidationResult result = validate(parsed);

		// the row whose code cannot be calculated is kept, to be named
		assertThat(parsed.rows()).hasSameSizeAs(before.rows());
		assertThat(parsed.declaredPeriod()).isEmpty();
		String reason = "为公式，但文件中没有计算结果；请在 Excel 或 WPS 中打开、保存后重新报送";
		assertThat(Found.of(result, Rule.FORMULA_WITHOUT_RESULT)).extracting(Violation::message)
			.containsExactlyInAnyOrder("月报表 I2「表头」" + reason, "月报表 " + codeCell + "「项目编码」" + reason,
					"月报表 " + remarksCell + "「备注」" + reason);
		assertThat(result.violations()).noneMatch((v) -> v.message().contains("未填写")
				&& (v.cellRef().equals(codeCell) || v.cellRef().equals(remarksCell)));
		assertThat(result.accepted()).isFalse();
	}

	@Test
	void footerFormulasSavedWithoutResultsAreCalculatedOrNamedWithTheirCell() throws Exception {
		Path saved = HandMadeForms.savedByLibreOffice(blankForm(), "xlsx", this.dir, "footer.xlsx");
		ParsedForm before = read(saved);
		String phone = before.footerValue("联系电话").cellRef();
		String reporter = before.footerValue("填报人").cellRef();
		HandMadeForms.writeFormulas(saved, FormLayout.MAIN_SHEET,
				java.util.Map.of(phone, "\"0731-\"&\"57821234\"", reporter, "[1]Sheet1!A1"));

		ParsedForm parsed = read(saved);
		ValidationResult result = validate(parsed);

		assertThat(parsed.footerValue("联系电话").text()).isEqualTo("0731-57821234");
		assertThat(Found.of(result, Rule.FORMULA_WITHOUT_RESULT)).singleElement()
			.satisfies((v) -> assertThat(v.message()).isEqualTo("月报表 " + reporter
					+ "「填报人」为公式，但文件中没有计算结果；请在 Excel 或 WPS 中打开、保存后重新报送"));
		assertThat(Found.of(result, Rule.REPORTER_MISSING)).isEmpty();
		assertThat(Found.of(result, Rule.PHONE_INVALID)).isEmpty();
	}

	@Test
	void theTemplatesReferenceColumnsAreNotTheFormsAndABlank本月完成IsDerivedFromLastMonth() throws Exception {
		Path form = blankForm();
		String[] code = new String[1];
		BigDecimal[] cumulative = new BigDecimal[1];
		HandMadeForms.editMainSheet(form, (sheet) -> {
			code[0] = firstCode(sheet);
			cumulative[0] = sheet.number(code[0], "累计完成");
			sheet.type(code[0], "本月完成", "");
			int reference = sheet.addColumn("上月累计完成");
			sheet.addColumn("上月累计到位资金(万元)");
			sheet.addColumn("上月累计完成投资(万元)");
			sheet.typeAt(code[0], reference, cumulative[0].doubleValue() - 10);
		});
		PriorFigures october = (unit, c, p) -> Optional.of(new PriorFigures.Prior(p.minusMonths(1),
				c.equals(code[0]) ? cumulative[0].subtract(BigDecimal.TEN) : BigDecimal.ZERO));

		ParsedForm parsed = read(HandMadeForms.savedByLibreOffice(form, "xlsx", this.dir, "ref.xlsx"));
		ValidationResult result = new FormValidator().validate(parsed, UNIT, NOVEMBER, CATALOG,
				DistributionTotals.empty(), october, LocalDate.of(2023, 12, 1));

		assertThat(parsed.missingColumns()).doesNotContain(cn.minsheng.rollup.form.FormColumn.CUMULATIVE_DONE);
		assertThat(result.violations()).noneMatch((v) -> v.ruleCode().equals("V201") || v.ruleCode().equals("V101"));
		assertThat(result.rows()).filteredOn((r) -> r.code().equals(code[0])).singleElement().satisfies((r) -> {
			assertThat(r.cumulativeDone()).isEqualByComparingTo(cumulative[0]);
			assertThat(r.monthDone()).isEqualByComparingTo("10");
		});
	}

	Path blankForm() {
		try {
			SampleSpec spec = SampleSpec.of(NOVEMBER).withUnits(List.of(UNIT));
			return new SampleMonthGenerator(CATALOG).generateMonth(spec, NOVEMBER, this.dir.resolve("made"))
				.get(0)
				.file();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String firstCode(HandMadeForms.MainSheetEdit sheet) {
		return sheet.codes().keySet().stream()
			.filter((c) -> CATALOG.find(c).map((i) -> i.measure() == cn.minsheng.rollup.catalog.Measure.CUMULATIVE)
				.orElse(false))
			.findFirst()
			.orElseThrow();
	}

	static ParsedForm read(Path file) throws FormReadException {
		return read(file, (row) -> {
		});
	}

	static ParsedForm read(Path file, java.util.function.Consumer<DistributionRow> rows) throws FormReadException {
		return new UnitFormReader().read(file, rows);
	}

	static ValidationResult validate(ParsedForm form) {
		return new FormValidator().validate(form, UNIT, NOVEMBER, CATALOG, DistributionTotals.empty(),
				PriorFigures.none(), LocalDate.of(2023, 12, 1));
	}

	static FormRow row(ParsedForm form, String code) {
		return form.rows().stream()
			.filter((r) -> r.cell(cn.minsheng.rollup.form.FormColumn.CODE).text().strip().equals(code))
			.findFirst()
			.orElseThrow();
	}

}
