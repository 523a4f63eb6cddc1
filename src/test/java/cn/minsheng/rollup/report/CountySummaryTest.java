package cn.minsheng.rollup.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Kind;
import cn.minsheng.rollup.catalog.Level;
import cn.minsheng.rollup.catalog.Measure;
import cn.minsheng.rollup.progress.ProgressClass;
import cn.minsheng.rollup.progress.ProgressThresholds;
import cn.minsheng.rollup.validation.ReportedRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * A hand-made year: four units, six indicators, summarized for July 2023 (序时进度 7/12 for items due in December).
 */
class CountySummaryTest {

	static final YearMonth JULY = YearMonth.of(2023, 7);

	static final Catalog CATALOG = new Catalog(2023, List.of(
			indicator("S01-1", Level.PROVINCIAL, "S01", "就业", Measure.CUMULATIVE, "100", "U1", "100", 12),
			indicator("S01-2", Level.PROVINCIAL, "S01", "就业", Measure.CUMULATIVE, "200", "U1", null, 6),
			indicator("S02-1", Level.PROVINCIAL, "S02", "救助", Measure.STANDARD, "650", "U2", null, 6),
			indicator("C01-1", Level.MUNICIPAL, "C01", "停车", Measure.CUMULATIVE, "10", "U2", "50", 12),
			indicator("C02-1", Level.MUNICIPAL, "C02", "学校", Measure.MILESTONE, "1", "U3", "300", 9),
			indicator("C03-1", Level.MUNICIPAL, "C03", "工位", Measure.CUMULATIVE, "40", "U4", null, 12)));

	private final CountySummary summary = CountySummary.of(CATALOG, julyData(), ProgressThresholds.defaults());

	static Indicator indicator(String code, Level level, String categoryNo, String category, Measure measure,
			String target, String unit, String funds, int due) {
		return new Indicator(code, level, categoryNo, category, code + "指标", Kind.INDICATOR, measure, "个",
				new BigDecimal(target), unit, funds == null ? null : new BigDecimal(funds), due, false);
	}

	static ReportedRow row(String code, String cumulative) {
		return row(code, cumulative, null, null, null, null, null, null);
	}

	static ReportedRow row(String code, String cumulative, String inPlace, String spent, Boolean online,
			Boolean offline, String problems, String nextSteps) {
		return new ReportedRow(7, code, null, cumulative == null ? null : new BigDecimal(cumulative), null, "在建",
				inPlace == null ? null : new BigDecimal(inPlace), spent == null ? null : new BigDecimal(spent), online,
				offline, null, null, problems, nextSteps, null);
	}

	static UnitRow at(int month, String unit, ReportedRow row) {
		return new UnitRow(YearMonth.of(2023, month), unit, row);
	}

	static PeriodData julyData() {
		List<UnitRow> rows = new ArrayList<>(List.of(
				at(5, "U1", row("S01-2", "90")),
				at(6, "U1", row("S01-1", "50", null, "30", null, null, null, null)),
				at(6, "U1", row("S01-2", "100")),
				at(6, "U2", row("S02-1", "640")),
				at(6, "U2", row("C01-1", "2", null, "0", null, null, null, null)),
				at(6, "U3", row("C02-1", "0")),
				at(7, "U1", row("S01-1", "70", "60", "40", true, null, null, null)),
				at(7, "U1", row("S01-2", "150", "10", "5", null, null, "征地未完成", "=加快协调")),
				// U1 wrote a figure for an indicator of U2: it must not count
				at(7, "U1", row("C01-1", "10")),
				at(7, "U2", row("S02-1", "650", null, null, true, true, null, null)),
				at(7, "U2", row("C01-1", "2", "20", "10", null, null, "", "下月开工"))));
		List<UnitSubmission> submissions = List.of(
				new UnitSubmission("U1", SubmissionStatus.ON_TIME, null, "u1.xlsx", 2),
				new UnitSubmission("U2", SubmissionStatus.LATE, null, "u2.xlsx", 1),
				new UnitSubmission("U3", SubmissionStatus.REJECTED, "表头被修改", "u3.xlsx", null));
		List<QualityWarning> warnings = List.of(new QualityWarning("U2", "V301", "月报表", "J10", "w4"),
				new QualityWarning("U1", "V302", "月报表", "J7", "w3"),
				new QualityWarning("U1", "V301", "月报表", "J10", "w2"),
				new QualityWarning("U1", "V301", "月报表", "B7", "w1"));
		return new PeriodData(JULY, submissions, rows, warnings);
	}

	private IndicatorLine line(String code) {
		return summary.indicatorLines().stream().filter((l) -> l.indicator().code().equals(code)).findFirst()
			.orElseThrow();
	}

	@Nested
	class IndicatorLines {

		@Test
		void judgeEachIndicatorOnItsResponsibleUnitsFigure() {
			assertThat(line("S01-1").progress().progress()).isEqualByComparingTo("0.7");
			assertThat(line("S01-1").progress().schedule().doubleValue()).isCloseTo(7.0 / 12, within(1e-9));
			assertThat(line("S01-1").progress().gapPoints().doubleValue()).isCloseTo(70 - 700.0 / 12, within(1e-6));
			assertThat(line("S01-1").progress().progressClass()).isEqualTo(ProgressClass.AHEAD);
			assertThat(line("S01-2").progress().progressClass()).isEqualTo(ProgressClass.BEHIND);
			assertThat(line("S02-1").progress().progressClass()).isEqualTo(ProgressClass.COMPLETED);
			// 2 of 10 against 7/12, the figure 10 written by U1 ignored
			assertThat(line("C01-1").progress().progress()).isEqualByComparingTo("0.2");
			assertThat(line("C01-1").progress().progressClass()).isEqualTo(ProgressClass.SERIOUSLY_BEHIND);
		}

		@Test
		void carryTheFileAndVersionTheFigureCameFrom() {
			assertThat(line("S01-1").sourceFile()).isEqualTo("u1.xlsx");
			assertThat(line("S01-1").version()).isEqualTo(2);
			assertThat(line("C01-1").sourceFile()).isEqualTo("u2.xlsx");
		}

		@Test
		void judgeAnIndicatorWithoutAFigureThisMonthOnItsLatestEarlierFigure() {
			IndicatorLine rejected = line("C02-1");
			IndicatorLine neverSent = line("C03-1");

			// U3's July form was refused: its June figure (0, milestone due in September) carries forward
			assertThat(rejected.carried()).isTrue();
			assertThat(rejected.progress().progress()).isEqualByComparingTo("0");
			assertThat(rejected.progress().progressClass()).isEqualTo(ProgressClass.ON_SCHEDULE);
			assertThat(rejected.sourceFile()).isNull();
			assertThat(rejected.lastReportedMonth()).isEqualTo(YearMonth.of(2023, 6));
			assertThat(rejected.lastReportedValue()).isEqualByComparingTo("0");
			assertThat(neverSent.carried()).isFalse();
			assertThat(neverSent.progress().progressClass()).isEqualTo(ProgressClass.NOT_REPORTED);
			assertThat(neverSent.lastReportedMonth()).isNull();
		}

		@Test
		void countAnIndicatorWithoutAFigureThisMonthAsNotReportedWhenCarryForwardIsOff() {
			CountySummary strict = CountySummary.of(CATALOG, julyData(), ProgressThresholds.defaults(), false);
			IndicatorLine rejected = strict.indicatorLines().get(4);

			assertThat(rejected.indicator().code()).isEqualTo("C02-1");
			assertThat(rejected.carried()).isFalse();
			assertThat(rejected.progress().progressClass()).isEqualTo(ProgressClass.NOT_REPORTED);
			assertThat(rejected.lastReportedMonth()).isEqualTo(YearMonth.of(2023, 6));
			assertThat(strict.overview().county().tally().count(ProgressClass.NOT_REPORTED)).isEqualTo(2);
			assertThat(strict.overview().county().carried()).isZero();
		}

	}

	@Nested
	class OverviewFigures {

		@Test
		void countsTheCountyByClassWithCarriedFiguresAndAveragesCappedProgressWithNoFigureAsZero() {
			ScopeFigures county = summary.overview().county();

			assertThat(county.tally().indicators()).isEqualTo(6);
			assertThat(county.tally().count(ProgressClass.COMPLETED)).isEqualTo(1);
			assertThat(county.tally().count(ProgressClass.AHEAD)).isEqualTo(1);
			// C02-1, a September milestone carried from June, is on schedule in July
			assertThat(county.tally().count(ProgressClass.ON_SCHEDULE)).isEqualTo(1);
			assertThat(county.tally().count(ProgressClass.BEHIND)).isEqualTo(1);
			assertThat(county.tally().count(ProgressClass.SERIOUSLY_BEHIND)).isEqualTo(1);
			assertThat(county.tally().count(ProgressClass.NOT_REPORTED)).isEqualTo(1);
			assertThat(county.carried()).isEqualTo(1);
			assertThat(county.tally().completionShare().doubleValue()).isCloseTo(1.0 / 6, within(1e-9));
			assertThat(county.tally().meanProgress().doubleValue())
				.isCloseTo((0.7 + 0.75 + 1 + 0.2 + 0 + 0) / 6, within(1e-9));
		}

		@Test
		void splitsTheFiguresByLevel() {
			assertThat(summary.overview().levels()).extracting(ScopeFigures::label)
				.containsExactly("省重点民生实事", "市重点民生实事");
			ScopeFigures municipal = summary.overview().levels().get(1);
			assertThat(municipal.tally().indicators()).isEqualTo(3);
			assertThat(municipal.tally().meanProgress().doubleValue()).isCloseTo(0.2 / 3, within(1e-9));
		}

		@Test
		void sumsFundsAndRatesAgainstThePlan() {
			Funds funds = summary.overview().county().funds();

			assertThat(funds.planned()).isEqualByComparingTo("450");
			assertThat(funds.inPlace()).isEqualByComparingTo("90");
			assertThat(funds.spent()).isEqualByComparingTo("55");
			assertThat(funds.inPlaceRate().doubleValue()).isCloseTo(0.2, within(1e-9));
			assertThat(funds.spentRate().doubleValue()).isCloseTo(55.0 / 450, within(1e-9));
		}

		@Test
		void countsAcceptedIndicatorsAgainstAllIndicators() {
			Acceptance acceptance = summary.overview().county().acceptance();

			assertThat(acceptance.online()).isEqualTo(2);
			assertThat(acceptance.offline()).isEqualTo(1);
			assertThat(acceptance.onlineRate().doubleValue()).isCloseTo(2.0 / 6, within(1e-9));
		}

		@Test
		void countsEveryUnitOfTheCatalogOnceIncludingThoseThatSentNothing() {
			assertThat(summary.overview().units()).isEqualTo(new Overview.UnitCounts(4, 1, 1,
					1, 1));
		}

		@Test
		void judgesDoubleHalfOnJuneFigures() {
			var doubleHalf = summary.overview().doubleHalf();

			// June: 0.5 + 0.5 + 0 (650 not met) + 0.2 + 0 + 0 over 6; spent 30 + 0 of 450 planned
			assertThat(doubleHalf.due()).isTrue();
			assertThat(doubleHalf.progress().doubleValue()).isCloseTo(1.2 / 6, within(1e-9));
			assertThat(doubleHalf.investmentRate().doubleValue()).isCloseTo(30.0 / 450, within(1e-9));
			assertThat(doubleHalf.reached()).isFalse();
		}

		@Test
		void saysJuneWasNotReportedRatherThanZeroWhenJuneHasNoData() {
			List<UnitRow> withoutJune = julyData().rows().stream().filter((r) -> r.month().getMonthValue() != 6)
				.toList();
			PeriodData july = new PeriodData(JULY, julyData().submissions(), withoutJune, List.of());

			var doubleHalf = CountySummary.of(CATALOG, july, ProgressThresholds.defaults()).overview().doubleHalf();

			assertThat(doubleHalf.due()).isTrue();
			assertThat(doubleHalf.juneReported()).isFalse();
			assertThat(doubleHalf.progress()).isNull();
			assertThat(doubleHalf.investmentRate()).isNull();
			assertThat(doubleHalf.reached()).isFalse();
			assertThat(doubleHalf.verdict()).isEqualTo("6月数据未报送");
		}

		@Test
		void leavesDoubleHalfOpenBeforeJune() {
			PeriodData may = new PeriodData(YearMonth.of(2023, 5), List.of(), List.of(), List.of());

			var doubleHalf = CountySummary.of(CATALOG, may, ProgressThresholds.defaults()).overview().doubleHalf();

			assertThat(doubleHalf.due()).isFalse();
			assertThat(doubleHalf.reached()).isFalse();
		}

	}

	@Test
	void groupsDetailsByLevelAndCategoryWithSubtotalsForMultiItemCategoriesOnly() {
		List<String> labels = summary.details().stream()
			.map((d) -> d instanceof IndicatorLine i ? i.indicator().code() : ((SubtotalLine) d).figures().label())
			.toList();

		assertThat(labels).containsExactly("S01-1", "S01-2", "S01 就业 小计", "S02-1", "省重点民生实事 合计", "C01-1",
				"C02-1", "C03-1", "市重点民生实事 合计", "全县 总计");
		SubtotalLine s01 = (SubtotalLine) summary.details().get(2);
		assertThat(s01.scope()).isEqualTo(SubtotalLine.Scope.CATEGORY);
		assertThat(s01.figures().tally().meanProgress().doubleValue()).isCloseTo((0.7 + 0.75) / 2, within(1e-9));
		assertThat(s01.figures().funds().planned()).isEqualByComparingTo("100");
	}

	@Test
	void ranksUnitsByCompletedShareThenMeanProgressAndLeavesAUnitWithoutAnyFigureUnranked() {
		assertThat(summary.units()).extracting(UnitLine::unit).containsExactly("U2", "U1", "U3", "U4");
		// U3 ranks on its carried June figure; U4 never sent anything: not ranked, rather than last at 0%
		assertThat(summary.units()).extracting(UnitLine::rank).containsExactly(1, 2, 3, null);
		assertThat(summary.units().get(3).ranked()).isFalse();
		UnitLine u2 = summary.units().get(0);
		assertThat(u2.submission().status()).isEqualTo(SubmissionStatus.LATE);
		assertThat(u2.owned()).isEqualTo(2);
		assertThat(u2.completed()).isEqualTo(1);
		assertThat(u2.lagging()).isEqualTo(1);
		UnitLine u3 = summary.units().get(2);
		assertThat(u3.submission().reason()).isEqualTo("表头被修改");
		assertThat(u3.notReported()).isEqualTo(1);
		assertThat(u3.carried()).isEqualTo(1);
		assertThat(summary.units().get(3).submission().status()).isEqualTo(SubmissionStatus.NOT_SUBMITTED);
	}

	@Nested
	class Lagging {

		@Test
		void listsRedFirstWithMonthsInARowBehindAndTheLetterThatIsDue() {
			assertThat(summary.lagging()).extracting((l) -> l.line().indicator().code())
				.containsExactly("C01-1", "S01-2");
			LaggingLine red = summary.lagging().get(0);
			LaggingLine yellow = summary.lagging().get(1);
			// C01-1: red in July, exactly 30 points behind (yellow) in June, nothing in May
			assertThat(red.monthsBehind()).isEqualTo(2);
			assertThat(red.supervisionLetter()).isTrue();
			assertThat(red.action()).isEqualTo(LaggingList.LETTER_RED);
			// S01-2: yellow in July after red in June and May
			assertThat(yellow.monthsBehind()).isEqualTo(3);
			assertThat(yellow.supervisionLetter()).isTrue();
			assertThat(yellow.action()).isEqualTo(LaggingList.LETTER_REPEATED);
		}

		@Test
		void drawsNoLetterForAMilestoneNotReachedBeforeItsDueMonthAndARedOneFromIt() {
			// C02-1: a milestone due in September, still 0 (not started)
			YearMonth may = YearMonth.of(2023, 5);
			YearMonth september = YearMonth.of(2023, 9);
			PeriodData inMay = new PeriodData(may, List.of(), List.of(at(5, "U3", row("C02-1", "0"))), List.of());
			PeriodData inSeptember = new PeriodData(september, List.of(),
					List.of(at(5, "U3", row("C02-1", "0")), at(9, "U3", row("C02-1", "0"))), List.of());

			CountySummary mayFigures = CountySummary.of(CATALOG, inMay, ProgressThresholds.defaults());
			CountySummary septemberFigures = CountySummary.of(CATALOG, inSeptember, ProgressThresholds.defaults());

			assertThat(mayFigures.indicatorLines().get(4).progress().progressClass())
				.isEqualTo(ProgressClass.ON_SCHEDULE);
			assertThat(mayFigures.lagging()).isEmpty();
			assertThat(septemberFigures.lagging()).singleElement().satisfies((l) -> {
				assertThat(l.line().indicator().code()).isEqualTo("C02-1");
				assertThat(l.line().progress().schedule()).isEqualByComparingTo("1");
				assertThat(l.action()).isEqualTo(LaggingList.LETTER_RED);
				// on schedule in August (carried from May): September is its first month behind
				assertThat(l.monthsBehind()).isEqualTo(1);
			});
		}

		@Test
		void remindsRatherThanWritesForAFirstYellowMonth() {
			PeriodData data = new PeriodData(JULY, List.of(), List.of(at(7, "U1", row("S01-2", "150"))), List.of());

			List<LaggingLine> lagging = CountySummary.of(CATALOG, data, ProgressThresholds.defaults()).lagging();

			assertThat(lagging).singleElement().satisfies((l) -> {
				assertThat(l.monthsBehind()).isEqualTo(1);
				assertThat(l.supervisionLetter()).isFalse();
				assertThat(l.action()).isEqualTo(LaggingList.REMINDER);
			});
		}

	}

	@Test
	void collectsReportedProblemsByUnitAsWritten() {
		assertThat(summary.problems()).containsExactly(new ProblemLine("U1", line("S01-2").indicator(), "征地未完成",
				"=加快协调"), new ProblemLine("U2", line("C01-1").indicator(), "", "下月开工"));
	}

	@Test
	void ordersWarningsByUnitRuleAndCellAsAPersonReadsThem() {
		assertThat(summary.warnings()).extracting(QualityWarning::message).containsExactly("w1", "w2", "w3", "w4");
	}

	@Test
	void tracesMeanProgressMonthByMonthForCountyLevelsAndUnits() {
		Trend trend = summary.trend();

		assertThat(trend.months()).hasSize(7).first().isEqualTo(YearMonth.of(2023, 1));
		assertThat(trend.series()).extracting(Trend.Series::label)
			.containsExactly("全县", "省重点民生实事", "市重点民生实事", "U1", "U2", "U3", "U4");
		List<BigDecimal> county = trend.series().get(0).values();
		// nothing was reported before May: no value, rather than a line at 0%
		assertThat(county.subList(0, 4)).containsOnlyNulls();
		// U4 never reported: its series is empty throughout
		assertThat(trend.series().get(6).values()).containsOnlyNulls();
		assertThat(county.get(4).doubleValue()).isCloseTo(0.45 / 6, within(1e-9));
		assertThat(county.get(5).doubleValue()).isCloseTo(1.2 / 6, within(1e-9));
		assertThat(county.get(6).doubleValue()).isCloseTo(2.65 / 6, within(1e-9));
		assertThat(trend.series().get(3).values().get(6).doubleValue()).isCloseTo(0.725, within(1e-9));
	}

	@Test
	void refusesAPeriodOutsideTheCatalogYear() {
		PeriodData nextYear = new PeriodData(YearMonth.of(2024, 1), List.of(), List.of(), List.of());

		assertThatIllegalArgumentException()
			.isThrownBy(() -> CountySummary.of(CATALOG, nextYear, ProgressThresholds.defaults()))
			.withMessageContaining("不在项目清单年度 2023 内");
	}

}
