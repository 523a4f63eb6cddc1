package cn.minsheng.rollup.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Kind;
import cn.minsheng.rollup.catalog.Level;
import cn.minsheng.rollup.catalog.Measure;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.intake.Identification.Source;
import cn.minsheng.rollup.workbook.FieldValue;
import cn.minsheng.rollup.workbook.FormReadException;
import cn.minsheng.rollup.workbook.FormRow;
import cn.minsheng.rollup.workbook.ParsedForm;
import cn.minsheng.rollup.workbook.RejectionKind;

class FormIdentifierTest {

	private static final Catalog CATALOG = new Catalog(2023, List.of(indicator("S01-1", "县人社局"),
			indicator("S01-2", "县人社局"), indicator("S06-1", "县民政局"), indicator("C06-1", "县交警大队"),
			indicator("J02-1", "县公安局")));

	private final FormIdentifier identifier = new FormIdentifier();

	private static Indicator indicator(String code, String unit) {
		return new Indicator(code, Level.PROVINCIAL, code.substring(0, 3), "类别", "指标" + code, Kind.INDICATOR,
				Measure.CUMULATIVE, "人", BigDecimal.TEN, unit, null, 12, true);
	}

	private static ParsedForm form(Map<String, String> metadata, String unit, String period, String... codes) {
		List<FormRow> rows = new java.util.ArrayList<>();
		for (int i = 0; i < codes.length; i++) {
			rows.add(new FormRow(4 + i, Map.of(FormColumn.CODE, new FieldValue("B" + (4 + i), codes[i], null, false,
					false))));
		}
		return new ParsedForm(metadata, unit, period, Map.of(), List.of(), rows, Map.of(), "月报表", false, false);
	}

	private static ParsedForm withHeaderFormulas(ParsedForm form, Map<String, String> formulas) {
		return new ParsedForm(form.metadata(), form.declaredUnit(), form.declaredPeriod(), form.columnLetters(),
				form.missingColumns(), form.rows(), form.footer(), form.mainSheetName(), form.distributionSheetFound(),
				form.date1904(), form.columnConflicts(), form.otherForms(), formulas);
	}

	@Test
	void trustsTheHiddenMetadataFirstWhenEverythingAgrees() throws Exception {
		Map<String, String> metadata = Map.of("unit", "县人社局", "period", "2023-11", "template_version", "2023.1");

		Identification id = this.identifier.identify(form(metadata, "人社局", "2023年11月", "S06-1"),
				"县人社局-2023年11月-月报表.xlsx", "2023-11", CATALOG);

		assertThat(id).isEqualTo(new Identification("县人社局", YearMonth.of(2023, 11), Source.METADATA,
				Source.METADATA, "2023.1"));
	}

	@Test
	void takesTheMonthFromTheFolderWhenNothingElseNamesIt() throws Exception {
		Identification id = this.identifier.identify(form(Map.of(), "县人社局", ""), "人社局报表.xlsx", "收件/2023-11",
				CATALOG);

		assertThat(id.period()).isEqualTo(YearMonth.of(2023, 11));
		assertThat(id.periodSource()).isEqualTo(Source.FOLDER);
	}

	@Test
	void aFileNameThatAlsoCarriesTheDaySentAgreesWithTheMonthItReports() throws Exception {
		Identification id = this.identifier.identify(form(Map.of(), "县人社局", "2023年11月"),
				"县人社局11月报表（2023-12-01 收）.xlsx", CATALOG);

		assertThat(id.period()).isEqualTo(YearMonth.of(2023, 11));
	}

	@Nested
	class Conflicting {

		private UnclearIdentityException rejection(ParsedForm form, String fileName, String folder) {
			return catchThrowableOfType(UnclearIdentityException.class,
					() -> FormIdentifierTest.this.identifier.identify(form, fileName, folder, CATALOG));
		}

		@Test
		void lastMonthsFileRenamedForThisMonthNamesEverySourceAndWhatToDo() {
			Map<String, String> october = Map.of("unit", "县人社局", "period", "2023-10", "template_version", "2023.1");

			UnclearIdentityException rejection = rejection(form(october, "县人社局", "2023年10月", "S01-1"),
					"县人社局-2023年11月-月报表.xlsx", "");

			assertThat(rejection.kind()).isEqualTo(RejectionKind.CONFLICTING_IDENTITY);
			assertThat(rejection).hasMessage("报送月份前后不一致：隐藏的「表单信息」工作表为 2023年10月，表头「报送月份」为 2023年10月，"
					+ "文件名「县人社局-2023年11月-月报表.xlsx」为 2023年11月。系统无法确定这份报表是哪个月的，"
					+ "为免错记或覆盖已报送月份的数据，本次未接收。如报送的是 2023年11月 的数据，请使用 2023年11月 的模板重新填报；"
					+ "如是更正 2023年10月 的数据，请使文件名和表头「报送月份」与所更正的月份一致后重新报送");
			assertThat(rejection.sender())
				.isEqualTo(new UnclearIdentityException.Sender("县人社局", YearMonth.of(2023, 11)));
		}

		@Test
		void aHeaderMonthEditedInLastMonthsTemplate() {
			Map<String, String> october = Map.of("unit", "县人社局", "period", "2023-10");

			UnclearIdentityException rejection = rejection(form(october, "县人社局", "2023年11月"), "月报.xlsx", "");

			assertThat(rejection.getMessage()).startsWith(
					"报送月份前后不一致：隐藏的「表单信息」工作表为 2023年10月，表头「报送月份」为 2023年11月。");
		}

		@Test
		void theFolderTheOfficeSortedItIntoCounts() {
			UnclearIdentityException rejection = rejection(form(Map.of(), "县人社局", "2023年11月"), "人社局.xlsx",
					"2023-10");

			assertThat(rejection.getMessage()).contains("表头「报送月份」为 2023年11月，所在文件夹「2023-10」为 2023年10月");
		}

		@Test
		void twoUnitsNamedNeitherIsChosen() {
			Map<String, String> metadata = Map.of("unit", "县人社局", "period", "2023-11");

			UnclearIdentityException rejection = rejection(form(metadata, "县民政局", "2023年11月"), "x.xlsx", "");

			assertThat(rejection.kind()).isEqualTo(RejectionKind.CONFLICTING_IDENTITY);
			assertThat(rejection.getMessage()).startsWith("报送单位前后不一致：隐藏的「表单信息」工作表为 县人社局，表头「填报单位」为 县民政局。")
				.contains("请使用下发的本单位模板填报");
			assertThat(rejection.sender().known()).isFalse();
		}

	}

	@Test
	void aFileThatCannotBeReadIsStillTiedToTheUnitAndMonthItsNameGives() {
		assertThat(this.identifier.senderFromPath("县民政局-2023年11月-月报表.ods", "", CATALOG))
			.isEqualTo(new UnclearIdentityException.Sender("县民政局", YearMonth.of(2023, 11)));
		assertThat(this.identifier.senderFromPath("民政局报表.csv", "2023-11", CATALOG).unit()).isEqualTo("县民政局");
		assertThat(this.identifier.senderFromPath("民政局-2023年11月.csv", "2023-10", CATALOG).known()).isFalse();
		assertThat(this.identifier.senderFromPath("报表-2023年11月.xlsx", "", CATALOG).known()).isFalse();
	}

	@Test
	void readsTheHeaderBlockWithoutMetadata() throws Exception {
		Identification id = this.identifier.identify(form(Map.of(), "县人社局（盖章）", "2023年11月份"), "月报.xlsx",
				CATALOG);

		assertThat(id).isEqualTo(new Identification("县人社局", YearMonth.of(2023, 11), Source.HEADER, Source.HEADER,
				null));
	}

	@Test
	void acceptsAUnitWrittenWithoutTheCountyPrefix() throws Exception {
		assertThat(this.identifier.identify(form(Map.of(), "交警大队", "2023-11"), "x.xlsx", CATALOG).unit())
			.isEqualTo("县交警大队");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023年11月", "2023-11", "2023.11", "2023/11", "2023年11月份", "２０２３年１１月", "2023年十一月",
			"202311", "11月", "2023年1-11月", "11" })
	void readsTheReportingMonthAsPeopleWriteIt(String written) throws Exception {
		Identification id = this.identifier.identify(form(Map.of(), "县人社局", written), "x.xlsx", CATALOG);

		assertThat(id.period()).isEqualTo(YearMonth.of(2023, 11));
		assertThat(id.periodSource()).isEqualTo(Source.HEADER);
	}

	@Test
	void fallsBackToTheIndicatorCodesForTheUnit() throws Exception {
		Identification id = this.identifier.identify(form(Map.of(), "", "2023年11月", "S01-1", "s01-2"), "月报.xlsx",
				CATALOG);

		assertThat(id.unit()).isEqualTo("县人社局");
		assertThat(id.unitSource()).isEqualTo(Source.CODES);
	}

	@Test
	void usesTheFileNameOnlyAsTheLastHint() throws Exception {
		Identification id = this.identifier.identify(form(Map.of(), "", "", "S01-1", "S06-1"),
				"民政局2023年11月民生实事月报表(1).xlsx", CATALOG);

		assertThat(id).isEqualTo(new Identification("县民政局", YearMonth.of(2023, 11), Source.FILE_NAME,
				Source.FILE_NAME, null));
	}

	@Test
	void takesAMonthOnlyFileNameInTheCatalogYear() throws Exception {
		Identification id = this.identifier.identify(form(Map.of(), "县公安局", ""), "公安局11月报表.xls", CATALOG);

		assertThat(id.period()).isEqualTo(YearMonth.of(2023, 11));
	}

	@Nested
	class Unidentified {

		private FormReadException rejection(ParsedForm form, String fileName) {
			return catchThrowableOfType(FormReadException.class,
					() -> FormIdentifierTest.this.identifier.identify(form, fileName, CATALOG));
		}

		@Test
		void whenCodesBelongToSeveralUnitsAndNothingElseNamesOne() {
			FormReadException rejection = rejection(form(Map.of(), "", "2023年11月", "S01-1", "S06-1"), "月报.xlsx");

			assertThat(rejection.kind()).isEqualTo(RejectionKind.UNIDENTIFIED);
			assertThat(rejection).hasMessage("无法确定报送单位：表头「填报单位」为空，项目编码分属多个单位（县人社局、县民政局），"
					+ "文件名中也没有单位名称。请使用下发的本单位模板填报，并在「填报单位」处填写单位名称（如：县人社局），然后重新报送");
		}

		@Test
		void whenTheDeclaredUnitIsNotInTheCatalog() {
			FormReadException rejection = rejection(form(Map.of(), "县财政局", "2023年11月", "X09-9"), "月报.xlsx");

			assertThat(rejection.getMessage()).startsWith("无法确定报送单位：表头「填报单位」填写的「县财政局」不是本年度的责任单位，"
					+ "项目编码都不在本年度指标清单中");
		}

		@Test
		void whenTheMonthIsMissing() {
			FormReadException rejection = rejection(form(Map.of(), "县人社局", ""), "月报.xlsx");

			assertThat(rejection.kind()).isEqualTo(RejectionKind.UNIDENTIFIED);
			assertThat(rejection).hasMessage("无法确定报送月份：表头「报送月份」为空，文件名中也没有月份。"
					+ "请在「报送月份」处按「2023年11月」的格式填写，然后重新报送");
		}

		@Test
		void whenTheMonthIsAFormulaSavedWithoutItsResultSayingSoInsteadOf为空() {
			ParsedForm form = withHeaderFormulas(form(Map.of(), "县人社局", ""), Map.of(ParsedForm.PERIOD_LABEL, "J2"));

			FormReadException rejection = rejection(form, "月报.xlsx");

			assertThat(rejection.kind()).isEqualTo(RejectionKind.UNIDENTIFIED);
			assertThat(rejection).hasMessage("无法确定报送月份：表头「报送月份」J2 为公式，但文件中没有计算结果（请在 Excel 或 WPS "
					+ "中打开、保存），文件名中也没有月份。请在「报送月份」处按「2023年11月」的格式填写，然后重新报送");
		}

		@Test
		void whenTheUnitsLabelMayBeInsideAFormulaWithoutItsResult() {
			ParsedForm form = withHeaderFormulas(form(Map.of(), "", "2023年11月", "S01-1", "S06-1"),
					Map.of("A2", "A2"));

			FormReadException rejection = rejection(form, "月报.xlsx");

			assertThat(rejection.getMessage()).startsWith("无法确定报送单位：表头「填报单位」为空（表头中 A2 为公式，但文件中没有"
					+ "计算结果；请在 Excel 或 WPS 中打开、保存），项目编码分属多个单位");
		}

		@Test
		void whenBothAreMissingSayingSoForEach() {
			FormReadException rejection = rejection(form(Map.of(), "", "下月", new String[0]), "新建 XLSX 工作表.xlsx");

			assertThat(rejection.getMessage()).contains("无法确定报送单位：表头「填报单位」为空，表中没有项目编码")
				.contains("；无法确定报送月份：表头「报送月份」填写的「下月」无法识别为月份");
		}

		@Test
		void whenMetadataNamesAUnitOutsideTheCatalogAndNothingElseHelps() {
			Map<String, String> metadata = Map.of("unit", "县农业农村局", "period", "2023-11");

			FormReadException rejection = rejection(form(metadata, "", ""), "月报.xlsx");

			assertThat(rejection.getMessage()).startsWith("无法确定报送单位：").doesNotContain("报送月份");
		}

	}

}
