package cn.minsheng.rollup.yearend;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import cn.minsheng.rollup.catalog.Level;

import static cn.minsheng.rollup.yearend.YearFixture.BEDS;
import static cn.minsheng.rollup.yearend.YearFixture.CIVIL;
import static cn.minsheng.rollup.yearend.YearFixture.HOUSING;
import static cn.minsheng.rollup.yearend.YearFixture.PARKING;
import static cn.minsheng.rollup.yearend.YearFixture.ROADS;
import static cn.minsheng.rollup.yearend.YearFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

class FundsStatisticsTest {

	@Test
	void takesDecembersFiguresAndCarriesTheLatestMonthForwardWhereDecemberIsMissing() {
		YearFigures year = new YearFixture()
			.form(HOUSING, 11, row(4, ROADS, "1", "8", "60", "40"), row(5, PARKING, "10", "150", "30", "20"))
			.form(HOUSING, 12, row(4, ROADS, "2", "10", "90", "80"), row(5, PARKING, "50", "200", "45", "45"))
			.form(CIVIL, 10, row(4, BEDS, "5", "40", "12", "10"))
			.year();

		FundsStatistics funds = FundsStatistics.of(year);

		FundsLine roads = funds.lines().get(0);
		assertThat(roads.funds().inPlace()).isEqualByComparingTo("90");
		assertThat(roads.origin()).isEqualTo("12月报表");
		assertThat(roads.source()).endsWith("M4、N4");
		FundsLine beds = funds.lines().get(1);
		assertThat(beds.origin()).isEqualTo("沿用10月数据");
		assertThat(beds.funds().spent()).isEqualByComparingTo("10");
		assertThat(beds.funds().planned()).isEqualByComparingTo("0");
		assertThat(funds.byLevel().get(Level.PROVINCIAL).inPlace()).isEqualByComparingTo("102");
		assertThat(funds.byLevel().get(Level.MUNICIPAL).inPlace()).isEqualByComparingTo("45");
		assertThat(funds.byUnit().get(HOUSING).spent()).isEqualByComparingTo("125");
		assertThat(funds.county().planned()).isEqualByComparingTo("150");
		assertThat(funds.county().inPlaceRate()).isEqualByComparingTo(new BigDecimal("0.98"));
	}

	@Test
	void anIndicatorNeverReportedCountsItsPlanAndNothingElse() {
		FundsStatistics funds = FundsStatistics.of(new YearFixture().year());

		assertThat(funds.lines()).allSatisfy((l) -> assertThat(l.origin()).isEqualTo("全年未报送"));
		assertThat(funds.county().planned()).isEqualByComparingTo("150");
		assertThat(funds.county().inPlace()).isEqualByComparingTo("0");
	}

}
