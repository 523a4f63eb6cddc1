package cn.minsheng.rollup.dispatch;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class DispatchPropertiesTest {

	private static final DispatchProperties DEFAULTS = DispatchProperties.defaults();

	@Test
	void signsOnTheDayOfDraftingByDefault() {
		assertThat(DEFAULTS.signatureDate(YearMonth.of(2023, 11), LocalDate.of(2023, 12, 3)))
			.isEqualTo(LocalDate.of(2023, 12, 3));
	}

	@Test
	void signsOnTheGivenDayOfTheFollowingMonthCappedAtItsLastDay() {
		assertThat(withSignatureDate("5").signatureDate(YearMonth.of(2023, 12), LocalDate.of(2023, 12, 20)))
			.isEqualTo(LocalDate.of(2024, 1, 5));
		assertThat(withSignatureDate("31").signatureDate(YearMonth.of(2023, 1), LocalDate.of(2023, 2, 1)))
			.isEqualTo(LocalDate.of(2023, 2, 28));
	}

	@Test
	void refusesASignatureDateRuleItCannotFollowInChinese() {
		assertThatIllegalArgumentException().isThrownBy(() -> withSignatureDate("month-end"))
			.withMessageContaining("rollup.dispatch.signature-date 应为 today 或 1～31");
	}

	@Test
	void writesTheSerialAndTitleFromTheirPatterns() {
		assertThat(DEFAULTS.serial(2023, 3)).isEqualTo("督办〔2023〕第3号");
		assertThat(DEFAULTS.bulletinTitle("湘潭县")).isEqualTo("湘潭县重点民生实事工作情况通报");
	}

	@Test
	void refusesASerialWithoutItsNumberAndAFolderOutsideTheOutputFolder() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DispatchProperties(DEFAULTS.office(),
				DEFAULTS.addressee(), DEFAULTS.bulletinTitle(), "today", 7, 1, 1, "督办〔{year}〕", "dispatch", true))
			.withMessageContaining("{n}");
		assertThatIllegalArgumentException().isThrownBy(() -> new DispatchProperties(DEFAULTS.office(),
				DEFAULTS.addressee(), DEFAULTS.bulletinTitle(), "today", 7, 1, 1, DEFAULTS.letterSerial(), "../x", true))
			.withMessageContaining("rollup.dispatch.folder");
	}

	private static DispatchProperties withSignatureDate(String rule) {
		return new DispatchProperties(DEFAULTS.office(), DEFAULTS.addressee(), DEFAULTS.bulletinTitle(), rule, 7, 1, 1,
				DEFAULTS.letterSerial(), DEFAULTS.folder(), true);
	}

}
