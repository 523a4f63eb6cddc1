package cn.minsheng.rollup.dispatch;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogLoader;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Measure;
import cn.minsheng.rollup.progress.ProgressThresholds;
import cn.minsheng.rollup.report.CountySummary;
import cn.minsheng.rollup.report.PeriodData;
import cn.minsheng.rollup.report.SubmissionStatus;
import cn.minsheng.rollup.report.UnitRow;
import cn.minsheng.rollup.report.UnitSubmission;
import cn.minsheng.rollup.validation.ReportedRow;

/**
 * A reporting year on the real 2023 catalog in which every indicator keeps exactly to its schedule (so it completes
 * in its due month) except a few, chosen for the dispatch:
 * <ul>
 * <li>S01-1 (县人社局) runs ahead and completes in November, before its due month;</li>
 * <li>S01-2 (县人社局) and S07-1 (县住建局) are red in November: letters;</li>
 * <li>S01-3 (县人社局) is yellow in October and November: a letter for lagging two months running;</li>
 * <li>S03-2 (县卫健局) is yellow in November only: a reminder, no letter.</li>
 * </ul>
 * In November 县妇幼保健院 sends nothing, 县残联 only a refused file, 县医保局 and 县发改局 report late; 县交通运输局
 * never reports.
 */
final class DispatchFixture {

	static final YearMonth NOVEMBER = YearMonth.of(2023, 11);

	static final String NEVER = "县交通运输局";

	static final String SILENT = "县妇幼保健院";

	static final String REJECTED = "县残联";

	static final String REJECTION_REASON = "累计完成小于上月累计完成";

	static final Set<String> LATE = Set.of("县医保局", "县发改局");

	/** S07-1's problem as typed, beginning like a formula. */
	static final String S07_1_PROBLEM = "=拆迁协调难度大";

	private final Catalog catalog = catalog();

	/** Share of the target reached by month, per special indicator; the others keep to month ÷ due month. */
	private final Map<String, IntFunction<Double>> special = new HashMap<>(Map.of(
			"S01-1", (m) -> Math.min(1.0, m / 11.0),
			"S01-2", (m) -> m / 12.0 * 0.55,
			"S01-3", (m) -> m <= 9 ? m / 12.0 - 0.08 : m / 12.0 - 0.15,
			"S03-2", (m) -> m <= 10 ? m / 12.0 * 0.93 : m / 12.0 - 0.12,
			"S07-1", (m) -> 0.45 * m / 11.0));

	static Catalog catalog() {
		try {
			Path csv = Path.of(DispatchFixture.class.getResource("/summary/2023-catalog.csv").toURI());
			return new CatalogLoader().load(csv, 2023);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	Catalog theCatalog() {
		return this.catalog;
	}

	/** Overrides the share of the target an indicator reached by month. */
	DispatchFixture pace(String code, IntFunction<Double> share) {
		this.special.put(code, share);
		return this;
	}

	CountySummary summary(YearMonth period) {
		return CountySummary.of(this.catalog, data(period), ProgressThresholds.defaults());
	}

	/** What the ledger would hold for the summary of {@code period}. */
	PeriodData data(YearMonth period) {
		List<UnitRow> rows = new ArrayList<>();
		for (int month = 1; month <= period.getMonthValue(); month++) {
			boolean last = month == period.getMonthValue();
			for (int n = 0; n < this.catalog.indicators().size(); n++) {
				Indicator i = this.catalog.indicators().get(n);
				if (reports(i.responsibleUnit(), month, last)) {
					rows.add(new UnitRow(YearMonth.of(period.getYear(), month), i.responsibleUnit(), row(i, n, month)));
				}
			}
		}
		List<UnitSubmission> submissions = new ArrayList<>();
		for (String unit : this.catalog.units()) {
			if (unit.equals(REJECTED) && period.equals(NOVEMBER)) {
				submissions.add(new UnitSubmission(unit, SubmissionStatus.REJECTED, REJECTION_REASON, "残联.xlsx", null));
			}
			else if (reports(unit, period.getMonthValue(), true)) {
				SubmissionStatus status = LATE.contains(unit) && period.equals(NOVEMBER) ? SubmissionStatus.LATE
						: SubmissionStatus.ON_TIME;
				submissions.add(new UnitSubmission(unit, status, null, unit + ".xlsx", 1));
			}
		}
		return new PeriodData(period, submissions, rows, List.of());
	}

	private static boolean reports(String unit, int month, boolean summarizedMonth) {
		if (unit.equals(NEVER)) {
			return false;
		}
		return !(summarizedMonth && month == 11 && (unit.equals(SILENT) || unit.equals(REJECTED)));
	}

	private ReportedRow row(Indicator i, int n, int month) {
		BigDecimal cumulative;
		if (i.measure() != Measure.CUMULATIVE) {
			cumulative = i.annualTarget();
		}
		else {
			double share = this.special.containsKey(i.code()) ? this.special.get(i.code()).apply(month)
					: Math.min(1.0, month / (double) i.dueMonth());
			cumulative = i.annualTarget().multiply(BigDecimal.valueOf(share)).setScale(2, RoundingMode.HALF_UP);
			if (share >= 1.0) {
				cumulative = i.annualTarget();
			}
		}
		boolean done = cumulative.compareTo(i.annualTarget()) >= 0;
		BigDecimal planned = i.plannedFundsWan();
		BigDecimal inPlace = planned == null ? null : scaled(planned, 0.8 * month / 12);
		BigDecimal spent = planned == null ? null : scaled(planned, 0.6 * month / 12);
		String problems = month == 11 && i.code().equals("S07-1") ? S07_1_PROBLEM : null;
		return new ReportedRow(7 + n, i.code(), null, cumulative, null, done ? "已完工" : "在建", inPlace, spent, done,
				false, null, null, problems, problems == null ? null : "加强协调", null);
	}

	private static BigDecimal scaled(BigDecimal amount, double share) {
		return amount.multiply(BigDecimal.valueOf(share)).setScale(4, RoundingMode.HALF_UP);
	}

}
