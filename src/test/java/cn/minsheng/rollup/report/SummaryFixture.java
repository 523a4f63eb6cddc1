package cn.minsheng.rollup.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogLoader;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Measure;
import cn.minsheng.rollup.validation.ReportedRow;

/**
 * A made-up reporting year on the real 2023 catalog of 39 indicators and 14 units, up to November: every class,
 * units on time, late, refused and silent, standards and a milestone, and form text that looks like formulas.
 */
final class SummaryFixture {

	static final YearMonth NOVEMBER = YearMonth.of(2023, 11);

	static final Set<String> LATE = Set.of("县医保局", "县发改局");

	/** Sent only refused files in November; accepted data until October. */
	static final String REJECTED = "县残联";

	/** Sent nothing in November; accepted data until October. */
	static final String SILENT_SINCE_OCTOBER = "县妇幼保健院";

	/** Never sent anything. */
	static final String NEVER = "县交通运输局";

	/** Text as units typed it, which a spreadsheet would take for formulas. */
	static final Map<String, String> FORMULA_LIKE_PROBLEMS = Map.of("S01-2", "=SUM(A1:A9)", "S02-1", "+86 电话催报",
			"S03-2", "-资金未到位", "S04-1", "@张三 负责");

	/** Standard values as reported: S06-2 stays below its 5500 target. */
	private static final Map<String, String> STANDARDS = Map.of("S06-1", "650", "S06-2", "5400", "S06-3", "1500");

	/** Share of the schedule each indicator keeps, by catalog position, cycled. */
	private static final double[] PACE = { 1.3, 1.07, 0.93, 0.8, 0.55, 0.25, 1.1, 0.97 };

	private SummaryFixture() {
	}

	static Catalog catalog() {
		try {
			Path csv = Path.of(SummaryFixture.class.getResource("/summary/2023-catalog.csv").toURI());
			return new CatalogLoader().load(csv, 2023);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static PeriodData november(Catalog catalog) {
		List<UnitRow> rows = new ArrayList<>();
		for (int month = 1; month <= 11; month++) {
			for (int n = 0; n < catalog.indicators().size(); n++) {
				Indicator i = catalog.indicators().get(n);
				if (reports(i.responsibleUnit(), month)) {
					rows.add(new UnitRow(YearMonth.of(2023, month), i.responsibleUnit(), row(i, n, month)));
				}
			}
		}
		List<UnitSubmission> submissions = new ArrayList<>();
		for (String unit : catalog.units()) {
			if (unit.equals(REJECTED)) {
				submissions.add(new UnitSubmission(unit, SubmissionStatus.REJECTED, "累计完成小于上月累计完成", "残联-11月.xlsx",
						null));
			}
			else if (reports(unit, 11)) {
				submissions.add(new UnitSubmission(unit, LATE.contains(unit) ? SubmissionStatus.LATE
						: SubmissionStatus.ON_TIME, null, unit + "-2023年11月.xlsx", unit.equals("县人社局") ? 2 : 1));
			}
		}
		List<QualityWarning> warnings = List.of(new QualityWarning("县民政局", "W105", "月报表", "K12", "本月完成为0"),
				new QualityWarning("县人社局", "W201", "月报表", "J8", "=完成率与累计完成不一致"),
				new QualityWarning("县人社局", "W105", "项目分布清单", "C3", "乡镇名称不在名单中"));
		return new PeriodData(NOVEMBER, submissions, rows, warnings);
	}

	static boolean reports(String unit, int month) {
		if (unit.equals(NEVER)) {
			return false;
		}
		return month < 11 || !(unit.equals(REJECTED) || unit.equals(SILENT_SINCE_OCTOBER));
	}

	private static ReportedRow row(Indicator i, int n, int month) {
		BigDecimal cumulative = switch (i.measure()) {
			case STANDARD -> new BigDecimal(STANDARDS.getOrDefault(i.code(), "0"));
			case MILESTONE -> BigDecimal.ZERO;
			case CUMULATIVE -> BigDecimal.valueOf(Math.min(1.25, PACE[n % PACE.length] * month / i.dueMonth()))
				.multiply(i.annualTarget())
				.setScale(2, RoundingMode.HALF_UP);
		};
		BigDecimal planned = i.plannedFundsWan();
		BigDecimal inPlace = planned == null ? null : scaled(planned, 0.8 * month / 12);
		BigDecimal spent = planned == null ? null : scaled(planned, 0.6 * month / 12);
		boolean done = i.measure() == Measure.CUMULATIVE && cumulative.compareTo(i.annualTarget()) >= 0;
		String problems = month == 11 ? FORMULA_LIKE_PROBLEMS.getOrDefault(i.code(), n % 5 == 0 ? "进度偏慢" : null)
				: null;
		return new ReportedRow(7 + n, i.code(), null, cumulative, null, done ? "已完工" : "在建", inPlace, spent, done,
				done && i.code().endsWith("-1"), null, null, problems, problems == null ? null : "加强调度", null);
	}

	private static BigDecimal scaled(BigDecimal amount, double share) {
		return amount.multiply(BigDecimal.valueOf(share)).setScale(4, RoundingMode.HALF_UP);
	}

}
