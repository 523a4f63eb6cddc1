package cn.minsheng.rollup.intake;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.minsheng.rollup.validation.ReportedRow;

import static org.assertj.core.api.Assertions.assertThat;

class CorrectionTest {

	private static ReportedRow row(String code, String month, String cumulative, String status, String funds) {
		return new ReportedRow(4, code, new BigDecimal(month), new BigDecimal(cumulative), null, status,
				funds == null ? null : new BigDecimal(funds), null, null, null, null, null, "问题", null, null);
	}

	@Test
	void namesEachChangedFigureWithItsOldAndNewValue() {
		Map<String, ReportedRow> before = Map.of("S01-1", row("S01-1", "10", "120", "在建", null), "S01-2",
				row("S01-2", "5", "50.0", "在建", "30"));
		List<ReportedRow> after = List.of(row("S01-1", "20", "130", "已完工", null),
				row("S01-2", "5", "50", "在建", "35.5"));

		Correction correction = Correction.between(YearMonth.of(2023, 10), before, after);

		assertThat(correction.describe()).isEqualTo("更正了 2023年10月 的数据：S01-1 本月完成 10 → 20，S01-1 累计完成 120 → 130，"
				+ "S01-1 项目状态 在建 → 已完工，S01-2 累计到位资金 30 → 35.5");
	}

	@Test
	void sameFiguresWrittenDifferentlyAndChangedTextAreNoCorrection() {
		Map<String, ReportedRow> before = Map.of("S01-1", row("S01-1", "10", "120.00", "在建", null));
		List<ReportedRow> after = List.of(new ReportedRow(9, "S01-1", new BigDecimal("10.0"), new BigDecimal("120"),
				null, "在建", null, null, null, null, null, null, "另写的问题", "措施", null));

		assertThat(Correction.between(YearMonth.of(2023, 10), before, after).changesAnything()).isFalse();
	}

	@Test
	void saysWhichRowsCameOrWent() {
		Map<String, ReportedRow> before = Map.of("S01-1", row("S01-1", "1", "1", "在建", null));
		List<ReportedRow> after = List.of(row("S01-2", "1", "1", "在建", null));

		assertThat(Correction.between(YearMonth.of(2023, 3), before, after).changes()).containsExactly("S01-2 新增",
				"S01-1 删去");
	}

}
