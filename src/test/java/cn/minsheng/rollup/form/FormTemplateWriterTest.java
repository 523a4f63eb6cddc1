package cn.minsheng.rollup.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;

class FormTemplateWriterTest {

	private static final YearMonth NOVEMBER = YearMonth.of(2023, 11);

	private static final String UNIT = "县人社局";

	private static Catalog catalog;

	@TempDir
	Path out;

	@BeforeAll
	static void loadCatalog() {
		catalog = BundledCatalog.load();
	}

	private XSSFWorkbook writeAndOpen(String unit, TemplateOptions options) throws IOException {
		Path file = new FormTemplateWriter().write(catalog, unit, NOVEMBER, options, this.out);
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static String text(XSSFSheet sheet, int row, int column) {
		Row r = sheet.getRow(row);
		Cell cell = r == null ? null : r.getCell(column);
		return cell == null ? "" : cell.getStringCellValue();
	}

	@Test
	void writesOneWorkbookPerUnitIntoTheMonthsTemplateFolder() throws IOException {
		List<Path> files = new FormTemplateWriter().writeAll(catalog, NOVEMBER, TemplateOptions.defaults(), this.out);

		Path dir = this.out.resolve("templates").resolve("2023-11");
		assertThat(files).hasSize(14).allSatisfy((f) -> assertThat(f.getParent()).isEqualTo(dir));
		try (Stream<Path> listed = Files.list(dir)) {
			assertThat(listed.map((f) -> f.getFileName().toString()))
				.containsExactlyInAnyOrderElementsOf(catalog.units().stream().map((u) -> u + "-2023年11月-月报表.xlsx")
					.toList());
		}
		assertThat(dir.resolve("县人社局-2023年11月-月报表.xlsx")).isRegularFile();
	}

	@Test
	void refusesAMonthOutsideTheCatalogsYear() {
		assertThatThrownBy(() -> new FormTemplateWriter().write(catalog, UNIT, YearMonth.of(2024, 1),
				TemplateOptions.defaults(), this.out))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("2024年1月");
	}

	@Test
	void refusesAUnitTheCatalogDoesNotKnow() {
		assertThatThrownBy(() -> new FormTemplateWriter().write(catalog, "县气象局", NOVEMBER,
				TemplateOptions.defaults(), this.out))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("县气象局");
	}

	@Nested
	class MainSheet {

		@Test
		void carriesTitleUnitAndMonthAboveTheHeaders() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen(UNIT, TemplateOptions.defaults())) {
				XSSFSheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);

				assertThat(workbook.getSheetIndex(sheet)).isZero();
				assertThat(text(sheet, 0, 0)).isEqualTo("湘潭县2023年重点民生实事项目进展情况月报表");
				assertThat(sheet.getMergedRegions())
					.contains(new CellRangeAddress(0, 0, 0, FormColumn.values().length - 1));
				assertThat(text(sheet, 1, 0)).isEqualTo("填报单位：县人社局");
				assertThat(text(sheet, 1, FormLayout.PERIOD_LABEL_COLUMN)).isEqualTo("报送月份：2023年11月");
				List<String> headers = new ArrayList<>();
				sheet.getRow(FormLayout.HEADER_ROW).forEach((c) -> headers.add(c.getStringCellValue()));
				assertThat(headers).containsExactly(Stream.of(FormColumn.values()).map(FormColumn::header)
					.toArray(String[]::new));
			}
		}

		@Test
		void namesTheCountyGivenInTheOptions() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen(UNIT, TemplateOptions.defaults().withCounty("韶山市"))) {
				assertThat(text(workbook.getSheet(FormLayout.MAIN_SHEET), 0, 0))
					.isEqualTo("韶山市2023年重点民生实事项目进展情况月报表");
			}
		}

		@Test
		void prefillsEachIndicatorOfTheUnitFromTheCatalog() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen(UNIT, TemplateOptions.defaults())) {
				XSSFSheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
				List<Indicator> indicators = catalog.indicatorsOf(UNIT);

				assertThat(indicators).extracting(Indicator::code).containsExactly("S01-1", "S01-2", "S01-3", "C03-1");
				for (int i = 0; i < indicators.size(); i++) {
					Indicator indicator = indicators.get(i);
					Row row = sheet.getRow(FormLayout.FIRST_DATA_ROW + i);
					assertThat(row.getCell(FormColumn.SEQ.templateIndex()).getNumericCellValue()).isEqualTo(i + 1);
					assertThat(row.getCell(FormColumn.CODE.templateIndex()).getStringCellValue())
						.isEqualTo(indicator.code());
					assertThat(row.getCell(FormColumn.LEVEL.templateIndex()).getStringCellValue())
						.isEqualTo(indicator.level().label());
					assertThat(row.getCell(FormColumn.CATEGORY.templateIndex()).getStringCellValue())
						.isEqualTo(indicator.category());
					assertThat(row.getCell(FormColumn.INDICATOR.templateIndex()).getStringCellValue())
						.isEqualTo(indicator.name());
					assertThat(row.getCell(FormColumn.UNIT_OF_MEASURE.templateIndex()).getStringCellValue())
						.isEqualTo(indicator.unitOfMeasure());
					assertThat(row.getCell(FormColumn.ANNUAL_TARGET.templateIndex()).getNumericCellValue())
						.isEqualTo(indicator.annualTarget().doubleValue());
				}
				Row s013 = sheet.getRow(FormLayout.FIRST_DATA_ROW + 2);
				int target = FormColumn.ANNUAL_TARGET.templateIndex();
				assertThat(s013.getCell(target).getNumericCellValue()).isEqualTo(4200);
				assertThat(s013.getCell(FormColumn.PLANNED_FUNDS.templateIndex()).getNumericCellValue()).isEqualTo(630);
				Row s011 = sheet.getRow(FormLayout.FIRST_DATA_ROW);
				Cell noFunds = s011.getCell(FormColumn.PLANNED_FUNDS.templateIndex());
				assertThat(noFunds.getCellType()).isEqualTo(CellType.BLANK);
			}
		}

		@Test
		void computesTheCompletionRateFromCumulativeAndTarget() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen(UNIT, TemplateOptions.defaults())) {
				XSSFSheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
				Row row = sheet.getRow(FormLayout.FIRST_DATA_ROW);
				Cell rate = row.getCell(FormColumn.COMPLETION_RATE.templateIndex());
				assertThat(rate.getCellFormula()).isEqualTo("IF(AND(ISNUMBER(J4),G4>0),J4/G4,\"\")");
				assertThat(rate.getCellStyle().getDataFormatString()).contains("%");

				row.getCell(FormColumn.CUMULATIVE_DONE.templateIndex()).setCellValue(3250);
				workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(rate);

				assertThat(rate.getNumericCellValue()).isEqualTo(0.5);
			}
		}

		@Test
		void putsTheFooterLabelsBelowTheIndicatorsWithAnInputCellRightOfEach() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen(UNIT, TemplateOptions.defaults())) {
				XSSFSheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
				int lastIndicatorRow = FormLayout.FIRST_DATA_ROW + 3;
				int footerRow = lastIndicatorRow + FormLayout.FOOTER_GAP;

				assertThat(text(sheet, footerRow, 2)).isEqualTo("填报人：");
				assertThat(text(sheet, footerRow, 4)).isEqualTo("分管领导：");
				assertThat(text(sheet, footerRow + 1, 2)).isEqualTo("填报日期：");
				assertThat(text(sheet, footerRow + 1, 4)).isEqualTo("联系电话：");
				for (FooterField field : FooterField.values()) {
					Cell value = sheet.getRow(field.row(footerRow)).getCell(field.valueColumn());
					assertThat(value.getCellStyle().getLocked()).as(field.label()).isFalse();
				}
				assertThat(sheet.getRow(FooterField.FILL_DATE.row(footerRow))
					.getCell(FooterField.FILL_DATE.valueColumn())
					.getCellStyle()
					.getDataFormatString()).isEqualTo("yyyy-mm-dd");
			}
		}

		@Test
		void setsColumnWidthsFromTheColumnsAndFreezesTheHeader() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen(UNIT, TemplateOptions.defaults())) {
				XSSFSheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
				for (FormColumn column : FormColumn.values()) {
					assertThat(sheet.getColumnWidth(column.templateIndex())).as(column.header())
						.isEqualTo(column.width() * 256);
				}
				assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
				assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
					.isEqualTo((short) FormLayout.FIRST_DATA_ROW);
			}
		}

		@Test
		void usesChineseFontsAndOneStylePerRole() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen("县民政局", TemplateOptions.defaults())) {
				XSSFSheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
				assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getFontName()).isEqualTo("黑体");
				assertThat(sheet.getRow(FormLayout.FIRST_DATA_ROW).getCell(FormColumn.INDICATOR.templateIndex())
					.getCellStyle().getFont().getFontName()).isEqualTo("宋体");
				// the default style plus one per role, however many rows the unit has
				assertThat(workbook.getNumCellStyles()).isLessThanOrEqualTo(StyleRole.values().length + 1);
			}
		}

		@Test
		void makesRowsTallEnoughForTheirWrappedNames() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen("县医保局", TemplateOptions.defaults())) {
				XSSFSheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
				// 推行异地就医结算与基层医保代办服务 does not fit the 件 column on one line
				assertThat(sheet.getRow(FormLayout.FIRST_DATA_ROW).getHeightInPoints()).isGreaterThanOrEqualTo(27f);
			}
			try (XSSFWorkbook workbook = writeAndOpen(UNIT, TemplateOptions.defaults())) {
				XSSFSheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
				// 促进高质量充分就业 / 城镇新增就业 fit on one line
				assertThat(sheet.getRow(FormLayout.FIRST_DATA_ROW).getHeightInPoints()).isLessThan(20f);
			}
		}

		@Test
		void printsOnA4LandscapeOnePageWideRepeatingTheHeader() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen(UNIT, TemplateOptions.defaults())) {
				XSSFSheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
				PrintSetup print = sheet.getPrintSetup();

				assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
				assertThat(print.getLandscape()).isTrue();
				assertThat(sheet.getFitToPage()).isTrue();
				assertThat(sheet.getAutobreaks()).isTrue();
				assertThat(print.getFitWidth()).isEqualTo((short) 1);
				assertThat(print.getFitHeight()).isZero();
				assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:3"));
			}
		}

	}

	@Nested
	class Protection {

		@Test
		void locksPrefilledCellsAndLeavesInputCellsOpen() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen(UNIT, TemplateOptions.defaults())) {
				XSSFSheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
				assertThat(sheet.getProtect()).isTrue();
				Row row = sheet.getRow(FormLayout.FIRST_DATA_ROW + 1);
				for (FormColumn column : FormColumn.values()) {
					boolean locked = row.getCell(column.templateIndex()).getCellStyle().getLocked();
					boolean expectLocked = column.prefilled() || column == FormColumn.COMPLETION_RATE;
					assertThat(locked).as(column.header()).isEqualTo(expectLocked);
				}
				assertThat(sheet.getRow(0).getCell(0).getCellStyle().getLocked()).isTrue();
				assertThat(sheet.getRow(FormLayout.HEADER_ROW).getCell(0).getCellStyle().getLocked()).isTrue();
			}
		}

		@Test
		void protectsWithoutPasswordByDefault() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen(UNIT, TemplateOptions.defaults())) {
				XSSFSheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
				assertThat(sheet.isSheetLocked()).isTrue();
				assertThat(sheet.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
				assertThat(sheet.getCTWorksheet().getSheetProtection().isSetHashValue()).isFalse();
				assertThat(sheet.isFormatColumnsLocked()).isFalse();
			}
		}

		@Test
		void protectsWithThePasswordGivenInTheOptions() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen(UNIT, TemplateOptions.defaults().withPassword("mssb2023"))) {
				XSSFSheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
				assertThat(sheet.isSheetLocked()).isTrue();
				assertThat(sheet.validateSheetPassword("mssb2023")).isTrue();
				assertThat(sheet.validateSheetPassword("wrong")).isFalse();
			}
		}

	}

	@Nested
	class InputChecks {

		private DataValidation check(XSSFSheet sheet, FormColumn column) {
			return Validations.at(sheet, FormLayout.FIRST_DATA_ROW + 1, column.templateIndex()).orElseThrow();
		}

		@Test
		void acceptOnlyNonNegativeNumbersInNumericInputsWithChineseHints() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen(UNIT, TemplateOptions.defaults())) {
				XSSFSheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
				for (FormColumn column : List.of(FormColumn.MONTH_DONE, FormColumn.CUMULATIVE_DONE,
						FormColumn.FUNDS_IN_PLACE, FormColumn.INVESTMENT_DONE)) {
					DataValidation check = check(sheet, column);
					DataValidationConstraint constraint = check.getValidationConstraint();
					assertThat(constraint.getValidationType()).as(column.header()).isEqualTo(ValidationType.DECIMAL);
					assertThat(constraint.getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
					assertThat(constraint.getFormula1()).isEqualTo("0");
					assertThat(check.getShowPromptBox()).isTrue();
					assertThat(check.getPromptBoxTitle()).isEqualTo(column.header());
					assertThat(check.getPromptBoxText()).contains("数字");
					assertThat(check.getShowErrorBox()).isTrue();
					assertThat(check.getErrorBoxTitle()).isEqualTo("输入有误");
					assertThat(check.getErrorBoxText()).contains("大于或等于 0 的数字");
				}
				assertThat(check(sheet, FormColumn.CUMULATIVE_DONE).getPromptBoxText()).contains("1 月至本月的累计");
			}
		}

		@Test
		void offerTheStatusesAndYesNoAsDropDownLists() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen(UNIT, TemplateOptions.defaults())) {
				XSSFSheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
				assertThat(check(sheet, FormColumn.STATUS).getValidationConstraint().getExplicitListValues())
					.containsExactly("未开工", "在建", "已完工", "已验收");
				assertThat(check(sheet, FormColumn.ONLINE_ACCEPTED).getValidationConstraint().getExplicitListValues())
					.containsExactly("是", "否");
				assertThat(check(sheet, FormColumn.OFFLINE_ACCEPTED).getValidationConstraint().getExplicitListValues())
					.containsExactly("是", "否");
				assertThat(check(sheet, FormColumn.STATUS).getPromptBoxText()).contains("请从下拉列表中选择");
			}
		}

		@Test
		void acceptOnlyDatesInDateColumns() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen(UNIT, TemplateOptions.defaults())) {
				XSSFSheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
				for (FormColumn column : List.of(FormColumn.START_DATE, FormColumn.FINISH_DATE)) {
					DataValidation check = check(sheet, column);
					assertThat(check.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
					assertThat(check.getValidationConstraint().getFormula1()).isEqualTo("DATE(2020,1,1)");
					assertThat(check.getValidationConstraint().getFormula2()).isEqualTo("DATE(2024,12,31)");
					assertThat(check.getPromptBoxText()).contains("2023-11-25");
					Cell cell = sheet.getRow(FormLayout.FIRST_DATA_ROW).getCell(column.templateIndex());
					assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
				}
			}
		}

		@Test
		void coverEveryIndicatorRowAndNothingBelow() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen(UNIT, TemplateOptions.defaults())) {
				XSSFSheet sheet = workbook.getSheet(FormLayout.MAIN_SHEET);
				int column = FormColumn.CUMULATIVE_DONE.templateIndex();
				assertThat(Validations.at(sheet, FormLayout.FIRST_DATA_ROW, column)).isPresent();
				assertThat(Validations.at(sheet, FormLayout.FIRST_DATA_ROW + 3, column)).isPresent();
				assertThat(Validations.at(sheet, FormLayout.FIRST_DATA_ROW + 4, column)).isEmpty();
				assertThat(Validations.at(sheet, FormLayout.HEADER_ROW, column)).isEmpty();
			}
		}

	}

	@Nested
	class HiddenMetadata {

		@Test
		void identifiesTheFormOnAVeryHiddenProtectedSheet() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen(UNIT, TemplateOptions.defaults())) {
				XSSFSheet meta = workbook.getSheet(FormLayout.META_SHEET);
				int index = workbook.getSheetIndex(meta);

				assertThat(workbook.getSheetVisibility(index)).isEqualTo(SheetVisibility.VERY_HIDDEN);
				assertThat(meta.getProtect()).isTrue();
				List<String> keys = new ArrayList<>();
				List<String> values = new ArrayList<>();
				meta.forEach((row) -> {
					keys.add(row.getCell(0).getStringCellValue());
					values.add(row.getCell(1).getStringCellValue());
				});
				assertThat(keys).containsExactly("form_id", "unit", "period", "template_version",
						"catalog_fingerprint");
				assertThat(values).containsExactly("2023-11-县人社局", "县人社局", "2023-11", FormLayout.TEMPLATE_VERSION,
						catalog.fingerprint());
			}
		}

	}

	@Nested
	class DistributionSheet {

		@Test
		void hasTheListHeadersAndOffersOnlyTheUnitsCodes() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen("县民政局", TemplateOptions.defaults())) {
				XSSFSheet sheet = workbook.getSheet(FormLayout.DISTRIBUTION_SHEET);
				assertThat(workbook.getSheetIndex(sheet)).isEqualTo(1);
				List<String> headers = new ArrayList<>();
				sheet.getRow(0).forEach((c) -> headers.add(c.getStringCellValue()));
				assertThat(headers).containsExactly("项目编码", "乡镇(街道)", "村(社区)/点位", "数量", "完成日期", "备注");

				DataValidation codes = Validations.at(sheet, 1, DistributionColumn.CODE.templateIndex()).orElseThrow();
				assertThat(codes.getValidationConstraint().getExplicitListValues())
					.containsExactlyElementsOf(catalog.indicatorsOf("县民政局").stream().map(Indicator::code).toList());
				// 5000 data rows below the header: Excel rows 2 to 5001
				assertThat(Validations.at(sheet, 5000, DistributionColumn.CODE.templateIndex())).isPresent();
				assertThat(Validations.at(sheet, 5001, DistributionColumn.CODE.templateIndex())).isEmpty();
				assertThat(Validations.at(sheet, 0, DistributionColumn.CODE.templateIndex())).isEmpty();
			}
		}

		@Test
		void checksQuantitiesAndDatesAndLeavesRowsOpen() throws IOException {
			try (XSSFWorkbook workbook = writeAndOpen(UNIT, TemplateOptions.defaults().withDistributionRows(200))) {
				XSSFSheet sheet = workbook.getSheet(FormLayout.DISTRIBUTION_SHEET);
				DataValidation quantity = Validations.at(sheet, 200, DistributionColumn.QUANTITY.templateIndex())
					.orElseThrow();
				assertThat(quantity.getValidationConstraint().getOperator()).isEqualTo(OperatorType.GREATER_OR_EQUAL);
				assertThat(quantity.getPromptBoxText()).contains("累计完成");
				assertThat(Validations.at(sheet, 5, DistributionColumn.DONE_DATE.templateIndex()).orElseThrow()
					.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DATE);
				assertThat(Validations.at(sheet, 201, DistributionColumn.QUANTITY.templateIndex())).isEmpty();
				for (DistributionColumn column : DistributionColumn.values()) {
					assertThat(sheet.getColumnStyle(column.templateIndex()).getLocked()).as(column.header()).isFalse();
					assertThat(sheet.getColumnWidth(column.templateIndex())).isEqualTo(column.width() * 256);
				}
				assertThat(sheet.getColumnStyle(DistributionColumn.DONE_DATE.templateIndex()).getDataFormatString())
					.isEqualTo("yyyy-mm-dd");
			}
		}

	}

}
