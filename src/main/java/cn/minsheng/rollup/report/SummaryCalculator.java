package cn.minsheng.rollup.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Level;
import cn.minsheng.rollup.progress.ProgressTally;
import cn.minsheng.rollup.progress.ProgressThresholds;
import cn.minsheng.rollup.progress.ScheduleProgress;
import cn.minsheng.rollup.validation.ReportedRow;

/**
 * Computes a {@link CountySummary}: the month's lines first, then everything drawn from them.
 */
final class SummaryCalculator {

	private final Catalog catalog;

	private final PeriodData data;

	private final ProgressThresholds thresholds;

	private final MonthIndex index;

	private final boolean carryForward;

	private final Map<String, UnitSubmission> submissions = new HashMap<>();

	SummaryCalculator(Catalog catalog, PeriodData data, ProgressThresholds thresholds, boolean carryForward) {
		if (data.period().getYear() != catalog.year()) {
			throw new IllegalArgumentException(
					"汇总月份 " + data.period() + " 不在项目清单年度 " + catalog.year() + " 内");
		}
		this.catalog = catalog;
		this.data = data;
		this.thresholds = thresholds;
		this.carryForward = carryForward;
		this.index = new MonthIndex(catalog, data, thresholds, carryForward);
		data.submissions().forEach((s) -> this.submissions.putIfAbsent(s.unit(), s));
	}

	CountySummary compute() {
		List<IndicatorLine> lines = indicatorLines();
		List<UnitLine> units = UnitRanking.rank(this.catalog.units(), this::submissionOf, lines);
		return new CountySummary(this.data.period(), this.thresholds, this.carryForward, overview(lines),
				DetailGrouping.group(lines), units, new LaggingList(this.index, this.data.period()).of(lines),
				problems(lines), warnings(), new TrendBuilder(this.catalog, this.index).build(this.data.period()));
	}

	private UnitSubmission submissionOf(String unit) {
		return this.submissions.getOrDefault(unit, UnitSubmission.notSubmitted(unit));
	}

	private List<IndicatorLine> indicatorLines() {
		YearMonth period = this.data.period();
		List<IndicatorLine> lines = new ArrayList<>();
		int seq = 1;
		for (Indicator indicator : this.catalog.indicators()) {
			ReportedRow row = this.index.row(period, indicator).orElse(null);
			ScheduleProgress progress = this.index.progress(period, indicator);
			UnitSubmission submission = submissionOf(indicator.responsibleUnit());
			boolean fromFile = row != null && submission.status().accepted();
			MonthIndex.InForce inForce = this.index.inForce(period, indicator).orElse(null);
			boolean own = inForce != null && inForce.month().equals(period);
			// without a figure of its own: the latest earlier one, judged on (carried) or shown for information
			MonthIndex.InForce earlier = own ? null : this.index.latestBefore(period, indicator).orElse(null);
			lines.add(new IndicatorLine(seq++, indicator, row, progress, fromFile ? submission.fileName() : null,
					fromFile ? submission.version() : null, earlier == null ? null : earlier.month(),
					earlier == null ? null : earlier.value(), inForce == null || own ? null : inForce.row()));
		}
		return lines;
	}

	private Overview overview(List<IndicatorLine> lines) {
		List<ScopeFigures> levels = new ArrayList<>();
		for (Level level : Level.values()) {
			List<IndicatorLine> ofLevel = lines.stream().filter((l) -> l.indicator().level() == level).toList();
			if (!ofLevel.isEmpty()) {
				levels.add(ScopeFigures.of(level.label(), ofLevel));
			}
		}
		int[] counts = new int[SubmissionStatus.values().length];
		this.catalog.units().forEach((u) -> counts[submissionOf(u).status().ordinal()]++);
		Overview.UnitCounts units = new Overview.UnitCounts(this.catalog.units().size(),
				counts[SubmissionStatus.ON_TIME.ordinal()], counts[SubmissionStatus.LATE.ordinal()],
				counts[SubmissionStatus.NOT_SUBMITTED.ordinal()], counts[SubmissionStatus.REJECTED.ordinal()]);
		return new Overview(ScopeFigures.of("全县", lines), levels, units, doubleHalf());
	}

	private Overview.DoubleHalf doubleHalf() {
		YearMonth june = YearMonth.of(this.data.period().getYear(), 6);
		if (this.data.period().isBefore(june)) {
			return new Overview.DoubleHalf(false, false, null, null);
		}
		if (!this.index.anyOwnFigure(june, this.catalog.indicators())) {
			return new Overview.DoubleHalf(true, false, null, null);
		}
		List<ScheduleProgress> progresses = new ArrayList<>();
		Funds funds = Funds.NONE;
		for (Indicator indicator : this.catalog.indicators()) {
			progresses.add(this.index.progress(june, indicator));
			BigDecimal planned = indicator.plannedFundsWan() == null ? BigDecimal.ZERO : indicator.plannedFundsWan();
			// the row June is judged on: June's own, or the one carried into June
			ReportedRow row = this.index.row(june, indicator)
				.or(() -> this.index.inForce(june, indicator).map(MonthIndex.InForce::row))
				.orElse(null);
			BigDecimal spent = row == null || row.investmentDone() == null ? BigDecimal.ZERO : row.investmentDone();
			funds = funds.plus(new Funds(planned, BigDecimal.ZERO, spent));
		}
		return new Overview.DoubleHalf(true, true, ProgressTally.of(progresses).meanProgress(), funds.spentRate());
	}

	private List<ProblemLine> problems(List<IndicatorLine> lines) {
		// by unit in catalog order, each unit's lines in catalog order: one pass, not one per unit
		Map<String, List<ProblemLine>> byUnit = new LinkedHashMap<>();
		this.catalog.units().forEach((unit) -> byUnit.put(unit, new ArrayList<>()));
		for (IndicatorLine line : lines) {
			ReportedRow row = line.row();
			if (row != null && (hasText(row.problems()) || hasText(row.nextSteps()))) {
				String unit = line.indicator().responsibleUnit();
				byUnit.get(unit).add(new ProblemLine(unit, line.indicator(), row.problems(), row.nextSteps()));
			}
		}
		return byUnit.values().stream().flatMap(List::stream).toList();
	}

	private List<QualityWarning> warnings() {
		Map<String, Integer> units = new HashMap<>();
		this.catalog.units().forEach((u) -> units.putIfAbsent(u, units.size()));
		Comparator<QualityWarning> order = Comparator
			.comparingInt((QualityWarning w) -> units.getOrDefault(w.unit(), units.size()))
			.thenComparing(QualityWarning::unit)
			.thenComparing(QualityWarning::ruleCode)
			.thenComparing(QualityWarning::sheet)
			.thenComparing(QualityWarning::cellRef, SummaryCalculator::compareCells)
			.thenComparing(QualityWarning::message);
		return this.data.warnings().stream().sorted(order).toList();
	}

	/** B7 before J7 before J10: by row, then column, as a person reads a sheet. */
	static int compareCells(String a, String b) {
		int byRow = Long.compare(rowOf(a), rowOf(b));
		if (byRow != 0) {
			return byRow;
		}
		String columnA = a.replaceAll("[^A-Za-z]", "");
		String columnB = b.replaceAll("[^A-Za-z]", "");
		int byLength = Integer.compare(columnA.length(), columnB.length());
		return byLength != 0 ? byLength : a.compareTo(b);
	}

	private static long rowOf(String cell) {
		String digits = cell.replaceAll("[^0-9]", "");
		return digits.isEmpty() || digits.length() > 9 ? 0 : Long.parseLong(digits);
	}

	private static boolean hasText(String text) {
		return text != null && !text.isBlank();
	}

}
