package cn.minsheng.rollup.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Kind;
import cn.minsheng.rollup.catalog.Measure;
import cn.minsheng.rollup.form.FormChoices;

/**
 * One unit's plausible progress through the year. 累计完成 follows the schedule, {@code target × min(1, m / due)},
 * scaled by a per-unit factor (0.6 lags, 1.15 runs ahead) and a small per-indicator one, with a little monthly
 * wobble that never lets the cumulative figure fall. Everything else (status, funds, acceptance, dates, remarks)
 * is derived from those figures so the form is consistent. Figures depend only on seed, unit, code and month.
 */
final class ProgressModel {

	static final double MIN_UNIT_FACTOR = 0.6;

	static final double MAX_UNIT_FACTOR = 1.15;

	/** Event days: starts on 1–10, finishes on 11–17, the form is filled on 18–27, so dates stay in order. */
	static final int FIRST_FILL_DAY = 18;

	private final SampleDice dice;

	private final String unit;

	private final int year;

	ProgressModel(SampleDice dice, String unit, int year) {
		this.dice = dice;
		this.unit = unit;
		this.year = year;
	}

	double unitFactor() {
		return this.dice.between(MIN_UNIT_FACTOR, MAX_UNIT_FACTOR, "unit", this.unit);
	}

	private double factor(Indicator indicator) {
		return unitFactor() * this.dice.between(0.92, 1.05, "indicator", this.unit, indicator.code());
	}

	/** 累计完成 at the end of {@code month}; zero for month 0 (before the year starts). */
	BigDecimal cumulative(Indicator indicator, int month) {
		if (month <= 0) {
			return BigDecimal.ZERO;
		}
		BigDecimal target = indicator.annualTarget();
		return switch (indicator.measure()) {
			case STANDARD -> month >= raiseMonth(indicator) ? target : baseline(indicator);
			case MILESTONE -> month >= milestoneMonth(indicator) ? target : BigDecimal.ZERO;
			case CUMULATIVE -> scheduled(indicator, month);
		};
	}

	private BigDecimal scheduled(Indicator indicator, int month) {
		BigDecimal best = BigDecimal.ZERO;
		double factor = factor(indicator);
		for (int k = 1; k <= month; k++) {
			double share = Math.min(1.0, (double) k / indicator.dueMonth());
			double wobble = 1 + this.dice.between(-0.04, 0.04, "wobble", this.unit, indicator.code(), k);
			double raw = indicator.annualTarget().doubleValue() * share * factor * wobble;
			best = best.max(BigDecimal.valueOf(raw).setScale(scale(indicator), RoundingMode.HALF_UP));
		}
		return best;
	}

	/** A standard (低保 etc.) is raised in its due month, two months late in a lagging unit. */
	private int raiseMonth(Indicator indicator) {
		return indicator.dueMonth() + (unitFactor() < 0.8 ? 2 : 0);
	}

	private BigDecimal baseline(Indicator indicator) {
		double share = this.dice.between(0.9, 0.97, "baseline", this.unit, indicator.code());
		return indicator.annualTarget().multiply(BigDecimal.valueOf(share)).setScale(0, RoundingMode.HALF_UP);
	}

	/** A milestone is reached at due ÷ factor: on time or early in a unit ahead, late (maybe next year) otherwise. */
	private int milestoneMonth(Indicator indicator) {
		return (int) Math.ceil(indicator.dueMonth() / factor(indicator));
	}

	static int scale(Indicator indicator) {
		return "公里".equals(indicator.unitOfMeasure()) ? 1 : 0;
	}

	/** First month whose 累计完成 meets the target; 13 when not within the year. */
	int doneMonth(Indicator indicator) {
		for (int m = 1; m <= 12; m++) {
			if (cumulative(indicator, m).compareTo(indicator.annualTarget()) >= 0) {
				return m;
			}
		}
		return 13;
	}

	/** First month with any progress; 13 when none within the year. */
	int startMonth(Indicator indicator) {
		for (int m = 1; m <= 12; m++) {
			if (cumulative(indicator, m).signum() > 0) {
				return m;
			}
		}
		return 13;
	}

	IndicatorFigures figures(Indicator indicator, int month) {
		BigDecimal cumulative = cumulative(indicator, month);
		BigDecimal previous = cumulative(indicator, month - 1);
		boolean done = cumulative.compareTo(indicator.annualTarget()) >= 0;
		int doneMonth = doneMonth(indicator);
		String status = status(indicator, month, cumulative, done, doneMonth);
		BigDecimal funds = fundsInPlace(indicator, month);
		BigDecimal investment = funds == null ? null : investment(indicator, month).min(funds);
		String online = done && month > doneMonth ? FormChoices.YES : FormChoices.NO;
		String offline = FormChoices.ACCEPTED.equals(status) ? FormChoices.YES : FormChoices.NO;
		List<String> problem = lagging(indicator, month, cumulative, done)
				? SampleTexts.problemAndStep(this.dice, indicator, this.unit) : Arrays.asList(null, null);
		return new IndicatorFigures(indicator, month, cumulative.subtract(previous), cumulative, previous, status,
				funds, investment, online, offline, startDate(indicator, month), finishDate(indicator, done, doneMonth),
				problem.get(0), problem.get(1), SampleTexts.remark(indicator, cumulative, done));
	}

	private String status(Indicator indicator, int month, BigDecimal cumulative, boolean done, int doneMonth) {
		if (cumulative.signum() == 0) {
			return FormChoices.NOT_STARTED;
		}
		if (!done) {
			return FormChoices.IN_PROGRESS;
		}
		boolean accepting = this.dice.unit("accept", this.unit, indicator.code()) < 0.7;
		return accepting && month >= doneMonth + 2 ? FormChoices.ACCEPTED : FormChoices.FINISHED;
	}

	/** Funds arrive ahead of the work; never more than planned. Blank where the catalog plans no investment. */
	private BigDecimal fundsInPlace(Indicator indicator, int month) {
		if (indicator.plannedFundsWan() == null) {
			return null;
		}
		double share = Math.min(1.0, (month + 1.0) / indicator.dueMonth() * factor(indicator) * 1.1);
		return wan(indicator.plannedFundsWan(), share);
	}

	private BigDecimal investment(Indicator indicator, int month) {
		double share = Math.min(1.0, (double) month / indicator.dueMonth() * factor(indicator)) * 0.95;
		return wan(indicator.plannedFundsWan(), share);
	}

	/** 万元 to one decimal, rounded down so a share of at most 1 never exceeds the plan. */
	private static BigDecimal wan(BigDecimal planned, double share) {
		return planned.multiply(BigDecimal.valueOf(share)).setScale(1, RoundingMode.DOWN).stripTrailingZeros();
	}

	private boolean lagging(Indicator indicator, int month, BigDecimal cumulative, boolean done) {
		if (indicator.measure() != Measure.CUMULATIVE) {
			return !done && month >= indicator.dueMonth();
		}
		double schedule = Math.min(1.0, (double) month / indicator.dueMonth());
		double rate = cumulative.doubleValue() / indicator.annualTarget().doubleValue();
		return schedule - rate > 0.10;
	}

	/** Construction and key projects carry a start date once work began. */
	private LocalDate startDate(Indicator indicator, int month) {
		int start = startMonth(indicator);
		if (indicator.kind() == Kind.INDICATOR || start > month) {
			return null;
		}
		return LocalDate.of(this.year, start, 1 + this.dice.below(10, "start", this.unit, indicator.code()));
	}

	private LocalDate finishDate(Indicator indicator, boolean done, int doneMonth) {
		if (indicator.kind() == Kind.INDICATOR || !done) {
			return null;
		}
		return LocalDate.of(this.year, doneMonth, 11 + this.dice.below(7, "finish", this.unit, indicator.code()));
	}

	/** 填报日期: a working-looking day late in the reporting month. */
	LocalDate fillDate(int month) {
		return LocalDate.of(this.year, month, FIRST_FILL_DAY + this.dice.below(10, "fill", this.unit, month));
	}

}
