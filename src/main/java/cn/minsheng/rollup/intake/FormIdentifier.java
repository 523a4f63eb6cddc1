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
import cn.minsheng.rollup.form.FormLayout;
import cn.minsheng.rollup.form.FormMetadata;
import cn.minsheng.rollup.intake.Identification.Source;
import cn.minsheng.rollup.intake.UnclearIdentityException.Sender;
import cn.minsheng.rollup.workbook.FormReadException;
import cn.minsheng.rollup.workbook.FormRow;
import cn.minsheng.rollup.workbook.ParsedForm;
import cn.minsheng.rollup.workbook.RejectionKind;
import cn.minsheng.rollup.workbook.RowText;

/**
 * Ties a read form to one unit and one month from all the evidence: the template's hidden metadata, what the unit
 * wrote above the table, the file name and (for the month) the folder; the indicator codes name the unit only when
 * nothing else does. When two sources disagree the form is rejected, never filed under one of them silently: a unit
 * that fills last month's file with this month's figures and renames it would otherwise overwrite last month.
 */
public class FormIdentifier {

	/** Identifies a form dropped straight into the input folder (or checked again from its kept original). */
	public Identification identify(ParsedForm form, String fileName, Catalog catalog) throws FormReadException {
		return identify(form, fileName, "", catalog);
	}

	/**
	 * Identifies a form.
	 * @param fileName the name the file was dropped under
	 * @param folder the folders it was dropped in, relative to the input folder ({@code 2023-11}), empty for none
	 * @throws UnclearIdentityException of kind {@link RejectionKind#UNIDENTIFIED} when the unit or the month is not
	 * clear, of kind {@link RejectionKind#CONFLICTING_IDENTITY} when the sources disagree; the message names them
	 * and says what to do
	 */
	public Identification identify(ParsedForm form, String fileName, String folder, Catalog catalog)
			throws FormReadException {
		Optional<FormMetadata> metadata = FormMetadata.fromEntries(form.metadata());
		List<String> units = catalog.units();
		String name = fileName == null ? "" : fileName;
		List<String> unitProblems = new ArrayList<>();
		List<Claim<String>> unitClaims = unitClaims(metadata, form, name, units, unitProblems);
		List<String> periodProblems = new ArrayList<>();
		List<Claim<YearMonth>> periodClaims = periodClaims(metadata, form, name, folder, catalog.year(),
				periodProblems);
		boolean unitsDisagree = distinct(unitClaims).size() > 1;
		boolean monthsDisagree = distinct(periodClaims).size() > 1;
		if (unitsDisagree || monthsDisagree) {
			String unit = unitsDisagree ? null : unitClaims.get(0).value();
			YearMonth newest = distinct(periodClaims).stream().max(YearMonth::compareTo).orElse(null);
			throw new UnclearIdentityException(RejectionKind.CONFLICTING_IDENTITY,
					ConflictReasons.of(unitsDisagree ? unitClaims : null, monthsDisagree ? periodClaims : null),
					new Sender(unit, newest));
		}
		Optional<Claim<String>> unit = unitClaims.stream()
			.filter((c) -> c.source() != Source.FILE_NAME)
			.findFirst()
			.or(() -> unitFromCodes(form, catalog, unitProblems))
			.or(() -> unitFromFileName(unitClaims, unitProblems));
		Optional<Claim<YearMonth>> period = periodClaims.stream().findFirst();
		if (unit.isEmpty() || period.isEmpty()) {
			throw new UnclearIdentityException(RejectionKind.UNIDENTIFIED,
					IdentificationReasons.of(unit.isEmpty() ? unitProblems : null,
							period.isEmpty() ? periodProblems : null, units, catalog.year()),
					new Sender(unit.map(Claim::value).orElse(null), period.map(Claim::value).orElse(null)));
		}
		String templateVersion = metadata.map(FormMetadata::templateVersion).orElse(null);
		return new Identification(unit.get().value(), period.get().value(), unit.get().source(),
				period.get().source(), templateVersion);
	}

	/**
	 * Identifies a form of any year that has a catalog: the month first, from the sources that agree on it (a month
	 * written without its year is taken to be of {@code currentYear} until a source names the year), then everything
	 * against that month's catalog.
	 * @param catalogs the catalog of a year, empty when that year has none
	 * @throws FormReadException as {@link #identify(ParsedForm, String, String, Catalog)} does, and of kind
	 * {@link RejectionKind#UNIDENTIFIED} when the month is of a year without a catalog
	 */
	public Identification identify(ParsedForm form, String fileName, String folder, int currentYear,
			IntFunction<Optional<Catalog>> catalogs) throws FormReadException {
		Optional<FormMetadata> metadata = FormMetadata.fromEntries(form.metadata());
		Set<YearMonth> months = distinct(periodClaims(metadata, form, fileName == null ? "" : fileName, folder,
				currentYear, new ArrayList<>()));
		int year = months.size() == 1 ? months.iterator().next().getYear() : currentYear;
		Optional<Catalog> ofYear = catalogs.apply(year);
		if (ofYear.isEmpty() && months.size() == 1) {
			YearMonth month = months.iterator().next();
			throw new UnclearIdentityException(RejectionKind.UNIDENTIFIED, "报送月份为 " + year + " 年"
					+ month.getMonthValue() + " 月，系统中没有 " + year + " 年的项目清单，无法校验。"
					+ "请确认「报送月份」填写无误后重新报送；如确为该年度的报表，请联系县专班办公室", Sender.UNKNOWN);
		}
		Catalog catalog = ofYear.or(() -> catalogs.apply(currentYear))
			.orElseThrow(() -> new IllegalStateException("no catalog of the current year " + currentYear));
		return identify(form, fileName, folder, catalog);
	}

	/**
	 * The unit and month a file's name and folder name, for a file rejected before its content could be read
	 * (encrypted, .ods, .csv, damaged): both or nothing is clear.
	 */
	public Sender senderFromPath(String fileName, String folder, Catalog catalog) {
		Optional<String> unit = UnitNames.of(catalog.units()).inFreeText(fileName == null ? "" : fileName);
		Set<YearMonth> named = new LinkedHashSet<>(PeriodText.parse(fileName == null ? "" : fileName,
				catalog.year()).stream().toList());
		folderMonth(folder, catalog.year()).ifPresent(named::add);
		YearMonth period = named.size() == 1 ? named.iterator().next() : null;
		return unit.isPresent() && period != null ? new Sender(unit.get(), period) : Sender.UNKNOWN;
	}

	static List<Claim<String>> unitClaims(Optional<FormMetadata> metadata, ParsedForm form, String fileName,
			List<String> units, List<String> problems) {
		List<Claim<String>> claims = new ArrayList<>();
		UnitNames names = UnitNames.of(units);
		metadata.map(FormMetadata::unit)
			.filter(units::contains)
			.ifPresent((u) -> claims.add(new Claim<>(u, Source.METADATA, hiddenSheet())));
		Optional<String> declared = names.inDeclaredText(form.declaredUnit());
		declared.ifPresent((u) -> claims.add(new Claim<>(u, Source.HEADER, "表头「填报单位」")));
		if (declared.isEmpty()) {
			problems.add(form.declaredUnit().isBlank() ? blankHeader(form, ParsedForm.UNIT_LABEL)
					: "表头「填报单位」填写的「" + form.declaredUnit() + "」不是本年度的责任单位");
		}
		Optional<String> named = names.inFreeText(fileName);
		named.ifPresent((u) -> claims.add(new Claim<>(u, Source.FILE_NAME, "文件名「" + fileName + "」")));
		return claims;
	}

	private static Optional<Claim<String>> unitFromCodes(ParsedForm form, Catalog catalog, List<String> problems) {
		Set<String> owners = new LinkedHashSet<>();
		boolean anyCode = false;
		for (FormRow row : form.rows()) {
			String code = RowText.compact(row.cell(FormColumn.CODE).text()).toUpperCase(Locale.ROOT);
			anyCode |= !code.isEmpty();
			catalog.find(code).map(Indicator::responsibleUnit).ifPresent(owners::add);
		}
		if (owners.size() == 1) {
			return Optional.of(new Claim<>(owners.iterator().next(), Source.CODES, "项目编码"));
		}
		problems.add(!anyCode ? "表中没有项目编码" : owners.isEmpty() ? "项目编码都不在本年度指标清单中"
				: "项目编码分属多个单位（" + String.join("、", owners) + "）");
		return Optional.empty();
	}

	private static Optional<Claim<String>> unitFromFileName(List<Claim<String>> claims, List<String> problems) {
		Optional<Claim<String>> named = claims.stream().filter((c) -> c.source() == Source.FILE_NAME).findFirst();
		if (named.isEmpty()) {
			problems.add("文件名中也没有单位名称");
		}
		return named;
	}

	static List<Claim<YearMonth>> periodClaims(Optional<FormMetadata> metadata, ParsedForm form,
			String fileName, String folder, int year, List<String> problems) {
		List<Claim<YearMonth>> claims = new ArrayList<>();
		metadata.map(FormMetadata::period).ifPresent((p) -> claims.add(new Claim<>(p, Source.METADATA, hiddenSheet())));
		Optional<YearMonth> declared = PeriodText.parseDeclared(form.declaredPeriod(), year);
		declared.ifPresent((p) -> claims.add(new Claim<>(p, Source.HEADER, "表头「报送月份」")));
		if (declared.isEmpty()) {
			problems.add(form.declaredPeriod().isBlank() ? blankHeader(form, ParsedForm.PERIOD_LABEL)
					: "表头「报送月份」填写的「" + form.declaredPeriod() + "」无法识别为月份");
		}
		Set<YearMonth> inName = PeriodText.allIn(fileName, year);
		if (inName.isEmpty()) {
			problems.add("文件名中也没有月份");
		}
		else {
			// a name that also carries the day it was sent agrees with a month any other source names
			YearMonth named = inName.stream().filter((p) -> claims.stream().anyMatch((c) -> c.value().equals(p)))
				.findFirst()
				.orElse(inName.iterator().next());
			claims.add(new Claim<>(named, Source.FILE_NAME, "文件名「" + fileName + "」"));
		}
		folderMonth(folder, year).ifPresent((p) -> claims.add(new Claim<>(p, Source.FOLDER,
				"所在文件夹「" + folder + "」")));
		return claims;
	}

	/**
	 * Why a header value reads as empty: left blank, or a formula saved without its result (the unit sees a value in
	 * Excel, so 为空 would puzzle it).
	 */
	private static String blankHeader(ParsedForm form, String label) {
		String noResult = " 为公式，但文件中没有计算结果";
		String advice = "请在 Excel 或 WPS 中打开、保存";
		String cellRef = form.headerFormulas().get(label);
		if (cellRef != null) {
			return "表头「" + label + "」" + cellRef + noResult + "（" + advice + "）";
		}
		// a label not found at all may be inside a formula cell of the block (="报送月份："&TEXT(…))
		List<String> cells = form.headerFormulas().entrySet().stream().filter((e) -> e.getKey().equals(e.getValue()))
			.map(java.util.Map.Entry::getValue).toList();
		return cells.isEmpty() ? "表头「" + label + "」为空"
				: "表头「" + label + "」为空（表头中 " + String.join("、", cells) + noResult + "；" + advice + "）";
	}

	/** The month the innermost folder that names one names. */
	private static Optional<YearMonth> folderMonth(String folder, int year) {
		if (folder == null || folder.isBlank()) {
			return Optional.empty();
		}
		String[] segments = folder.replace('\\', '/').split("/");
		for (int i = segments.length - 1; i >= 0; i--) {
			Optional<YearMonth> month = PeriodText.parse(segments[i], year);
			if (month.isPresent()) {
				return month;
			}
		}
		return Optional.empty();
	}

	private static String hiddenSheet() {
		return "隐藏的「" + FormLayout.META_SHEET + "」工作表";
	}

	private static <T> Set<T> distinct(List<Claim<T>> claims) {
		Set<T> values = new LinkedHashSet<>();
		claims.forEach((c) -> values.add(c.value()));
		return values;
	}

}
