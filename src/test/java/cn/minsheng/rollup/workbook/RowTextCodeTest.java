package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Which cell texts count as an indicator code: the hand-written check must say exactly what the pattern of the code
 * said on the compacted text, for codes as units type them and for everything else a code column may hold.
 */
class RowTextCodeTest {

	/** The definition the check was written from, applied as it was: to the compacted text. */
	private static final Pattern CODE = Pattern.compile("[A-Za-z]{1,3}\\d{1,4}(?:[-_.·—–]\\d{1,4}){0,2}");

	/** Letters, digits, separators, what compacting drops or turns half-width, and what no code holds. */
	private static final String ALPHABET = "SJCszAZaz09150-_.·—–ＳｊＣ０１９－＿．　 \u00a0\t\n*＊+/,，、号项目编码二〇ℌ٣\uFF5E\uFF00";

	private static boolean byPattern(String text) {
		return CODE.matcher(RowText.compact(text)).matches();
	}

	private static boolean byCheck(String text) {
		return RowText.isCodeLike(new FieldValue("A1", text, null, false, false));
	}

	@Test
	void takesTheCodesUnitsTypeAndNothingElse() {
		List<String> codes = List.of("S01-1", "s01-1", "J02-3", "C07", "ABC1234-5678_9", "Ｓ０１－１", " S01 - 1 ", "S01·1",
				"S01—1", "S01–1", "S0１.2.3", "S*01-1", "S01\u3000-1", "ab1_2");
		List<String> notCodes = List.of("", " ", "S", "S-1", "01-1", "ABCD1", "S12345", "S01-", "S01--1", "S01-1-2-3",
				"S01-12345", "项目编码", "S01-1号", "合计", "S01/1", "S01-a", "٣S01", "S01-1.", "-S01", "S٣");

		assertThat(codes).allMatch(RowTextCodeTest::byCheck).allMatch(RowTextCodeTest::byPattern);
		assertThat(notCodes).noneMatch(RowTextCodeTest::byCheck).noneMatch(RowTextCodeTest::byPattern);
	}

	@Test
	void agreesWithThePatternOnEveryTextTried() {
		Random random = new Random(19);
		int codes = 0;
		for (int i = 0; i < 300_000; i++) {
			String text = randomText(random);
			boolean expected = byPattern(text);
			assertThat(byCheck(text)).as("«%s»", text).isEqualTo(expected);
			codes += expected ? 1 : 0;
		}
		assertThat(codes).as("codes among the texts tried").isGreaterThan(1_000);
	}

	@Test
	void neverTakesANumberCellForACode() {
		assertThat(RowText.isCodeLike(new FieldValue("A1", "S01-1", 1.0, false, false))).isFalse();
		assertThat(RowText.isCodeLike(null)).isFalse();
	}

	/** Mostly code-shaped texts with a character changed, dropped or added, so that both answers are common. */
	private static String randomText(Random random) {
		StringBuilder text = new StringBuilder();
		if (random.nextInt(3) > 0) {
			text.append("SJC".charAt(random.nextInt(3)));
			text.append(random.nextInt(4) == 0 ? "" : String.valueOf(random.nextInt(1000)));
			for (int groups = random.nextInt(4); groups > 0; groups--) {
				text.append("-_.·—–".charAt(random.nextInt(6))).append(random.nextInt(100_000));
			}
		}
		for (int edits = random.nextInt(4); edits > 0; edits--) {
			char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
			int at = random.nextInt(text.length() + 1);
			if (random.nextBoolean() || text.isEmpty()) {
				text.insert(at, c);
			}
			else {
				text.setCharAt(Math.min(at, text.length() - 1), c);
			}
		}
		return text.toString();
	}

}
