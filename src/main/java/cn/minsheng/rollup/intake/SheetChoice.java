package cn.minsheng.rollup.intake;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.form.FormMetadata;
import cn.minsheng.rollup.intake.Identification.Source;
import cn.minsheng.rollup.intake.UnclearIdentityException.Sender;
import cn.minsheng.rollup.workbook.ParsedForm;
import cn.minsheng.rollup.workbook.RejectionKind;
import cn.minsheng.rollup.workbook.SheetCandidate;

/**
 * Chooses the form among the sheets of a workbook that all qualify as one (a unit keeps last month's table beside
 * this month's, or pastes another unit's form in): the sheet whose unit and month agree with the evidence outside
 * the sheets (hidden metadata, file name, folder). An earlier month of the same unit beside it is set aside, and the
 * check then warns about it (V106); another unit's form, a later month, or the same month twice with other figures
 * rejects the file, naming every sheet and what it says: nothing is filed for either silently.
 */
public final class SheetChoice {

	private SheetChoice() {
	}

	/**
	 * @param fileName the name the file was dropped under
	 * @param folder the folders it was dropped in, relative to the input folder, empty for none
	 * @return the sheet to read the form from when it is not the one read, empty to keep the form as read
	 * @throws UnclearIdentityException of kind {@link RejectionKind#SEVERAL_FORMS} when the sheets cannot be told
	 *     apart or another sheet holds a form that must not be dropped
	 */
	public static Optional<String> choose(ParsedForm form, String fileName, String folder, Catalog catalog)
			throws UnclearIdentityException {
		if (form.otherForms().isEmpty()) {
			return Optional.empty();
		}
		String name = fileName == null ? "" : fileName;
		Optional<FormMetadata> metadata = FormMetadata.fromEntries(form.metadata());
		List<Claim<String>> units = outside(FormIdentifier.unitClaims(metadata, form, name, catalog.units(),
				new ArrayList<>()));
		List<Claim<YearMonth>> periods = outside(FormIdentifier.periodClaims(metadata, form, name, folder,
				catalog.year(), new ArrayList<>()));
		Set<String> unit = values(units);
		Set<YearMonth> period = values(periods);
		if (unit.size() > 1 || period.size() > 1) {
			return Optional.empty(); // identification rejects the file, naming the sources that disagree
		}
		List<WeighedSheet> sheets = new ArrayList<>();
		sheets.add(WeighedSheet.of(form.asCandidate(), catalog));
		form.otherForms().forEach((c) -> sheets.add(WeighedSheet.of(c, catalog)));
		Evidence evidence = new Evidence(only(unit), only(period), units, periods);
		WeighedSheet chosen = chosen(sheets, evidence);
		List<String> problems = problems(sheets, chosen, evidence);
		if (!problems.isEmpty()) {
			throw rejection(sheets, evidence, String.join("；", problems));
		}
		return chosen == sheets.get(0) ? Optional.empty() : Optional.of(chosen.candidate().sheetName());
	}

	/** The one sheet agreeing best with the evidence; rejects when none agrees or several with other figures tie. */
	private static WeighedSheet chosen(List<WeighedSheet> sheets, Evidence evidence) throws UnclearIdentityException {
		List<WeighedSheet> agreeing = sheets.stream().filter((s) -> s.agreement(evidence) >= 0).toList();
		if (agreeing.isEmpty()) {
			throw rejection(sheets, evidence, "没有一个工作表与" + evidence.describe() + "一致");
		}
		int best = agreeing.stream().mapToInt((s) -> s.agreement(evidence)).max().orElseThrow();
		List<WeighedSheet> top = agreeing.stream().filter((s) -> s.agreement(evidence) == best).toList();
		if (top.stream().anyMatch((s) -> s.candidate().dataRows() > 0)) {
			top = top.stream().filter((s) -> s.candidate().dataRows() > 0).toList(); // a blank copy is no contender
		}
		WeighedSheet first = top.get(0);
		if (top.stream().anyMatch((s) -> !s.candidate().sameFiguresAs(first.candidate()))) {
			throw rejection(sheets, evidence, SheetReasons.names(top) + "无法分辨哪一份是本次报送的"
					+ (top.stream().allMatch((s) -> s.period().isPresent() && s.period().equals(first.period()))
							? "（月份相同，填写的数字不同）" : ""));
		}
		return first;
	}

	/** Why the other sheets must not be set aside: another unit's, a later month's, the same month's other figures. */
	private static List<String> problems(List<WeighedSheet> sheets, WeighedSheet chosen, Evidence evidence) {
		Optional<String> unit = chosen.unit().or(evidence::unit);
		Optional<YearMonth> period = chosen.period().or(evidence::period);
		List<String> problems = new ArrayList<>();
		for (WeighedSheet other : sheets) {
			if (other == chosen) {
				continue;
			}
			String sheet = "「" + other.candidate().sheetName() + "」";
			if (other.unit().isPresent() && unit.isPresent() && !other.unit().equals(unit)) {
				problems.add(sheet + "是" + other.unit().get() + "的月报表，而本文件是" + unit.get() + "的");
			}
			else if (other.period().isPresent() && period.isPresent() && other.period().get().isAfter(period.get())) {
				problems.add(sheet + "是 " + SheetReasons.month(other.period().get()) + " 的月报表，晚于本文件的 "
						+ SheetReasons.month(period.get()));
			}
			else if (other.period().isEmpty() || period.isEmpty() || other.period().equals(period)) {
				if (other.candidate().dataRows() > 0 && !other.candidate().sameFiguresAs(chosen.candidate())) {
					problems.add(sheet + "与「" + chosen.candidate().sheetName() + "」"
							+ (other.period().isPresent() ? "月份相同" : "看不出月份") + "，填写的数字不同，无法分辨以哪一份为准");
				}
			}
		}
		return problems;
	}

	private static UnclearIdentityException rejection(List<WeighedSheet> sheets, Evidence evidence, String why) {
		Optional<String> unit = evidence.unit().or(() -> common(sheets.stream().map(WeighedSheet::unit).toList()));
		Optional<YearMonth> period = evidence.period();
		return new UnclearIdentityException(RejectionKind.SEVERAL_FORMS, SheetReasons.of(sheets, why),
				new Sender(unit.orElse(null), period.orElse(null)));
	}

	private static <T> Optional<T> common(List<Optional<T>> values) {
		Set<Optional<T>> distinct = new LinkedHashSet<>(values);
		return distinct.size() == 1 ? distinct.iterator().next() : Optional.empty();
	}

	/** The claims found outside the sheets: a header speaks only for its own sheet. */
	private static <T> List<Claim<T>> outside(List<Claim<T>> claims) {
		return claims.stream().filter((c) -> c.source() != Source.HEADER && c.source() != Source.CODES).toList();
	}

	private static <T> Set<T> values(List<Claim<T>> claims) {
		Set<T> values = new LinkedHashSet<>();
		claims.forEach((c) -> values.add(c.value()));
		return values;
	}

	private static <T> Optional<T> only(Set<T> values) {
		return values.size() == 1 ? Optional.of(values.iterator().next()) : Optional.empty();
	}

	/** What the metadata, the file name and the folder say, each agreeing with the others. */
	record Evidence(Optional<String> unit, Optional<YearMonth> period, List<Claim<String>> unitClaims,
			List<Claim<YearMonth>> periodClaims) {

		/** 文件名「…」写的 县人社局、2023年12月，所在文件夹「2023-12」写的 2023年12月. */
		String describe() {
			Map<String, List<String>> bySource = new LinkedHashMap<>();
			unitClaims.forEach((c) -> bySource.computeIfAbsent(c.shownAs(), (k) -> new ArrayList<>()).add(c.value()));
			periodClaims.forEach((c) -> bySource.computeIfAbsent(c.shownAs(), (k) -> new ArrayList<>())
				.add(SheetReasons.month(c.value())));
			List<String> parts = new ArrayList<>();
			bySource.forEach((source, values) -> parts.add(source + "写的 " + String.join("、", values)));
			return String.join("，", parts) + " ";
		}

	}

	/**
	 * A sheet with the unit and month it names itself.
	 *
	 * @param unit from its 填报单位, else its tab name, else the one unit its codes belong to
	 * @param period from its 报送月份, else its tab name (「10月」)
	 */
	record WeighedSheet(SheetCandidate candidate, Optional<String> unit, Optional<YearMonth> period) {

		static WeighedSheet of(SheetCandidate candidate, Catalog catalog) {
			UnitNames names = UnitNames.of(catalog.units());
			Optional<String> unit = names.inDeclaredText(candidate.declaredUnit())
				.or(() -> names.inFreeText(candidate.sheetName()))
				.or(() -> owner(candidate, catalog));
			Optional<YearMonth> period = PeriodText.parseDeclared(candidate.declaredPeriod(), catalog.year())
				.or(() -> PeriodText.parse(candidate.sheetName(), catalog.year()));
			return new WeighedSheet(candidate, unit, period);
		}

		private static Optional<String> owner(SheetCandidate candidate, Catalog catalog) {
			Set<String> owners = new LinkedHashSet<>();
			candidate.codes().forEach((c) -> catalog.find(c).map(Indicator::responsibleUnit).ifPresent(owners::add));
			return owners.size() == 1 ? Optional.of(owners.iterator().next()) : Optional.empty();
		}

		/** -1 when it contradicts the evidence, else how many of unit and month it names as the evidence does. */
		int agreement(Evidence evidence) {
			int unitScore = score(this.unit, evidence.unit());
			int periodScore = score(this.period, evidence.period());
			return unitScore < 0 || periodScore < 0 ? -1 : unitScore + periodScore;
		}

		private static <T> int score(Optional<T> own, Optional<T> outside) {
			if (own.isEmpty() || outside.isEmpty()) {
				return 0;
			}
			return own.equals(outside) ? 1 : -1;
		}

	}

}
