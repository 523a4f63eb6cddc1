package cn.minsheng.rollup.intake;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.form.FormColumn;
import cn.minsheng.rollup.form.FormMetadata;
import cn.minsheng.rollup.intake.Identification.Source;
import cn.minsheng.rollup.workbook.FormReadException;
import cn.minsheng.rollup.workbook.FormRow;
import cn.minsheng.rollup.workbook.ParsedForm;
import cn.minsheng.rollup.workbook.RejectionKind;
import cn.minsheng.rollup.workbook.RowText;

/**
 * Ties a read form to one unit and one month, trusting the template's hidden metadata first, then what the unit
 * wrote above the table, then the indicator codes in the rows, and the file name only as a last hint.
 */
public class FormIdentifier {

	/**
	 * Identifies a form against one year's catalog.
	 * @param fileName the name the file was dropped under, used only when nothing inside the file says enough
	 * @throws FormReadException of kind {@link RejectionKind#UNIDENTIFIED} when the unit or the month is not clear;
	 * the message says which is missing and what to do
	 */
	public Identification identify(ParsedForm form, String fileName, Catalog catalog) throws FormReadException {
		return identify(form, fileName, catalog.year(),
				(year) -> year == catalog.year() ? Optional.of(catalog) : Optional.empty());
	}

	/**
	 * Identifies a form of any year that has a catalog: the month first (a month written without its year is taken
	 * to be of {@code currentYear}), then the unit among those of that month's catalog.
	 * @param catalogs the catalog of a year, empty when that year has none
	 * @throws FormReadException of kind {@link RejectionKind#UNIDENTIFIED} when the unit or the month is not clear, or
	 * the month is of a year without a catalog; the message says what to do
	 */
	public Identification identify(ParsedForm form, String fileName, int currentYear,
			IntFunction<Optional<Catalog>> catalogs) throws FormReadException {
		Optional<FormMetadata> metadata = FormMetadata.fromEntries(form.metadata());
		List<String> periodProblems = new ArrayList<>();
		Optional<Found<YearMonth>> period = metadata.map((m) -> new Found<>(m.period(), Source.METADATA))
			.or(() -> periodFromHeader(form, currentYear, periodProblems))
			.or(() -> periodFromFileName(fileName, currentYear, periodProblems));
		int year = period.map((p) -> p.value().getYear()).orElse(currentYear);
		Optional<Catalog> ofYear = catalogs.apply(year);
		if (ofYear.isEmpty() && period.isPresent()) {
			throw new FormReadException(RejectionKind.UNIDENTIFIED, "报送月份为 " + year + " 年"
					+ period.get().value().getMonthValue() + " 月，系统中没有 " + year + " 年的项目清单，无法校验。"
					+ "请确认「报送月份」填写无误后重新报送；如确为该年度的报表，请联系县专班办公室");
		}
		Catalog catalog = ofYear.or(() -> catalogs.apply(currentYear))
			.orElseThrow(() -> new IllegalStateException("no catalog of the current year " + currentYear));
		List<String> units = catalog.units();
		List<String> unitProblems = new ArrayList<>();
		Optional<Found<String>> unit = unitFromMetadata(metadata, units)
			.or(() -> unitFromHeader(form, units, unitProblems))
			.or(() -> unitFromCodes(form, catalog, unitProblems))
			.or(() -> unitFromFileName(fileName, units, unitProblems));
		if (unit.isEmpty() || period.isEmpty()) {
			throw new FormReadException(RejectionKind.UNIDENTIFIED,
					IdentificationReasons.of(unit.isEmpty() ? unitProblems : null,
							period.isEmpty() ? periodProblems : null, units, catalog.year()));
		}
		String templateVersion = metadata.map(FormMetadata::templateVersion).orElse(null);
		return new Identification(unit.get().value(), period.get().value(), unit.get().source(),
				period.get().source(), templateVersion);
	}

	private static Optional<Found<String>> unitFromMetadata(Optional<FormMetadata> metadata, List<String> units) {
		return metadata.map(FormMetadata::unit).filter(units::contains).map((u) -> new Found<>(u, Source.METADATA));
	}

	private static Optional<Found<String>> unitFromHeader(ParsedForm form, List<String> units, List<String> problems) {
		Optional<String> unit = UnitNames.inDeclaredText(form.declaredUnit(), units);
		if (unit.isEmpty()) {
			problems.add(form.declaredUnit().isBlank() ? "表头「填报单位」为空"
					: "表头「填报单位」填写的「" + form.declaredUnit() + "」不是本年度的责任单位");
		}
		return unit.map((u) -> new Found<>(u, Source.HEADER));
	}

	private static Optional<Found<String>> unitFromCodes(ParsedForm form, Catalog catalog, List<String> problems) {
		Set<String> owners = new LinkedHashSet<>();
		boolean anyCode = false;
		for (FormRow row : form.rows()) {
			String code = RowText.compact(row.cell(FormColumn.CODE).text()).toUpperCase(Locale.ROOT);
			anyCode |= !code.isEmpty();
			catalog.find(code).map(Indicator::responsibleUnit).ifPresent(owners::add);
		}
		if (owners.size() == 1) {
			return Optional.of(new Found<>(owners.iterator().next(), Source.CODES));
		}
		problems.add(!anyCode ? "表中没有项目编码" : owners.isEmpty() ? "项目编码都不在本年度指标清单中"
				: "项目编码分属多个单位（" + String.join("、", owners) + "）");
		return Optional.empty();
	}

	private static Optional<Found<String>> unitFromFileName(String fileName, List<String> units,
			List<String> problems) {
		Optional<String> unit = UnitNames.inFreeText(fileName == null ? "" : fileName, units);
		if (unit.isEmpty()) {
			problems.add("文件名中也没有单位名称");
		}
		return unit.map((u) -> new Found<>(u, Source.FILE_NAME));
	}

	private static Optional<Found<YearMonth>> periodFromHeader(ParsedForm form, int year, List<String> problems) {
		Optional<YearMonth> period = PeriodText.parseDeclared(form.declaredPeriod(), year);
		if (period.isEmpty()) {
			problems.add(form.declaredPeriod().isBlank() ? "表头「报送月份」为空"
					: "表头「报送月份」填写的「" + form.declaredPeriod() + "」无法识别为月份");
		}
		return period.map((p) -> new Found<>(p, Source.HEADER));
	}

	private static Optional<Found<YearMonth>> periodFromFileName(String fileName, int year, List<String> problems) {
		Optional<YearMonth> period = PeriodText.parse(fileName == null ? "" : fileName, year);
		if (period.isEmpty()) {
			problems.add("文件名中也没有月份");
		}
		return period.map((p) -> new Found<>(p, Source.FILE_NAME));
	}

	/** A value and where it was found. */
	private record Found<T>(T value, Source source) {
	}

}
