package cn.minsheng.rollup.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.util.CellReference;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Kind;
import cn.minsheng.rollup.catalog.Level;
import cn.minsheng.rollup.catalog.Measure;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.form.FormLayout;
import cn.minsheng.rollup.form.FormMetadata;
import cn.minsheng.rollup.workbook.FieldValue;
import cn.minsheng.rollup.workbook.FormRow;
import cn.minsheng.rollup.workbook.ParsedForm;

/**
 * A well-filled form of 县民政局 for 2023年11月 (what intake would have read), changed one cell at a time by a test.
 * Its rows start at Excel row 4, columns in template order (项目编码 in B, 本月完成 in I, 累计完成 in J, …).
 */
final class FormFixture {

	static final String UNIT = "县民政局";

	static final YearMonth PERIOD = YearMonth.of(2023, 11);

	static final LocalDate RUN_DATE = LocalDate.of(2023, 12, 5);

	/** The small catalog tests check against: three kinds of measure in one unit, and one other unit. */
	static Catalog catalog() {
		return new Catalog(2023, List.of(
				indicator("S01-1", "城镇新增就业", Measure.CUMULATIVE, "人", "6500", "县人社局", null, true),
				indicator("S04-1", "养老机构新增护理型床位", Measure.CUMULATIVE, "张", "120", UNIT, "360", true),
				indicator("S04-3", "区域养老服务中心开工建设", Measure.MILESTONE, "个", "1", UNIT, "900", false),
				indicator("S06-1", "城市低保平均标准", Measure.STANDARD, "元/人·月", "650", UNIT, null, true)));
	}

	private static Indicator indicator(String code, String name, Measure measure, String unitOfMeasure, String target,
			String unit, String funds, boolean continuing) {
		return new Indicator(code, Level.PROVINCIAL, code.substring(0, 3), "类别", name, Kind.INDICATOR, measure,
				unitOfMeasure, new BigDecimal(target), unit, funds == null ? null : new BigDecimal(funds), 12,
				continuing);
	}

	private record Spec(String text, Double number, boolean dateFormatted) {
	}

	private final List<Map<FormColumn, Spec>> rows = new ArrayList<>();

	private final Map<String, Spec> footer = new LinkedHashMap<>();

	private final List<FormColumn> missing = new ArrayList<>();

	private final Map<String, String> metadata = new HashMap<>();

	private final Map<String, BigDecimal> prior = new HashMap<>();

	private int priorMonthsBack = 1;

	/** 累计完成 accepted for the month after this form's (this form corrects an earlier month). */
	private final Map<String, BigDecimal> later = new HashMap<>();

	private String declaredPeriod = "2023年11月";

	private YearMonth period = PERIOD;

	private LocalDate runDate = RUN_DATE;

	private DistributionTotals distribution = DistributionTotals.empty();

	static FormFixture valid() {
		FormFixture f = new FormFixture();
		f.row("S04-1").set(FormColumn.MONTH_DONE, "10").set(FormColumn.CUMULATIVE_DONE, "60")
			.set(FormColumn.COMPLETION_RATE, "50%").set(FormColumn.STATUS, "在建").set(FormColumn.FUNDS_IN_PLACE, "200")
			.set(FormColumn.INVESTMENT_DONE, "150").set(FormColumn.ONLINE_ACCEPTED, "否")
			.set(FormColumn.OFFLINE_ACCEPTED, "否").set(FormColumn.START_DATE, "2023-03-01")
			.set(FormColumn.PROBLEMS, "部分床位待验收");
		f.row("S04-3").set(FormColumn.CUMULATIVE_DONE, "1").set(FormColumn.STATUS, "在建")
			.set(FormColumn.START_DATE, "2023年6月15日");
		f.row("S06-1").set(FormColumn.CUMULATIVE_DONE, "660");
		f.prior.put("S04-1", new BigDecimal("50"));
		f.footer("填报人", "张三").footer("分管领导", "李四").footer("联系电话", "0731-57812345")
			.footer("填报日期", "2023-12-01");
		f.metadata.put(FormMetadata.KEY_UNIT, UNIT);
		f.metadata.put(FormMetadata.KEY_PERIOD, "2023-11");
		return f;
	}

	/** Adds a row with this code; later {@link #set} calls on the code change its first row. */
	FormFixture row(String code) {
		Map<FormColumn, Spec> row = new EnumMap<>(FormColumn.class);
		row.put(FormColumn.CODE, new Spec(code, null, false));
		this.rows.add(row);
		this.current = row;
		return this;
	}

	private Map<FormColumn, Spec> current;

	FormFixture set(FormColumn column, String text) {
		this.current.put(column, new Spec(text, null, false));
		return this;
	}

	FormFixture set(String code, FormColumn column, String text) {
		return on(code).set(column, text);
	}

	FormFixture setNumber(String code, FormColumn column, double number, String shown, boolean dateFormatted) {
		on(code).current.put(column, new Spec(shown, number, dateFormatted));
		return this;
	}

	FormFixture blank(String code, FormColumn column) {
		on(code).current.remove(column);
		return this;
	}

	FormFixture removeRow(String code) {
		this.rows.remove(find(code));
		return this;
	}

	FormFixture footer(String label, String text) {
		this.footer.put(label, new Spec(text, null, false));
		return this;
	}

	FormFixture missingColumn(FormColumn column) {
		this.missing.add(column);
		this.rows.forEach((r) -> r.remove(column));
		return this;
	}

	FormFixture metadataPeriod(String text) {
		if (text == null) {
			this.metadata.remove(FormMetadata.KEY_PERIOD);
		}
		else {
			this.metadata.put(FormMetadata.KEY_PERIOD, text);
		}
		return this;
	}

	FormFixture declaredPeriod(String text) {
		this.declaredPeriod = text;
		return this;
	}

	FormFixture period(YearMonth period) {
		this.period = period;
		return this;
	}

	FormFixture runDate(LocalDate runDate) {
		this.runDate = runDate;
		return this;
	}

	/** The last accepted month before this form's is {@code monthsBack} months earlier (1 = last month). */
	FormFixture priorMonthsBack(int monthsBack) {
		this.priorMonthsBack = monthsBack;
		return this;
	}

	FormFixture later(String code, String cumulative) {
		this.later.put(code, new BigDecimal(cumulative));
		return this;
	}

	FormFixture prior(String code, String cumulative) {
		if (cumulative == null) {
			this.prior.remove(code);
		}
		else {
			this.prior.put(code, new BigDecimal(cumulative));
		}
		return this;
	}

	FormFixture distribution(DistributionTotals totals) {
		this.distribution = totals;
		return this;
	}

	ParsedForm build() {
		Map<FormColumn, String> letters = new EnumMap<>(FormColumn.class);
		for (FormColumn column : FormColumn.values()) {
			if (!this.missing.contains(column)) {
				letters.put(column, CellReference.convertNumToColString(column.templateIndex()));
			}
		}
		List<FormRow> formRows = new ArrayList<>();
		for (int i = 0; i < this.rows.size(); i++) {
			int rowNumber = FormLayout.FIRST_DATA_ROW + 1 + i;
			Map<FormColumn, FieldValue> cells = new EnumMap<>(FormColumn.class);
			for (FormColumn column : letters.keySet()) {
				Spec spec = this.rows.get(i).get(column);
				String ref = letters.get(column) + rowNumber;
				cells.put(column, spec == null ? FieldValue.blank(ref)
						: new FieldValue(ref, spec.text(), spec.number(), spec.dateFormatted(), false));
			}
			formRows.add(new FormRow(rowNumber, cells));
		}
		int footerRow = FormLayout.FIRST_DATA_ROW + this.rows.size() + 1 + FormLayout.FOOTER_GAP;
		Map<String, FieldValue> footerCells = new LinkedHashMap<>();
		int column = 1;
		for (Map.Entry<String, Spec> e : this.footer.entrySet()) {
			String ref = CellReference.convertNumToColString(column) + (footerRow + 1);
			footerCells.put(e.getKey(), new FieldValue(ref, e.getValue().text(), e.getValue().number(), false, false));
			column += 2;
		}
		return new ParsedForm(this.metadata, UNIT, this.declaredPeriod, letters, this.missing, formRows, footerCells,
				FormLayout.MAIN_SHEET, true, false);
	}

	ValidationResult validate() {
		PriorFigures priorFigures = new PriorFigures() {

			@Override
			public Optional<Prior> latestBefore(String unit, String code, YearMonth p) {
				return Optional.ofNullable(FormFixture.this.prior.get(code))
					.map((value) -> new Prior(p.minusMonths(FormFixture.this.priorMonthsBack), value));
			}

			@Override
			public Optional<Prior> earliestAfter(String unit, String code, YearMonth p) {
				return Optional.ofNullable(FormFixture.this.later.get(code))
					.map((value) -> new Prior(p.plusMonths(1), value));
			}

		};
		return new FormValidator().validate(build(), UNIT, this.period, catalog(), this.distribution, priorFigures,
				this.runDate);
	}

	private FormFixture on(String code) {
		this.current = find(code);
		return this;
	}

	private Map<FormColumn, Spec> find(String code) {
		return this.rows.stream()
			.filter((r) -> r.get(FormColumn.CODE) != null && r.get(FormColumn.CODE).text().equals(code))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no row " + code));
	}

}
