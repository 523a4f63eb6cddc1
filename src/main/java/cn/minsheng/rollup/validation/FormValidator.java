package cn.minsheng.rollup.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Measure;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.form.FormLayout;
import cn.minsheng.rollup.workbook.ColumnConflict;
import cn.minsheng.rollup.workbook.FormRow;
import cn.minsheng.rollup.workbook.ParsedForm;

/**
 * Checks one unit's form against the catalog, last month's figures and the rules in {@link Rule}, finding every
 * problem in one pass, and types the rows the ledger stores.
 */
public class FormValidator {

	/** A cumulative above 150 % of the annual target is reported as suspicious (V302). */
	public static final BigDecimal DEFAULT_FAR_ABOVE_TARGET = new BigDecimal("1.5");

	private final BigDecimal farAboveTarget;

	public FormValidator() {
		this(DEFAULT_FAR_ABOVE_TARGET);
	}

	/** @param farAboveTarget the share of the annual target above which V302 warns, e.g. 1.5 */
	public FormValidator(BigDecimal farAboveTarget) {
		if (farAboveTarget.compareTo(BigDecimal.ONE) < 0) {
			throw new IllegalArgumentException("farAboveTarget must be at least 1");
		}
		this.farAboveTarget = farAboveTarget;
	}

	/**
	 * @param unit the unit the file was identified as
	 * @param period the month the file was identified as
	 * @param distribution what the {@link DistributionChecker} found in 项目分布清单; {@code null} or
	 * {@link DistributionTotals#empty()} when the file has none
	 * @param prior the ledger's accepted figures of earlier months
	 * @param runDate today, for the checks against the future
	 */
	public ValidationResult validate(ParsedForm form, String unit, YearMonth period, Catalog catalog,
			DistributionTotals distribution, PriorFigures prior, LocalDate runDate) {
		String sheet = form.mainSheetName() == null || form.mainSheetName().isBlank() ? FormLayout.MAIN_SHEET
				: form.mainSheetName();
		FormContext context = new FormContext(unit, period, catalog, prior, runDate, sheet, this.farAboveTarget);
		List<Violation> violations = new ArrayList<>();
		new FormChecks(context, violations).check(form);
		// Without codes no row can be told apart: V101 says so, and nothing is reported missing or typed.
		boolean codes = !form.missingColumns().contains(FormColumn.CODE);
		Map<String, TypedRow> rows = codes ? rows(form, context, violations) : Map.of();
		List<ReportedRow> reported = new ArrayList<>();
		rows.forEach((code, row) -> reported.add(reported(catalog.find(code).orElseThrow(), row,
				monthDone(catalog.find(code).orElseThrow(), row, context))));
		// a code the reader could not calculate is named (V211); which indicator it is the unit sees in Excel
		boolean codesKnown = form.rows().stream().noneMatch((r) -> r.cell(FormColumn.CODE).isUncalculatedFormula());
		if (codes && codesKnown) {
			for (Indicator i : catalog.indicatorsOf(unit)) {
				if (!rows.containsKey(i.code())) {
					violations.add(Place.sheet(sheet)
						.violation(Rule.INDICATOR_MISSING, "缺少本单位指标 " + i.code() + "「" + i.name() + "」的行"));
				}
			}
		}
		form.columnConflicts().forEach((c) -> violations.add((c.kind() == ColumnConflict.Kind.MERGED_FIGURE
				? Rule.MERGED_FIGURE : Rule.REPEATED_COLUMN_CONFLICT).at(sheet, c.cellRef(),
						sheet + " " + c.cellRef() + " " + c.message())));
		new FooterChecks(context, violations).check(form);
		DistributionTotals totals = distribution != null ? distribution : DistributionTotals.empty();
		violations.addAll(totals.violations());
		distributionAgainstCumulative(totals, rows, catalog, violations);
		return new ValidationResult(reported, violations);
	}

	/** Types every row; returns the first row of each known code of the unit, in file order. */
	private Map<String, TypedRow> rows(ParsedForm form, FormContext context, List<Violation> violations) {
		Set<FormColumn> missing = new HashSet<>(form.missingColumns());
		RowTyper typer = new RowTyper(violations, context.period().getYear());
		RowFigures figures = new RowFigures(context, missing, violations);
		RowConsistency consistency = new RowConsistency(context, violations);
		RowDates dates = new RowDates(context, violations);
		Map<String, TypedRow> ours = new LinkedHashMap<>();
		Map<String, Integer> firstRowOfCode = new LinkedHashMap<>();
		for (FormRow formRow : form.rows()) {
			RowView view = new RowView(formRow, context.sheet(), form.columnLetters());
			String code = ValueParser.code(view.cell(FormColumn.CODE).text());
			Optional<Indicator> indicator = identify(view, code, context, firstRowOfCode, violations);
			TypedRow row = typer.type(view, code, indicator.map(Indicator::unitOfMeasure).orElse(null));
			if (indicator.isPresent()) {
				ours.put(code, row);
				figures.check(indicator.get(), row);
				consistency.check(indicator.get(), row, Completion.rate(indicator.get(), row));
				dates.check(indicator.get(), row);
			}
		}
		return ours;
	}

	/** The indicator of a row when its code is known, the unit's, and not seen before; else reports why not. */
	private static Optional<Indicator> identify(RowView view, String code, FormContext context,
			Map<String, Integer> firstRowOfCode, List<Violation> violations) {
		Place place = view.place(FormColumn.CODE);
		if (view.cell(FormColumn.CODE).isUncalculatedFormula()) {
			// the unit sees a code in Excel: never 「未填写」, and the row is not stored without knowing whose it is
			violations.add(place.violation(Rule.FORMULA_WITHOUT_RESULT, RowTyper.NO_RESULT));
			return Optional.empty();
		}
		if (code.isEmpty()) {
			violations.add(place.violation(Rule.REQUIRED_VALUE_MISSING, "未填写"));
			return Optional.empty();
		}
		Optional<Indicator> indicator = context.catalog().find(code);
		if (indicator.isEmpty()) {
			violations.add(place.violation(Rule.UNKNOWN_CODE,
					"为「" + code + "」，不在" + context.catalog().year() + "年项目清单中"));
			return Optional.empty();
		}
		Indicator found = indicator.get();
		if (!found.responsibleUnit().equals(context.unit())) {
			violations.add(place.violation(Rule.CODE_OF_OTHER_UNIT,
					code + "（" + found.name() + "）由" + found.responsibleUnit() + "负责，不属于" + context.unit()));
			return Optional.empty();
		}
		Integer first = firstRowOfCode.putIfAbsent(code, view.rowNumber());
		if (first != null) {
			violations.add(place.violation(Rule.DUPLICATE_CODE, code + " 与第" + first + "行重复，每个指标只填一行"));
			return Optional.empty();
		}
		return indicator;
	}

	private static void distributionAgainstCumulative(DistributionTotals distribution, Map<String, TypedRow> rows,
			Catalog catalog, List<Violation> violations) {
		distribution.quantityByCode().forEach((code, total) -> {
			TypedRow row = rows.get(code);
			boolean counted = catalog.find(code).map((i) -> i.measure() == Measure.CUMULATIVE).orElse(false);
			if (row == null || !counted || row.cumulative().value() == null) {
				return;
			}
			BigDecimal cumulative = row.cumulative().value();
			if (total.subtract(cumulative).abs().compareTo(RowFigures.TOLERANCE) > 0) {
				violations.add(row.view().place(FormColumn.CUMULATIVE_DONE).violation(Rule.DISTRIBUTION_TOTAL_MISMATCH,
						"为 " + Texts.number(cumulative) + "，而" + FormLayout.DISTRIBUTION_SHEET + "中 " + code
								+ " 的数量合计为 " + Texts.number(total)));
			}
		});
	}

	/**
	 * 本月完成 as stored: as written, or for a counted indicator left blank, 累计 − 上月 (a blank where nothing
	 * happened stays blank in the ledger).
	 */
	private static BigDecimal monthDone(Indicator indicator, TypedRow row, FormContext context) {
		if (indicator.measure() != cn.minsheng.rollup.catalog.Measure.CUMULATIVE) {
			return row.monthDone().value();
		}
		return RowFigures.derivedMonth(context, indicator.code(), row).filter((m) -> m.signum() != 0)
			.orElse(row.monthDone().value());
	}

	private static ReportedRow reported(Indicator indicator, TypedRow row, BigDecimal monthDone) {
		RowView view = row.view();
		return new ReportedRow(view.rowNumber(), indicator.code(), monthDone, row.cumulative().value(),
				Completion.rate(indicator, row), Optional.ofNullable(row.status().value()).map(ProjectStatus::label)
					.orElse(null),
				row.funds().value(), row.investment().value(), row.online().value(), row.offline().value(),
				row.start().value(), row.finish().value(), text(view, FormColumn.PROBLEMS),
				text(view, FormColumn.NEXT_STEPS), text(view, FormColumn.REMARKS));
	}

	private static String text(RowView view, FormColumn column) {
		String t = view.cell(column).text().strip();
		return t.isEmpty() ? null : t;
	}

}
