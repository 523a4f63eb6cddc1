package cn.minsheng.rollup.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.form.DistributionColumn;
import cn.minsheng.rollup.form.FormLayout;
import cn.minsheng.rollup.workbook.DistributionRow;
import cn.minsheng.rollup.workbook.FieldValue;

/**
 * Checks the rows of 项目分布清单 one at a time as they are streamed (V501–V503, V505, V506, and V211 for a formula
 * the reader could not calculate) and adds up 数量 per
 * code; its memory holds one sum per code of the unit and at most {@code capPerRule} violations per rule, however
 * many rows the sheet has. Create one per file.
 * <p>
 * Intake streams this sheet before it knows whose form it is (the hidden sheet that says so may come last), so a
 * checker made with {@link #DistributionChecker(Catalog)} defers the one check that needs the unit: it keeps a sum
 * and the first {@code capPerRule} cells of every catalog code, and {@link #totals(String, YearMonth)} reports the
 * codes of other units once the unit is known.
 */
public class DistributionChecker {

	public static final int DEFAULT_CAP_PER_RULE = 100;

	private static final String SHEET = FormLayout.DISTRIBUTION_SHEET;

	private final Catalog catalog;

	private final String unit;

	private final YearMonth period;

	private final int capPerRule;

	private final Map<String, BigDecimal> quantityByCode = new LinkedHashMap<>();

	private final List<Violation> violations = new ArrayList<>();

	private final Map<Rule, Long> countByRule = new EnumMap<>(Rule.class);

	/** Deferred mode only: the first cells of each catalog code, for V503 once the unit is known. */
	private final Map<String, List<Place>> placesByCode = new LinkedHashMap<>();

	private final Map<String, Long> rowsByCode = new LinkedHashMap<>();

	private long rowCount;

	public DistributionChecker(Catalog catalog, String unit, YearMonth period) {
		this(catalog, unit, period, DEFAULT_CAP_PER_RULE);
	}

	public DistributionChecker(Catalog catalog, String unit, YearMonth period, int capPerRule) {
		if (capPerRule < 1) {
			throw new IllegalArgumentException("capPerRule must be positive");
		}
		this.catalog = catalog;
		this.unit = unit;
		this.period = period;
		this.capPerRule = capPerRule;
	}

	/** A checker for a file whose unit and month are not known yet; finish with {@link #totals(String, YearMonth)}. */
	public DistributionChecker(Catalog catalog) {
		this(catalog, null, null, DEFAULT_CAP_PER_RULE);
	}

	/** Types one row, records its problems and adds its quantity to its code's total. */
	public DistributionEntry accept(DistributionRow row) {
		this.rowCount++;
		boolean codeUncalculated = uncalculated(row, DistributionColumn.CODE);
		String code = codeUncalculated ? "" : ValueParser.code(row.cell(DistributionColumn.CODE).text());
		boolean ours = !codeUncalculated && checkCode(row, code);
		BigDecimal quantity = uncalculated(row, DistributionColumn.QUANTITY) ? null : quantity(row);
		if (ours) {
			this.quantityByCode.merge(code, quantity == null ? BigDecimal.ZERO : quantity, BigDecimal::add);
		}
		LocalDate doneDate = uncalculated(row, DistributionColumn.DONE_DATE) ? null : doneDate(row);
		return new DistributionEntry(row.rowNumber(), code.isEmpty() ? null : code, text(row, DistributionColumn.TOWN),
				text(row, DistributionColumn.SITE), quantity, doneDate, text(row, DistributionColumn.REMARKS));
	}

	/**
	 * A formula the reader could not calculate: named as such (V211, never 「未填写」: the unit sees a value in Excel),
	 * and no other rule speaks of the cell.
	 */
	private boolean uncalculated(DistributionRow row, DistributionColumn column) {
		if (!row.cell(column).isUncalculatedFormula()) {
			return false;
		}
		add(Rule.FORMULA_WITHOUT_RESULT, row, column, "为公式，但文件中没有计算结果；请在 Excel 或 WPS 中打开、保存后重新报送");
		return true;
	}

	/**
	 * The totals of a checker made before the unit was known: codes of other units become V503 violations (their
	 * first cells listed) and drop out of the sums.
	 */
	public DistributionTotals totals(String unit, YearMonth period) {
		if (this.unit != null) {
			return totals();
		}
		this.placesByCode.forEach((code, places) -> {
			Indicator indicator = this.catalog.find(code).orElseThrow();
			if (!indicator.responsibleUnit().equals(unit)) {
				this.quantityByCode.remove(code);
				String rest = code + "（" + indicator.name() + "）由" + indicator.responsibleUnit() + "负责，不属于" + unit;
				long listed = this.countByRule.getOrDefault(Rule.DISTRIBUTION_CODE_OF_OTHER_UNIT, 0L);
				places.stream()
					.limit(Math.max(0, this.capPerRule - listed))
					.forEach((place) -> this.violations.add(place.violation(Rule.DISTRIBUTION_CODE_OF_OTHER_UNIT, rest)));
				this.countByRule.merge(Rule.DISTRIBUTION_CODE_OF_OTHER_UNIT, this.rowsByCode.get(code), Long::sum);
			}
		});
		return totals();
	}

	/** The sums so far and the problems found, with one line per rule saying how many more were not listed. */
	public DistributionTotals totals() {
		List<Violation> all = new ArrayList<>(this.violations);
		this.countByRule.forEach((rule, count) -> {
			if (count > this.capPerRule) {
				all.add(rule.at(SHEET, "", SHEET + " 另有 " + (count - this.capPerRule) + " 处同类问题（" + rule.code() + " "
						+ rule.title() + "），仅列出前 " + this.capPerRule + " 处"));
			}
		});
		return new DistributionTotals(this.quantityByCode, this.rowCount, all);
	}

	private boolean checkCode(DistributionRow row, String code) {
		if (code.isEmpty()) {
			add(Rule.DISTRIBUTION_UNKNOWN_CODE, row, DistributionColumn.CODE, "未填写");
			return false;
		}
		Optional<Indicator> indicator = this.catalog.find(code);
		if (indicator.isEmpty()) {
			add(Rule.DISTRIBUTION_UNKNOWN_CODE, row, DistributionColumn.CODE,
					"为「" + code + "」，不在" + this.catalog.year() + "年项目清单中");
			return false;
		}
		if (this.unit == null) {
			deferOwnershipCheck(row, code);
			return true;
		}
		if (!indicator.get().responsibleUnit().equals(this.unit)) {
			add(Rule.DISTRIBUTION_CODE_OF_OTHER_UNIT, row, DistributionColumn.CODE, code + "（" + indicator.get().name()
					+ "）由" + indicator.get().responsibleUnit() + "负责，不属于" + this.unit);
			return false;
		}
		return true;
	}

	private BigDecimal quantity(DistributionRow row) {
		ParsedValue<BigDecimal> read = ValueParser.number(row.cell(DistributionColumn.QUANTITY), null);
		if (read.isInvalid()) {
			add(Rule.DISTRIBUTION_QUANTITY_NOT_NUMBER, row, DistributionColumn.QUANTITY, "应为数字，" + read.found());
		}
		else if (read.isPresent() && read.value().signum() < 0) {
			add(Rule.DISTRIBUTION_QUANTITY_NOT_NUMBER, row, DistributionColumn.QUANTITY,
					"不能为负数，实际填写为「" + Texts.number(read.value()) + "」");
		}
		return read.value();
	}

	private LocalDate doneDate(DistributionRow row) {
		ParsedValue<LocalDate> read = ValueParser.date(row.cell(DistributionColumn.DONE_DATE));
		if (read.isInvalid()) {
			add(Rule.DISTRIBUTION_DATE_UNREADABLE, row, DistributionColumn.DONE_DATE,
					"应为日期（如 2023-11-05），" + read.found());
		}
		else if (read.isPresent() && read.value().getYear() != year()) {
			add(Rule.DISTRIBUTION_DATE_OUTSIDE_YEAR, row, DistributionColumn.DONE_DATE,
					"为 " + read.value() + "，不在" + year() + "年内");
		}
		return read.value();
	}

	private int year() {
		return this.period != null ? this.period.getYear() : this.catalog.year();
	}

	private void deferOwnershipCheck(DistributionRow row, String code) {
		long seen = this.rowsByCode.merge(code, 1L, Long::sum);
		if (seen <= this.capPerRule) {
			FieldValue cell = row.cell(DistributionColumn.CODE);
			this.placesByCode.computeIfAbsent(code, (c) -> new ArrayList<>())
				.add(Place.cell(SHEET, cell.cellRef(), "第" + row.rowNumber() + "行", DistributionColumn.CODE.header()));
		}
	}

	private String text(DistributionRow row, DistributionColumn column) {
		if (uncalculated(row, column)) {
			return null;
		}
		String t = row.cell(column).text().strip();
		return t.isEmpty() ? null : t;
	}

	private void add(Rule rule, DistributionRow row, DistributionColumn column, String rest) {
		long count = this.countByRule.merge(rule, 1L, Long::sum);
		if (count <= this.capPerRule) {
			FieldValue cell = row.cell(column);
			Place place = Place.cell(SHEET, cell.cellRef(), "第" + row.rowNumber() + "行", column.header());
			this.violations.add(place.violation(rule, rest));
		}
	}

}
