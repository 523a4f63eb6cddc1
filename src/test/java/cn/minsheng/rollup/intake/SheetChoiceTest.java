package cn.minsheng.rollup.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Kind;
import cn.minsheng.rollup.catalog.Level;
import cn.minsheng.rollup.catalog.Measure;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.workbook.FieldValue;
import cn.minsheng.rollup.workbook.FormRow;
import cn.minsheng.rollup.workbook.ParsedForm;
import cn.minsheng.rollup.workbook.RejectionKind;
import cn.minsheng.rollup.workbook.SheetCandidate;

class SheetChoiceTest {

	private static final Catalog CATALOG = new Catalog(2023, List.of(indicator("S01-1", "县人社局"),
			indicator("S01-2", "县人社局"), indicator("S06-1", "县民政局")));

	private static final Map<String, String> NOVEMBER_METADATA = Map.of("unit", "县人社局", "period", "2023-11",
			"template_version", "2023.1");

	private static final String FILE = "县人社局-2023年11月-月报表.xlsx";

	private static Indicator indicator(String code, String unit) {
		return new Indicator(code, Level.PROVINCIAL, code.substring(0, 3), "类别", "指标" + code, Kind.INDICATOR,
				Measure.CUMULATIVE, "人", BigDecimal.TEN, unit, null, 12, true);
	}

	/** The sheet read: 县人社局's table with the cumulative figure given. */
	private static ParsedForm form(Map<String, String> metadata, String unit, String period, double cumulative,
			SheetCandidate... others) {
		List<FormRow> rows = List.of(new FormRow(4, Map.of(FormColumn.CODE, text("B4", "S01-1"),
				FormColumn.CUMULATIVE_DONE, new FieldValue("J4", Double.toString(cumulative), cumulative, false,
						false))));
		return new ParsedForm(metadata, unit, period, Map.of(), List.of(), rows, Map.of(), "月报表", false, false,
				List.of(), List.of(others));
	}

	private static FieldValue text(String ref, String text) {
		return new FieldValue(ref, text, null, false, false);
	}

	private static SheetCandidate sheet(String name, String unit, String period, String figures, String... codes) {
		return new SheetCandidate(name, unit, period, codes.length, List.of(codes), figures);
	}

	private static String figuresOf(ParsedForm form) {
		return form.asCandidate().figures();
	}

	@Test
	void aWorkbookWithOneFormIsKeptAsRead() throws Exception {
		assertThat(SheetChoice.choose(form(NOVEMBER_METADATA, "县人社局", "2023年11月", 10), FILE, "", CATALOG)).isEmpty();
	}

	@Test
	void lastMonthsTableBesideThisMonthsIsSetAsideAndTheFormIsKeptAsRead() throws Exception {
		ParsedForm form = form(NOVEMBER_METADATA, "县人社局", "2023年11月", 10,
				sheet("10月", "县人社局", "2023年10月", "october", "S01-1"));

		assertThat(SheetChoice.choose(form, FILE, "", CATALOG)).isEmpty();
	}

	@Test
	void theSheetWhoseMonthAgreesWithTheFileNameIsChosenWhenTheTemplateSheetHoldsLastMonth() throws Exception {
		ParsedForm form = form(Map.of(), "县人社局", "2023年10月", 8,
				sheet("11月", "县人社局", "2023年11月", "november", "S01-1"));

		assertThat(SheetChoice.choose(form, FILE, "", CATALOG)).contains("11月");
	}

	@Test
	void aSheetNamedForItsMonthCountsWhenItsHeaderLeavesTheMonthOut() throws Exception {
		ParsedForm form = form(Map.of(), "县人社局", "2023年10月", 8, sheet("11月", "县人社局", "", "november", "S01-1"));

		assertThat(SheetChoice.choose(form, "人社局报表.xlsx", "2023-11", CATALOG)).contains("11月");
	}

	@Test
	void anIdenticalCopyOfTheFormIsSetAside() throws Exception {
		ParsedForm read = form(NOVEMBER_METADATA, "县人社局", "2023年11月", 10);
		ParsedForm form = form(NOVEMBER_METADATA, "县人社局", "2023年11月", 10,
				sheet("月报表 (2)", "县人社局", "2023年11月", figuresOf(read), "S01-1"));

		assertThat(SheetChoice.choose(form, FILE, "", CATALOG)).isEmpty();
	}

	@Nested
	class Rejected {

		@Test
		void whenAnotherUnitsFormIsInTheWorkbookNamingBothUnits() {
			ParsedForm form = form(NOVEMBER_METADATA, "县人社局", "2023年11月", 10,
					sheet("民政局", "县民政局", "2023年11月", "civil", "S06-1"));

			UnclearIdentityException ex = rejected(form, FILE, "");

			assertThat(ex.kind()).isEqualTo(RejectionKind.SEVERAL_FORMS);
			assertThat(ex.getMessage()).contains("「月报表」填报单位为 县人社局，报送月份为 2023年11月，1 行数据",
					"「民政局」填报单位为 县民政局，报送月份为 2023年11月，1 行数据", "「民政局」是县民政局的月报表，而本文件是县人社局的",
					"请每个文件只报送一个单位一个月的一份月报表");
			// the file name and the metadata name 县人社局 and November: the rejection is that unit's
			assertThat(ex.sender()).isEqualTo(new UnclearIdentityException.Sender("县人社局", YearMonth.of(2023, 11)));
		}

		@Test
		void whenAnotherUnitsTableIsPastedWithoutItsHeaderBlockByItsCodes() {
			ParsedForm form = form(NOVEMBER_METADATA, "县人社局", "2023年11月", 10,
					sheet("Sheet1", "", "", "civil", "S06-1"));

			assertThat(rejected(form, FILE, "").getMessage()).contains("「Sheet1」是县民政局的月报表");
		}

		@Test
		void whenTheSameMonthIsThereTwiceWithOtherFigures() {
			ParsedForm form = form(NOVEMBER_METADATA, "县人社局", "2023年11月", 10,
					sheet("月报表 (2)", "县人社局", "2023年11月", "other figures", "S01-1"));

			assertThat(rejected(form, FILE, "").getMessage()).contains("「月报表」和「月报表 (2)」无法分辨哪一份是本次报送的（月份相同，填写的数字不同）");
		}

		@Test
		void whenASheetWithoutAMonthHoldsOtherFigures() {
			ParsedForm form = form(NOVEMBER_METADATA, "县人社局", "2023年11月", 10,
					sheet("计算表", "", "", "other figures", "S01-1"));

			assertThat(rejected(form, FILE, "").getMessage()).contains("「计算表」未写填报单位（按工作表名或项目编码为 县人社局），未写报送月份",
					"「计算表」与「月报表」看不出月份，填写的数字不同，无法分辨以哪一份为准");
		}

		@Test
		void whenALaterMonthsFormIsBesideTheOneTheEvidenceNames() {
			ParsedForm form = form(NOVEMBER_METADATA, "县人社局", "2023年11月", 10,
					sheet("12月", "县人社局", "2023年12月", "december", "S01-1"));

			assertThat(rejected(form, FILE, "").getMessage()).contains("「12月」是 2023年12月 的月报表，晚于本文件的 2023年11月");
		}

		@Test
		void whenNothingOutsideTheSheetsTellsWhichMonthIsSent() {
			ParsedForm form = form(Map.of(), "县人社局", "2023年10月", 8,
					sheet("11月", "县人社局", "2023年11月", "november", "S01-1"));

			UnclearIdentityException ex = rejected(form, "人社局报表.xlsx", "");

			assertThat(ex.getMessage()).contains("「月报表」和「11月」无法分辨哪一份是本次报送的");
			assertThat(ex.sender().unit()).isEqualTo("县人社局");
			assertThat(ex.sender().known()).isFalse();
		}

		@Test
		void whenNoSheetAgreesWithTheFileName() {
			ParsedForm form = form(Map.of(), "县人社局", "2023年10月", 8,
					sheet("9月", "县人社局", "2023年9月", "september", "S01-1"));

			assertThat(rejected(form, "县人社局-2023年12月.xlsx", "").getMessage())
				.contains("没有一个工作表与文件名「县人社局-2023年12月.xlsx」写的 县人社局、2023年12月 一致");
		}

		private static UnclearIdentityException rejected(ParsedForm form, String fileName, String folder) {
			return catchThrowableOfType(UnclearIdentityException.class,
					() -> SheetChoice.choose(form, fileName, folder, CATALOG));
		}

	}

}
