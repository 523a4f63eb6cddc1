package cn.minsheng.rollup.sample;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

import cn.minsheng.rollup.catalog.Kind;
import cn.minsheng.rollup.catalog.Measure;
import cn.minsheng.rollup.form.FooterField;
import cn.minsheng.rollup.form.FormChoices;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.form.FormLayout;
import cn.minsheng.rollup.form.Periods;
import cn.minsheng.rollup.form.UnitForm;

/**
 * Makes the slips of {@link SampleMistake} in a filled 月报表, each in a different indicator row, and says where.
 */
final class MainSheetMistakes {

	private final Sheet sheet;

	private final UnitForm form;

	private final List<IndicatorFigures> figures;

	private final Set<Integer> usedRows = new HashSet<>();

	private final List<InjectedMistake> injected = new ArrayList<>();

	MainSheetMistakes(Sheet sheet, UnitForm form, List<IndicatorFigures> figures) {
		this.sheet = sheet;
		this.form = form;
		this.figures = figures;
	}

	List<InjectedMistake> apply(List<SampleMistake> mistakes) {
		for (SampleMistake mistake : mistakes) {
			if (mistake.mainSheet()) {
				make(mistake);
			}
		}
		return List.copyOf(this.injected);
	}

	private void make(SampleMistake mistake) {
		switch (mistake) {
			case CUMULATIVE_BELOW_LAST_MONTH -> cumulativeBelowLastMonth();
			case TEXT_IN_NUMBER_CELL -> textInNumberCell();
			case MISSING_REQUIRED_CELL -> {
				int i = row(mistake, (f) -> true);
				cell(i, FormColumn.CUMULATIVE_DONE).setBlank();
				record(mistake, i, FormColumn.CUMULATIVE_DONE, "累计完成未填，应为 " + plain(cumulative(i)));
			}
			case OTHER_UNITS_CODE -> otherUnitsCode();
			case MONTH_DONE_MISMATCH -> monthDoneMismatch();
			case FUNDS_ABOVE_PLAN, INVESTMENT_ABOVE_FUNDS -> funds(mistake);
			case ACCEPTED_BEFORE_DONE -> unfinished(mistake, FormColumn.ONLINE_ACCEPTED, FormChoices.YES, "线上验收填“是”");
			case STATUS_CONTRADICTS_FIGURES -> unfinished(mistake, FormColumn.STATUS, FormChoices.FINISHED,
					"项目状态填“已完工”");
			case DATE_OUTSIDE_YEAR -> dateOutsideYear();
			default -> formLevel(mistake);
		}
	}

	private void textInNumberCell() {
		SampleMistake mistake = SampleMistake.TEXT_IN_NUMBER_CELL;
		int i = row(mistake, (f) -> f.cumulative().signum() > 0);
		String text = "约" + plain(cumulative(i));
		cell(i, FormColumn.CUMULATIVE_DONE).setCellValue(text);
		record(mistake, i, FormColumn.CUMULATIVE_DONE, "填为文字“" + text + "”，应为数字 " + plain(cumulative(i)));
	}

	private void monthDoneMismatch() {
		SampleMistake mistake = SampleMistake.MONTH_DONE_MISMATCH;
		int i = row(mistake, (f) -> true);
		BigDecimal done = this.figures.get(i).monthDone();
		BigDecimal wrong = done.add(done.multiply(new BigDecimal("0.3")).setScale(0, RoundingMode.HALF_UP)
			.max(BigDecimal.ONE));
		cell(i, FormColumn.MONTH_DONE).setCellValue(wrong.doubleValue());
		record(mistake, i, FormColumn.MONTH_DONE, "本月完成填为 " + plain(wrong) + "，累计减上月累计为 " + plain(done));
	}

	/** More funds in place than planned, or more invested than in place. */
	private void funds(SampleMistake mistake) {
		int i = row(mistake, (f) -> f.fundsInPlace() != null);
		BigDecimal plan = this.figures.get(i).indicator().plannedFundsWan();
		BigDecimal funds = this.figures.get(i).fundsInPlace();
		if (mistake == SampleMistake.FUNDS_ABOVE_PLAN) {
			BigDecimal wrong = plan.multiply(new BigDecimal("1.2")).setScale(1, RoundingMode.HALF_UP);
			cell(i, FormColumn.FUNDS_IN_PLACE).setCellValue(wrong.doubleValue());
			record(mistake, i, FormColumn.FUNDS_IN_PLACE,
					"累计到位资金填为 " + plain(wrong) + " 万元，计划投资 " + plain(plan) + " 万元");
			return;
		}
		BigDecimal wrong = funds.add(funds.multiply(new BigDecimal("0.2")).max(BigDecimal.TEN))
			.setScale(1, RoundingMode.HALF_UP);
		cell(i, FormColumn.INVESTMENT_DONE).setCellValue(wrong.doubleValue());
		record(mistake, i, FormColumn.INVESTMENT_DONE,
				"累计完成投资填为 " + plain(wrong) + " 万元，累计到位资金仅 " + plain(funds) + " 万元");
	}

	/** A choice only a finished item may carry, given to one that has some progress but is not finished. */
	private void unfinished(SampleMistake mistake, FormColumn column, String value, String what) {
		int i = row(mistake, (f) -> !f.done() && f.cumulative().signum() > 0);
		cell(i, column).setCellValue(value);
		record(mistake, i, column, what + "，但累计完成 " + plain(cumulative(i)) + " 未达年度目标 "
				+ plain(this.figures.get(i).indicator().annualTarget()));
	}

	private void formLevel(SampleMistake mistake) {
		int footerRow = this.form.footerRow();
		switch (mistake) {
			case PERIOD_LABEL_MISMATCH -> {
				String wrong = FormLayout.PERIOD_LABEL + Periods.chinese(this.form.period().minusMonths(1));
				this.sheet.getRow(FormLayout.INFO_ROW).getCell(FormLayout.PERIOD_LABEL_COLUMN).setCellValue(wrong);
				record(mistake, FormLayout.INFO_ROW, FormLayout.PERIOD_LABEL_COLUMN, "填为“" + wrong + "”，应为“"
						+ this.form.periodText() + "”");
			}
			case MISSING_REPORTER -> {
				MainSheetFiller.footerCell(this.sheet, footerRow, FooterField.REPORTER).setBlank();
				record(mistake, FooterField.REPORTER.row(footerRow), FooterField.REPORTER.valueColumn(), "填报人未填");
			}
			case INVALID_PHONE -> {
				MainSheetFiller.footerCell(this.sheet, footerRow, FooterField.PHONE).setCellValue("8888");
				record(mistake, FooterField.PHONE.row(footerRow), FooterField.PHONE.valueColumn(),
						"联系电话填为“8888”，应为 11 位手机号或带区号的固定电话");
			}
			default -> throw new IllegalArgumentException(mistake.name());
		}
	}

	private void cumulativeBelowLastMonth() {
		SampleMistake mistake = SampleMistake.CUMULATIVE_BELOW_LAST_MONTH;
		int i = row(mistake, (f) -> f.indicator().measure() == Measure.CUMULATIVE
				&& f.monthDone().compareTo(f.previousCumulative()) < 0);
		IndicatorFigures f = this.figures.get(i);
		// the classic slip: this month's figure typed into the cumulative column
		cell(i, FormColumn.CUMULATIVE_DONE).setCellValue(f.monthDone().doubleValue());
		record(mistake, i, FormColumn.CUMULATIVE_DONE, "累计完成填为 " + plain(f.monthDone()) + "（本月数），上月累计为 "
				+ plain(f.previousCumulative()) + "，应为 " + plain(f.cumulative()));
	}

	private void otherUnitsCode() {
		SampleMistake mistake = SampleMistake.OTHER_UNITS_CODE;
		int i = row(mistake, (f) -> true);
		List<String> units = this.form.catalog().units();
		String other = units.get((units.indexOf(this.form.catalogUnit()) + 1) % units.size());
		String code = this.form.catalog().indicatorsOf(other).get(0).code();
		cell(i, FormColumn.CODE).setCellValue(code);
		record(mistake, i, FormColumn.CODE, "项目编码填为 " + code + "（" + other + "的指标），应为 "
				+ this.figures.get(i).indicator().code());
	}

	private void dateOutsideYear() {
		SampleMistake mistake = SampleMistake.DATE_OUTSIDE_YEAR;
		int i = row(mistake, (f) -> f.indicator().kind() != Kind.INDICATOR);
		LocalDate wrong = LocalDate.of(this.form.period().getYear() + 1, 1, 15);
		cell(i, FormColumn.FINISH_DATE).setCellValue(wrong);
		record(mistake, i, FormColumn.FINISH_DATE,
				"完工日期填为 " + wrong + "，不在 " + this.form.period().getYear() + " 年内");
	}

	/** The first indicator row not yet used by another mistake that suits this one. */
	private int row(SampleMistake mistake, Predicate<IndicatorFigures> suits) {
		for (int i = 0; i < this.figures.size(); i++) {
			if (!this.usedRows.contains(i) && suits.test(this.figures.get(i))) {
				this.usedRows.add(i);
				return i;
			}
		}
		throw new IllegalArgumentException("无法在「" + this.form.formUnit() + "」" + Periods.chinese(this.form.period())
				+ "的报表中制造“" + mistake.description() + "”：没有合适的指标行");
	}

	private BigDecimal cumulative(int index) {
		return this.figures.get(index).cumulative();
	}

	private Cell cell(int index, FormColumn column) {
		return this.sheet.getRow(this.form.rowOf(index)).getCell(column.templateIndex());
	}

	private void record(SampleMistake mistake, int index, FormColumn column, String detail) {
		record(mistake, this.form.rowOf(index), column.templateIndex(), detail);
	}

	private void record(SampleMistake mistake, int row, int column, String detail) {
		String ref = new CellReference(row, column).formatAsString(false);
		this.injected.add(new InjectedMistake(mistake, FormLayout.MAIN_SHEET, ref, detail));
	}

	static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}

}
