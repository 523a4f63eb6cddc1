package cn.minsheng.rollup.sample;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Measure;
import cn.minsheng.rollup.form.DistributionColumn;
import cn.minsheng.rollup.form.FormLayout;
import cn.minsheng.rollup.form.UnitForm;

/**
 * Writes rows of 项目分布清单 one at a time (so a streaming sheet keeps memory flat however many rows): for each
 * counted indicator, places whose quantities add up exactly to its 累计完成. Rows beyond what the figure can be split
 * into whole units are planned sites with quantity 0, so the sums still hold.
 */
final class DistributionRowWriter {

	static final String PLANNED_SITE = "计划点位，尚未完成";

	private final Sheet sheet;

	private final CellStyle[] styles;

	private final UnitForm form;

	private final SampleDice dice;

	private int nextRow = FormLayout.DISTRIBUTION_HEADER_ROW + 1;

	/**
	 * @param styles the column styles of the template's sheet, by {@link DistributionColumn#templateIndex()}
	 */
	DistributionRowWriter(Sheet sheet, CellStyle[] styles, UnitForm form, SampleDice dice) {
		this.sheet = sheet;
		this.styles = styles;
		this.form = form;
		this.dice = dice;
	}

	/** Writes {@code rows} rows and the distribution mistakes asked for; returns where those are. */
	List<InjectedMistake> write(List<IndicatorFigures> figures, int rows, LocalDate fillDate,
			List<SampleMistake> mistakes) {
		List<IndicatorFigures> listed = figures.stream()
			.filter((f) -> f.indicator().measure() == Measure.CUMULATIVE)
			.toList();
		if (listed.isEmpty()) {
			listed = figures;
		}
		boolean bumpFirst = mistakes.contains(SampleMistake.DISTRIBUTION_SUM_MISMATCH);
		List<InjectedMistake> injected = new ArrayList<>();
		for (int c = 0; c < listed.size(); c++) {
			int share = rows / listed.size() + (c < rows % listed.size() ? 1 : 0);
			IndicatorFigures f = listed.get(c);
			if (bumpFirst && share > 0) {
				injected.add(sumMismatch(f, fillDate));
				bumpFirst = false;
				share--;
			}
			writeParts(f, share, fillDate);
		}
		if (mistakes.contains(SampleMistake.DISTRIBUTION_OTHER_UNITS_CODE)) {
			injected.add(otherUnitsCode(fillDate));
		}
		return injected;
	}

	int rowsWritten() {
		return this.nextRow - FormLayout.DISTRIBUTION_HEADER_ROW - 1;
	}

	/** Splits 累计完成 into {@code rows} quantities (whole units of the indicator's precision). */
	private void writeParts(IndicatorFigures f, int rows, LocalDate fillDate) {
		int scale = ProgressModel.scale(f.indicator());
		long remaining = f.cumulative().movePointRight(scale).longValue();
		SplittableRandom random = this.dice.random("distribution", this.form.formUnit(), f.indicator().code(),
				this.form.period(), this.nextRow);
		long withQuantity = Math.min(rows, remaining);
		for (long left = withQuantity; left > 0; left--) {
			long part = left == 1 ? remaining
					: Math.max(1, Math.min(remaining - (left - 1), Math.round(remaining / (double) left
							* (0.5 + random.nextDouble()))));
			remaining -= part;
			LocalDate date = LocalDate.ofYearDay(fillDate.getYear(), 1 + random.nextInt(fillDate.getDayOfYear() - 1));
			row(f.indicator().code(), random, BigDecimal.valueOf(part, scale), date, null);
		}
		for (long i = withQuantity; i < rows; i++) {
			row(f.indicator().code(), random, BigDecimal.ZERO, null, PLANNED_SITE);
		}
	}

	/** One row too many: its quantity is counted on top of 累计完成. */
	private InjectedMistake sumMismatch(IndicatorFigures f, LocalDate fillDate) {
		int row = this.nextRow;
		BigDecimal extra = BigDecimal.ONE;
		SplittableRandom random = this.dice.random("mismatch", this.form.formUnit());
		row(f.indicator().code(), random, extra, fillDate, "补录");
		String ref = ref(row, DistributionColumn.QUANTITY);
		String sum = MainSheetMistakes.plain(f.cumulative().add(extra));
		return new InjectedMistake(SampleMistake.DISTRIBUTION_SUM_MISMATCH, FormLayout.DISTRIBUTION_SHEET, ref,
				"多录了一行数量 1，" + f.indicator().code() + " 各行合计为 " + sum + "，月报表累计完成为 "
						+ MainSheetMistakes.plain(f.cumulative()));
	}

	private InjectedMistake otherUnitsCode(LocalDate fillDate) {
		List<String> units = this.form.catalog().units();
		String other = units.get((units.indexOf(this.form.catalogUnit()) + 1) % units.size());
		Indicator foreign = this.form.catalog().indicatorsOf(other).get(0);
		int row = this.nextRow;
		row(foreign.code(), this.dice.random("foreign", this.form.formUnit()), BigDecimal.valueOf(2), fillDate, null);
		return new InjectedMistake(SampleMistake.DISTRIBUTION_OTHER_UNITS_CODE, FormLayout.DISTRIBUTION_SHEET,
				ref(row, DistributionColumn.CODE), "项目编码填为 " + foreign.code() + "（" + other + "的指标）");
	}

	private void row(String code, SplittableRandom random, BigDecimal quantity, LocalDate date, String remarks) {
		Row row = this.sheet.createRow(this.nextRow++);
		cell(row, DistributionColumn.CODE).setCellValue(code);
		cell(row, DistributionColumn.TOWN).setCellValue(SampleTexts.town(random));
		cell(row, DistributionColumn.SITE).setCellValue(SampleTexts.site(random));
		cell(row, DistributionColumn.QUANTITY).setCellValue(quantity.doubleValue());
		if (date != null) {
			cell(row, DistributionColumn.DONE_DATE).setCellValue(date);
		}
		if (remarks != null) {
			cell(row, DistributionColumn.REMARKS).setCellValue(remarks);
		}
	}

	private Cell cell(Row row, DistributionColumn column) {
		Cell cell = row.createCell(column.templateIndex());
		cell.setCellStyle(this.styles[column.templateIndex()]);
		return cell;
	}

	private static String ref(int row, DistributionColumn column) {
		return new CellReference(row, column.templateIndex()).formatAsString(false);
	}

}
