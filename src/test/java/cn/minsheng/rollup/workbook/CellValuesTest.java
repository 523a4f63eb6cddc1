package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.junit.jupiter.api.Test;

/**
 * How a number shows in a cell of the General format: the shortcut for whole numbers must print exactly what POI's
 * formatter prints, so that a message quotes the figure the unit typed.
 */
class CellValuesTest {

	private final CellValues values = new CellValues(false);

	private final DataFormatter formatter = CellValues.newFormatter();

	@Test
	void showsGeneralNumbersExactlyAsPoisFormatterDoes() {
		List<Double> numbers = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 7.0, 120.0, 2023.0, 45255.0, 9_999_999_999.0,
				10_000_000_000.0, -9_999_999_999.0, 99_999_999_999.0, 123_456_789_012.0, 1e15, 0.5, 0.1, -35.25,
				1.0 / 3, 12.5, 1e-11, 4503599627370497.0));
		for (long n = -3000; n <= 3000; n += 7) {
			numbers.add((double) n);
			numbers.add(n * 1_000_003.0);
		}

		for (double number : numbers) {
			FieldValue shown = this.values.number(4, 2, number, this.values.shownFormat(0, "General"));

			assertThat(shown.text()).as("General %s", number)
				.isEqualTo(this.formatter.formatRawCellContents(number, 0, "General"));
			assertThat(shown.number()).isEqualTo(number);
		}
	}

	@Test
	void showsEveryNumberOfAListAsTheFormatterDoesThoughTextsAreKept() {
		CellValues.ShownFormat date = this.values.shownFormat(14, "m/d/yy");
		CellValues.ShownFormat chineseDate = this.values.shownFormat(176, "yyyy\"年\"m\"月\"d\"日\"");
		CellValues.ShownFormat twoDecimals = this.values.shownFormat(2, "0.00");
		java.util.Random random = new java.util.Random(19);
		for (int i = 0; i < 50_000; i++) {
			double number = random.nextBoolean() ? 44_927 + random.nextInt(3000) : random.nextInt(4000) / 8.0 - 100;
			number = random.nextInt(50) == 0 ? -0.0 : number;
			for (CellValues.ShownFormat format : List.of(date, chineseDate, twoDecimals)) {
				FieldValue shown = this.values.number(i, 4, "E" + (i + 1), number, format);

				assertThat(shown.text()).as("%s in %s", number, format.pattern())
					.isEqualTo(this.formatter.formatRawCellContents(number, format.index(), format.pattern(), false));
			}
		}
	}

	@Test
	void showsTheBuiltInShortDateAsChineseExcelDoes() {
		FieldValue shown = this.values.number(0, 0, 45255, this.values.shownFormat(14, "m/d/yy"));

		assertThat(shown.dateFormatted()).isTrue();
		assertThat(shown.text()).isEqualTo("2023/11/25");
	}

	@Test
	void leavesADateIndexToTheFormatterEvenWithTheGeneralPattern() {
		CellValues.ShownFormat odd = this.values.shownFormat(14, "General");

		FieldValue shown = this.values.number(0, 0, 45255, odd);

		assertThat(odd.general()).isFalse();
		assertThat(shown.dateFormatted()).isTrue();
		// POI's formatter cannot show a date as General: the plain number is shown instead of failing the file
		assertThat(shown.text()).isEqualTo("45255");
	}

	@Test
	void namesCellsByColumnLettersAndRowNumber() {
		assertThat(CellValues.ref(0, 0)).isEqualTo("A1");
		assertThat(CellValues.ref(6, 9)).isEqualTo("J7");
		assertThat(CellValues.ref(999_999, 27)).isEqualTo("AB1000000");
		assertThat(CellValues.ref(0, 702)).isEqualTo("AAA1");
	}

	@Test
	void readsPlainCellReferencesAndLeavesOthersToPoi() {
		assertThat(XlsxColumns.plainColumn("A1")).isZero();
		assertThat(XlsxColumns.plainColumn("XFD1048576")).isEqualTo(16_383);
		assertThat(XlsxColumns.plainColumn("$A$1")).isEqualTo(-1);
		assertThat(XlsxColumns.plainColumn("a1")).isEqualTo(-1);
		assertThat(XlsxColumns.plainColumn("A")).isEqualTo(-1);
		assertThat(XlsxColumns.plainColumn("A12345678901")).isEqualTo(-1);
	}

}
