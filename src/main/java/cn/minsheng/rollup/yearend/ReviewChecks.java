package cn.minsheng.rollup.yearend;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Measure;
import cn.minsheng.rollup.form.FormChoices;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.validation.ReportedRow;

/**
 * Makes the 回头看 review of a year: every {@link ReviewCheck} over the forms in force, unit by unit (catalog order),
 * indicator by indicator, month by month. Months are compared with the unit's previous accepted month.
 */
final class ReviewChecks {

	private final YearFigures year;

	private final Map<Long, Map<String, BigDecimal>> listTotals;

	/**
	 * @param listTotals each form's 项目分布清单 quantity per code, by submission id; a code without list lines is
	 * absent
	 */
	ReviewChecks(YearFigures year, Map<Long, Map<String, BigDecimal>> listTotals) {
		this.year = year;
		this.listTotals = listTotals;
	}

	/** The findings in unit, indicator and month order, missing months first for each unit. */
	List<ReviewLine> review() {
		List<ReviewLine> lines = new ArrayList<>();
		for (String unit : this.year.catalog().units()) {
			lines.addAll(missingMonths(unit));
			for (Indicator indicator : this.year.catalog().indicatorsOf(unit)) {
				lines.addAll(indicator(indicator));
			}
		}
		return lines;
	}

	private List<ReviewLine> missingMonths(String unit) {
		List<ReviewLine> lines = new ArrayList<>();
		for (YearMonth m = YearMonth.of(this.year.year(), 1); !m.isAfter(this.year.december()); m = m.plusMonths(1)) {
			if (this.year.form(unit, m).isEmpty()) {
				lines.add(new ReviewLine(unit, null, null, m, ReviewCheck.MONTH_MISSING, "未报送", "—",
						m.getMonthValue() + "月没有已接收的月报表（未报送或被退回后未重报）"));
			}
		}
		return lines;
	}

	private List<ReviewLine> indicator(Indicator indicator) {
		List<ReviewLine> lines = new ArrayList<>();
		YearFigures.Sourced previous = null;
		for (YearMonth m = YearMonth.of(this.year.year(), 1); !m.isAfter(this.year.december()); m = m.plusMonths(1)) {
			Optional<YearFigures.Sourced> current = this.year.row(indicator, m);
			if (current.isEmpty()) {
				continue;
			}
			Month month = new Month(indicator, current.get(), previous, lines);
			month.cumulativeDecrease();
			month.monthDoesNotAddUp();
			month.listTotal(this.listTotals.getOrDefault(current.get().form().submissionId(), Map.of()));
			month.funds();
			month.finishedWithoutDate();
			month.acceptedBeforeCompletion();
			previous = current.get();
		}
		return lines;
	}

	static String number(BigDecimal value) {
		return value == null ? "空" : value.stripTrailingZeros().toPlainString();
	}

	/** The checks of one indicator in one month, against the unit's previous accepted month. */
	private record Month(Indicator indicator, YearFigures.Sourced current, YearFigures.Sourced previous,
			List<ReviewLine> lines) {

		void cumulativeDecrease() {
			BigDecimal now = row().cumulativeDone();
			BigDecimal before = this.previous == null ? null : this.previous.row().cumulativeDone();
			if (now != null && before != null && now.compareTo(before) < 0) {
				add(ReviewCheck.CUMULATIVE_DECREASE, FormColumn.CUMULATIVE_DONE, "累计完成 " + number(now) + " 小于 "
						+ this.previous.month().getMonthValue() + "月的 " + number(before));
			}
		}

		void monthDoesNotAddUp() {
			if (this.indicator.measure() != Measure.CUMULATIVE || row().monthDone() == null
					|| row().cumulativeDone() == null) {
				return;
			}
			BigDecimal before;
			if (month().getMonthValue() == 1) {
				before = BigDecimal.ZERO;
			}
			else if (this.previous != null && this.previous.month().equals(month().minusMonths(1))
					&& this.previous.row().cumulativeDone() != null) {
				before = this.previous.row().cumulativeDone();
			}
			else {
				return; // no accepted figure of the month before: nothing to add up to
			}
			BigDecimal expected = row().cumulativeDone().subtract(before);
			if (row().monthDone().compareTo(expected) != 0) {
				add(ReviewCheck.MONTH_DOES_NOT_ADD_UP, FormColumn.MONTH_DONE, "本月完成 " + number(row().monthDone())
						+ "，累计完成 " + number(row().cumulativeDone()) + " − 上月累计 " + number(before) + " = "
						+ number(expected));
			}
		}

		void listTotal(Map<String, BigDecimal> totals) {
			BigDecimal total = totals.get(this.indicator.code());
			if (this.indicator.measure() != Measure.CUMULATIVE || total == null || row().cumulativeDone() == null) {
				return;
			}
			if (total.compareTo(row().cumulativeDone()) != 0) {
				add(ReviewCheck.LIST_TOTAL, FormColumn.CUMULATIVE_DONE, "项目分布清单数量合计 " + number(total)
						+ "，累计完成 " + number(row().cumulativeDone()));
			}
		}

		void funds() {
			BigDecimal planned = this.indicator.plannedFundsWan();
			fund(FormColumn.FUNDS_IN_PLACE, "累计到位资金", row().fundsInPlace(),
					this.previous == null ? null : this.previous.row().fundsInPlace(), planned);
			fund(FormColumn.INVESTMENT_DONE, "累计完成投资", row().investmentDone(),
					this.previous == null ? null : this.previous.row().investmentDone(), planned);
		}

		private void fund(FormColumn column, String name, BigDecimal now, BigDecimal before, BigDecimal planned) {
			if (now == null) {
				return;
			}
			if (before != null && now.compareTo(before) < 0) {
				add(ReviewCheck.FUNDS_DECREASE, column, name + " " + number(now) + " 万元小于 "
						+ this.previous.month().getMonthValue() + "月的 " + number(before) + " 万元");
			}
			if (planned != null && now.compareTo(planned) > 0) {
				add(ReviewCheck.FUNDS_OVER_PLAN, column, name + " " + number(now) + " 万元大于计划投资 " + number(planned)
						+ " 万元");
			}
		}

		void finishedWithoutDate() {
			if (finished() && row().finishDate() == null) {
				add(ReviewCheck.FINISHED_WITHOUT_DATE, FormColumn.FINISH_DATE, "项目状态「" + row().status()
						+ "」，完工日期未填");
			}
		}

		void acceptedBeforeCompletion() {
			if (finished()) {
				return;
			}
			String status = row().status() == null ? "未填" : row().status();
			if (Boolean.TRUE.equals(row().onlineAccepted())) {
				add(ReviewCheck.ACCEPTED_BEFORE_COMPLETION, FormColumn.ONLINE_ACCEPTED, "线上验收为“是”，项目状态「"
						+ status + "」");
			}
			if (Boolean.TRUE.equals(row().offlineAccepted())) {
				add(ReviewCheck.ACCEPTED_BEFORE_COMPLETION, FormColumn.OFFLINE_ACCEPTED, "线下验收为“是”，项目状态「"
						+ status + "」");
			}
		}

		private boolean finished() {
			return FormChoices.FINISHED.equals(row().status()) || FormChoices.ACCEPTED.equals(row().status());
		}

		private ReportedRow row() {
			return this.current.row();
		}

		private YearMonth month() {
			return this.current.month();
		}

		private void add(ReviewCheck check, FormColumn column, String detail) {
			this.lines.add(new ReviewLine(this.indicator.responsibleUnit(), this.indicator.code(),
					this.indicator.name(), month(), check, this.current.form().describe(),
					FormCells.MAIN_SHEET + "!" + FormCells.cell(column, row().rowNumber()), detail));
		}

	}

}
