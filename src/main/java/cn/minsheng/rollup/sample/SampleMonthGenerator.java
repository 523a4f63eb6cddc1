package cn.minsheng.rollup.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.form.FormFileNames;
import cn.minsheng.rollup.form.UnitForm;

/**
 * Writes filled monthly forms the way units return them, for demonstrations, tests and volume runs: each file is the
 * real template with its input cells filled with plausible, consistent figures (see {@link SampleSpec}), optionally
 * with deliberate mistakes. Files go to {@code <root>/<yyyy-MM>/}, and with several counties to
 * {@code <root>/<yyyy-MM>/县NN/}.
 */
public final class SampleMonthGenerator {

	/** Rows of 项目分布清单 written at least when a mistake has to be made there. */
	static final int MIN_ROWS_FOR_LIST_MISTAKES = 3;

	private static final Pattern COUNTY_PREFIX = Pattern.compile("县\\d{2}-");

	private final Catalog catalog;

	public SampleMonthGenerator(Catalog catalog) {
		this.catalog = catalog;
	}

	/** The folder of one month's forms. */
	public static Path monthDir(Path outputRoot, YearMonth period) {
		return outputRoot.resolve(period.toString());
	}

	/** 县01, 县02, …: the name of a generated county, its folder and its units' prefix. */
	public static String countyName(int county) {
		return String.format("县%02d", county);
	}

	/** Generates every month of the spec. */
	public List<GeneratedForm> generate(SampleSpec spec, Path outputRoot) throws IOException {
		List<GeneratedForm> forms = new ArrayList<>();
		for (YearMonth period : spec.periods()) {
			forms.addAll(generateMonth(spec, period, outputRoot));
		}
		return forms;
	}

	/**
	 * Generates one month's forms for the spec's counties and units into {@link #monthDir(Path, YearMonth)}.
	 * @throws IllegalArgumentException with a Chinese message for an unknown unit, a month outside the catalog's
	 * year, or a mistake the unit's figures cannot carry (e.g. a cumulative below last month's in January)
	 */
	public List<GeneratedForm> generateMonth(SampleSpec spec, YearMonth period, Path outputRoot) throws IOException {
		List<String> units = unitsOf(spec);
		SampleDice dice = new SampleDice(spec.seed());
		SampleWorkbookWriter writer = new SampleWorkbookWriter(spec.templateOptions(), dice);
		List<GeneratedForm> forms = new ArrayList<>();
		for (int county = 1; county <= spec.counties(); county++) {
			Path dir = monthDir(outputRoot, period);
			if (spec.counties() > 1) {
				dir = dir.resolve(countyName(county));
			}
			for (String unit : units) {
				String formUnit = spec.counties() > 1 ? countyName(county) + "-" + unit : unit;
				forms.add(generateForm(spec, new UnitForm(this.catalog, unit, formUnit, period), dice, writer, dir));
			}
		}
		return forms;
	}

	private GeneratedForm generateForm(SampleSpec spec, UnitForm form, SampleDice dice, SampleWorkbookWriter writer,
			Path dir) throws IOException {
		ProgressModel model = new ProgressModel(dice, form.formUnit(), form.period().getYear());
		int month = form.period().getMonthValue();
		List<IndicatorFigures> figures = form.indicators().stream().map((i) -> model.figures(i, month)).toList();
		List<SampleMistake> mistakes = spec.mistakesFor(form.catalogUnit(), form.formUnit(), form.period());
		int rows = spec.distributionRowsFor(form.catalogUnit());
		if (mistakes.stream().anyMatch((m) -> !m.mainSheet())) {
			rows = Math.max(rows, MIN_ROWS_FOR_LIST_MISTAKES);
		}
		FormFill fill = new FormFill(figures, FooterValues.of(dice, form.formUnit(), model.fillDate(month)), rows,
				mistakes);
		SampleFormat format = spec.formatFor(form.catalogUnit());
		Path file = dir.resolve(FormFileNames.fileName(form.formUnit(), form.period(), format.extension()));
		List<InjectedMistake> injected = writer.write(file, format, form, fill);
		int written = rows + (mistakes.contains(SampleMistake.DISTRIBUTION_OTHER_UNITS_CODE) ? 1 : 0);
		return new GeneratedForm(form.formUnit(), form.catalogUnit(), form.period(), file, format, written, injected);
	}

	private List<String> unitsOf(SampleSpec spec) {
		List<String> known = this.catalog.units();
		List<String> units = spec.units().isEmpty() ? known : spec.units();
		for (String unit : units) {
			if (!known.contains(unit)) {
				throw new IllegalArgumentException("项目清单中没有单位「" + unit + "」，可用的单位：" + String.join("、", known));
			}
		}
		for (PlannedMistake planned : spec.mistakes()) {
			String unit = COUNTY_PREFIX.matcher(planned.unit()).replaceFirst("");
			if (!known.contains(unit)) {
				throw new IllegalArgumentException("错误设置中的单位「" + planned.unit() + "」不在项目清单中");
			}
		}
		return units;
	}

}
