package cn.minsheng.rollup.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.minsheng.rollup.workbook.FieldValue;

class ValueParserTest {

	static FieldValue text(String text) {
		return new FieldValue("J7", text, null, false, false);
	}

	static FieldValue numeric(double number, String shown) {
		return new FieldValue("J7", shown, number, false, false);
	}

	static FieldValue dateCell(double serial, boolean date1904) {
		return new FieldValue("Q7", "2023/11/5", serial, true, date1904);
	}

	@Nested
	class Numbers {

		@ParameterizedTest(name = "{0} -> {1}")
		@CsvSource(delimiter = '|', value = { "120|120", "' 42 '|42", "1,234.5|1234.5", "1，234|1234",
				"１２３．５|123.5", "12,345,678|12345678", "1.2万|12000", "1.2万人|12000", "3万|30000", "35万元|35",
				"120人|120", "35 个|35", "12.5公里|12.5", "-5|-5", "－5|-5", "+3|3", "0|0", "1.50|1.5",
				"650元/人·月|650", "8人次|8", "5　户|5" })
		void readsNumbersWrittenAsText(String text, String expected) {
			ParsedValue<BigDecimal> read = ValueParser.number(text(text));

			assertThat(read.isPresent()).isTrue();
			assertThat(read.value()).isEqualByComparingTo(expected);
		}

		@Test
		void readsNumericCellsWithoutBinaryNoise() {
			assertThat(ValueParser.number(numeric(120, "120")).value()).isEqualByComparingTo("120");
			assertThat(ValueParser.number(numeric(0.1 + 0.2, "0.3")).value()).hasToString("0.3");
			assertThat(ValueParser.number(numeric(1234567.891, "1,234,567.89")).value()).hasToString("1234567.891");
			assertThat(ValueParser.number(numeric(1e6, "1000000")).value()).hasToString("1000000");
		}

		@Test
		void acceptsTheIndicatorsOwnUnitOfMeasure() {
			assertThat(ValueParser.number("3座桥", "座桥").value()).isEqualByComparingTo("3");
			assertThat(ValueParser.number("3座桥", null).isInvalid()).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "", "   ", "　" })
		void readsBlankAsAbsentNotZero(String text) {
			ParsedValue<BigDecimal> read = ValueParser.number(text(text));

			assertThat(read.isBlank()).isTrue();
			assertThat(read.value()).isNull();
		}

		@ParameterizedTest
		@ValueSource(strings = { "约120", "已开工", "120余人", "120多", "100-120", "1,2", "85%", "12,34", "大约 5", "1.2.3",
				"120人已完成", "不低于60元", "已达到644元/月", "1e5" })
		void refusesEstimatesRangesAndWords(String text) {
			ParsedValue<BigDecimal> read = ValueParser.number(text(text));

			assertThat(read.isInvalid()).isTrue();
			assertThat(read.found()).isEqualTo("实际填写为「" + text + "」");
		}

		@Test
		void describesFormulaErrorsAndDates() {
			assertThat(ValueParser.number(text("#DIV/0!")).found()).isEqualTo("实际为公式错误「#DIV/0!」");
			assertThat(ValueParser.number(dateCell(45235, false)).found()).isEqualTo("实际为日期「2023/11/5」");
		}

	}

	@Nested
	class Percents {

		@ParameterizedTest(name = "{0} -> {1}")
		@CsvSource(delimiter = '|', value = { "85%|0.85", "85％|0.85", "85 %|0.85", "85|0.85", "0.85|0.85",
				"137%|1.37", "100%|1", "1|1", "1.5|1.5", "12.5%|0.125", "0|0" })
		void readsPercentTextAsAFraction(String text, String expected) {
			assertThat(ValueParser.percent(text(text)).value()).isEqualByComparingTo(expected);
		}

		@Test
		void readsNumericCellsAsFractionsUnlessAboveOneAndAHalf() {
			assertThat(ValueParser.percent(numeric(0.85, "85%")).value()).isEqualByComparingTo("0.85");
			assertThat(ValueParser.percent(numeric(85, "85")).value()).isEqualByComparingTo("0.85");
			assertThat(ValueParser.percent(numeric(1.37, "137%")).value()).isEqualByComparingTo("1.37");
		}

		@Test
		void refusesWordsAndKeepsBlankAbsent() {
			assertThat(ValueParser.percent(text("过半")).found()).isEqualTo("实际填写为「过半」");
			assertThat(ValueParser.percent(text("85个")).isInvalid()).isTrue();
			assertThat(ValueParser.percent(text(" ")).isBlank()).isTrue();
		}

	}

	@Nested
	class Dates {

		@ParameterizedTest
		@ValueSource(strings = { "2023年11月5日", "2023年11月5号", "2023 年 11 月 5 日", "2023.11.5", "2023/11/05",
				"2023-11-05", "20231105", "2023-11-05 00:00:00", "２０２３－１１－０５" })
		void readsDatesWrittenAsText(String text) {
			assertThat(ValueParser.date(text(text)).value()).isEqualTo(LocalDate.of(2023, 11, 5));
		}

		@Test
		void readsAMonthAloneAsItsFirstDay() {
			assertThat(ValueParser.date(text("2023年11月")).value()).isEqualTo(LocalDate.of(2023, 11, 1));
			assertThat(ValueParser.date(text("2023-11")).value()).isEqualTo(LocalDate.of(2023, 11, 1));
		}

		@Test
		void readsExcelSerialsInBothDateSystems() {
			assertThat(ValueParser.date(dateCell(45235, false)).value()).isEqualTo(LocalDate.of(2023, 11, 5));
			assertThat(ValueParser.date(dateCell(45235 - 1462, true)).value()).isEqualTo(LocalDate.of(2023, 11, 5));
		}

		@Test
		void countsThePhantomLeapDayOf1900InTheDateItNamesButTakesNoDateOf1900() {
			// Excel's serial 60 is 29 Feb 1900, a day that never was; serial 61 is 1 March 1900. No unit means a
			// date of 1900: it is a number (「9.5」) typed into a date cell
			assertThat(ValueParser.date(dateCell(59, false)).found()).contains("「1900-02-28」");
			assertThat(ValueParser.date(dateCell(61, false)).found()).contains("「1900-03-01」");
			assertThat(ValueParser.date(dateCell(9.5, false)).found())
				.isEqualTo("实际为「1900-01-09」（可能是把「9.5」这样的数字填进了日期格），请按 2023-11-05 的格式填写日期");
		}

		@Test
		void readsPlausibleSerialsAndEightDigitNumbersWithoutADateFormat() {
			assertThat(ValueParser.date(numeric(45235, "45235")).value()).isEqualTo(LocalDate.of(2023, 11, 5));
			assertThat(ValueParser.date(numeric(20231105, "20231105")).value()).isEqualTo(LocalDate.of(2023, 11, 5));
			assertThat(ValueParser.date(numeric(2023, "2023")).found()).isEqualTo("实际填写为「2023」");
		}

		@ParameterizedTest
		@ValueSource(strings = { "2023-02-30", "11月5日", "下旬", "2023年13月", "2023" })
		void refusesWhatIsNoDate(String text) {
			assertThat(ValueParser.date(text(text)).found()).isEqualTo("实际填写为「" + text + "」");
		}

		@Test
		void keepsBlankAbsent() {
			assertThat(ValueParser.date(text("")).isBlank()).isTrue();
		}

	}

	@Nested
	class YesNo {

		@ParameterizedTest
		@ValueSource(strings = { "是", "Y", "y", "yes", "√", "✓", "TRUE", " 是 " })
		void readsYes(String text) {
			assertThat(ValueParser.yesNo(text(text)).value()).isTrue();
		}

		@ParameterizedTest
		@ValueSource(strings = { "否", "N", "no", "×", "✗", "x", "FALSE" })
		void readsNo(String text) {
			assertThat(ValueParser.yesNo(text(text)).value()).isFalse();
		}

		@Test
		void readsNumericOneAndZeroAndRefusesOtherAnswers() {
			assertThat(ValueParser.yesNo(numeric(1, "1")).value()).isTrue();
			assertThat(ValueParser.yesNo(numeric(0, "0")).value()).isFalse();
			assertThat(ValueParser.yesNo(numeric(2, "2")).found()).isEqualTo("实际填写为「2」");
			assertThat(ValueParser.yesNo(text("部分")).found()).isEqualTo("实际填写为「部分」");
			assertThat(ValueParser.yesNo(text("")).isBlank()).isTrue();
		}

	}

	@Nested
	class Statuses {

		@ParameterizedTest(name = "{0} -> {1}")
		@CsvSource(delimiter = '|', value = { "未开工|NOT_STARTED", "在建|UNDER_CONSTRUCTION",
				"' 在建中 '|UNDER_CONSTRUCTION", "已完工|COMPLETED", "已完成|COMPLETED", "已验收|ACCEPTED",
				"已 完 工|COMPLETED" })
		void readsTheFourStatusesAndTheirVariants(String text, ProjectStatus expected) {
			assertThat(ValueParser.status(text(text)).value()).isEqualTo(expected);
		}

		@Test
		void refusesOtherWordsAndKeepsBlankAbsent() {
			assertThat(ValueParser.status(text("停工")).found()).isEqualTo("实际填写为「停工」");
			assertThat(ValueParser.status(text(" ")).isBlank()).isTrue();
		}

	}

	@Test
	void normalizesCodes() {
		assertThat(ValueParser.code(" s04－1 ")).isEqualTo("S04-1");
		assertThat(ValueParser.code("Ｃ０１—１")).isEqualTo("C01-1");
		assertThat(ValueParser.code(null)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "2023年11月", "2023年11月份", "2023-11", "2023.11", "2023/11", "2023年11月30日" })
	void readsReportingMonths(String text) {
		assertThat(ValueParser.yearMonth(text)).contains(YearMonth.of(2023, 11));
	}

	@Test
	void refusesAMonthWithoutYear() {
		assertThat(ValueParser.yearMonth("十一月")).isEmpty();
		assertThat(ValueParser.yearMonth("")).isEmpty();
	}

}
