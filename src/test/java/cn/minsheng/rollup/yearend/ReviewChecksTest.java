package cn.minsheng.rollup.yearend;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static cn.minsheng.rollup.yearend.YearFixture.BEDS;
import static cn.minsheng.rollup.yearend.YearFixture.CIVIL;
import static cn.minsheng.rollup.yearend.YearFixture.HOUSING;
import static cn.minsheng.rollup.yearend.YearFixture.PARKING;
import static cn.minsheng.rollup.yearend.YearFixture.ROADS;
import static cn.minsheng.rollup.yearend.YearFixture.finished;
import static cn.minsheng.rollup.yearend.YearFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewChecksTest {

	@Test
	void aConsistentYearHasNoFindings() {
		YearFixture fixture = new YearFixture();
		for (int m = 1; m <= 12; m++) {
			fixture.form(HOUSING, m, row(4, ROADS, m == 1 ? "1" : "0", "1", "10", "5"),
					row(5, PARKING, m == 1 ? "10" : "0", "10", "5", "5"));
			fixture.form(CIVIL, m, row(4, BEDS, m == 1 ? "4" : "0", "4", null, null));
		}

		assertThat(new ReviewChecks(fixture.year(), Map.of()).review()).isEmpty();
	}

	@Test
	void namesTheMonthFormAndCellOfEachInconsistency() {
		YearFixture fixture = new YearFixture();
		for (int m = 1; m <= 12; m++) {
			if (m == 7) {
				continue; // 县住建局 did not report July
			}
			String cumulative = m == 9 ? "3" : Integer.toString(m < 7 ? m : m - 1);
			String inPlace = m == 5 ? "2" : "10";
			fixture.form(HOUSING, m, row(4, ROADS, "1", cumulative, inPlace, "5"),
					row(5, PARKING, "0", "0", m == 12 ? "60" : "5", "5"));
		}
		fixture.form(CIVIL, 1, finished(4, BEDS, "40", "40", null, false));
		fixture.form(CIVIL, 2, YearFixture.acceptedOnlineInProgress(4, BEDS, "0", "40"));
		for (int m = 3; m <= 12; m++) {
			fixture.form(CIVIL, m, finished(4, BEDS, "0", "40", LocalDate.of(2023, 1, 20), true));
		}
		YearFigures year = fixture.year();
		long aprilForm = year.form(HOUSING, java.time.YearMonth.of(2023, 4)).orElseThrow().submissionId();

		List<ReviewLine> lines = new ReviewChecks(year, Map.of(aprilForm, Map.of(ROADS.code(), new BigDecimal("3"))))
			.review();

		assertThat(found(lines, ReviewCheck.MONTH_MISSING)).containsExactly("县住建局 7月 — 未报送");
		assertThat(found(lines, ReviewCheck.CUMULATIVE_DECREASE)).containsExactly("县住建局 9月 月报表!J4 S01-1");
		assertThat(found(lines, ReviewCheck.FUNDS_DECREASE)).containsExactly("县住建局 5月 月报表!M4 S01-1");
		assertThat(found(lines, ReviewCheck.FUNDS_OVER_PLAN)).containsExactly("县住建局 12月 月报表!M5 C01-1");
		assertThat(found(lines, ReviewCheck.LIST_TOTAL)).containsExactly("县住建局 4月 月报表!J4 S01-1");
		assertThat(found(lines, ReviewCheck.FINISHED_WITHOUT_DATE)).containsExactly("县民政局 1月 月报表!R4 S02-1");
		assertThat(found(lines, ReviewCheck.ACCEPTED_BEFORE_COMPLETION)).containsExactly("县民政局 2月 月报表!O4 S02-1");
		// 9月 jumps to 3 from 7 (本月 1), 10月 back to 9 from 3 (本月 1); July missing leaves August unchecked
		assertThat(found(lines, ReviewCheck.MONTH_DOES_NOT_ADD_UP)).containsExactly("县住建局 9月 月报表!I4 S01-1",
				"县住建局 10月 月报表!I4 S01-1");
	}

	private static List<String> found(List<ReviewLine> lines, ReviewCheck check) {
		return lines.stream()
			.filter((l) -> l.check() == check)
			.map((l) -> l.unit() + " " + l.month().getMonthValue() + "月 " + l.cell()
					+ (l.code() == null ? " " + l.file() : " " + l.code()))
			.toList();
	}

}
