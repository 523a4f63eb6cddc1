package cn.minsheng.rollup.sample;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.minsheng.rollup.form.TemplateOptions;

/**
 * What to generate: which months, counties and units, how many 项目分布清单 rows, in which format, with which
 * deliberate mistakes. Start from {@link #of(YearMonth...)} and adjust with the {@code with…} methods.
 *
 * @param periods the months to generate, each into its own folder
 * @param counties 1 for the real county; more multiplies the units for volume tests (see the package description)
 * @param units the catalog units to generate; empty for all
 * @param distributionRows rows of 项目分布清单 per form unless {@code distributionRowsByUnit} says otherwise
 * @param seed the same seed gives the same figures
 * @param format the file format unless {@code formatByUnit} says otherwise
 * @param mistakes the mistakes to inject; a form without any is correct
 * @param templateOptions county name and protection of the underlying template
 */
public record SampleSpec(List<YearMonth> periods, int counties, List<String> units, int distributionRows,
		Map<String, Integer> distributionRowsByUnit, long seed, SampleFormat format,
		Map<String, SampleFormat> formatByUnit, List<PlannedMistake> mistakes, TemplateOptions templateOptions) {

	public static final int DEFAULT_DISTRIBUTION_ROWS = 6;

	public static final long DEFAULT_SEED = 2023L;

	public static final int MAX_COUNTIES = 99;

	public SampleSpec {
		periods = List.copyOf(periods);
		units = List.copyOf(units);
		distributionRowsByUnit = Map.copyOf(distributionRowsByUnit);
		formatByUnit = Map.copyOf(formatByUnit);
		mistakes = List.copyOf(mistakes);
		Objects.requireNonNull(format, "format");
		Objects.requireNonNull(templateOptions, "templateOptions");
		if (periods.isEmpty()) {
			throw new IllegalArgumentException("至少需要一个报送月份");
		}
		if (counties < 1 || counties > MAX_COUNTIES) {
			throw new IllegalArgumentException("县的个数应为 1 到 " + MAX_COUNTIES + "，实际为 " + counties);
		}
		checkRows(distributionRows);
		distributionRowsByUnit.values().forEach(SampleSpec::checkRows);
	}

	private static void checkRows(int rows) {
		if (rows < 0 || rows > SampleFormat.XLSX.maxDistributionRows()) {
			throw new IllegalArgumentException("项目分布清单行数应为 0 到 " + SampleFormat.XLSX.maxDistributionRows()
					+ "，实际为 " + rows);
		}
	}

	/** All units of one county, {@value #DEFAULT_DISTRIBUTION_ROWS} list rows each, .xlsx, no mistakes. */
	public static SampleSpec of(YearMonth... periods) {
		return new SampleSpec(List.of(periods), 1, List.of(), DEFAULT_DISTRIBUTION_ROWS, Map.of(), DEFAULT_SEED,
				SampleFormat.XLSX, Map.of(), List.of(), TemplateOptions.defaults());
	}

	public SampleSpec withPeriods(List<YearMonth> newPeriods) {
		return new SampleSpec(newPeriods, this.counties, this.units, this.distributionRows,
				this.distributionRowsByUnit, this.seed, this.format, this.formatByUnit, this.mistakes,
				this.templateOptions);
	}

	public SampleSpec withCounties(int newCounties) {
		return new SampleSpec(this.periods, newCounties, this.units, this.distributionRows,
				this.distributionRowsByUnit, this.seed, this.format, this.formatByUnit, this.mistakes,
				this.templateOptions);
	}

	public SampleSpec withUnits(List<String> newUnits) {
		return new SampleSpec(this.periods, this.counties, newUnits, this.distributionRows,
				this.distributionRowsByUnit, this.seed, this.format, this.formatByUnit, this.mistakes,
				this.templateOptions);
	}

	public SampleSpec withDistributionRows(int rows) {
		return new SampleSpec(this.periods, this.counties, this.units, rows, this.distributionRowsByUnit, this.seed,
				this.format, this.formatByUnit, this.mistakes, this.templateOptions);
	}

	public SampleSpec withDistributionRows(String unit, int rows) {
		Map<String, Integer> byUnit = new HashMap<>(this.distributionRowsByUnit);
		byUnit.put(unit, rows);
		return new SampleSpec(this.periods, this.counties, this.units, this.distributionRows, byUnit, this.seed,
				this.format, this.formatByUnit, this.mistakes, this.templateOptions);
	}

	public SampleSpec withSeed(long newSeed) {
		return new SampleSpec(this.periods, this.counties, this.units, this.distributionRows,
				this.distributionRowsByUnit, newSeed, this.format, this.formatByUnit, this.mistakes,
				this.templateOptions);
	}

	public SampleSpec withFormat(SampleFormat newFormat) {
		return new SampleSpec(this.periods, this.counties, this.units, this.distributionRows,
				this.distributionRowsByUnit, this.seed, newFormat, this.formatByUnit, this.mistakes,
				this.templateOptions);
	}

	public SampleSpec withFormat(String unit, SampleFormat unitFormat) {
		Map<String, SampleFormat> byUnit = new HashMap<>(this.formatByUnit);
		byUnit.put(unit, unitFormat);
		return new SampleSpec(this.periods, this.counties, this.units, this.distributionRows,
				this.distributionRowsByUnit, this.seed, this.format, byUnit, this.mistakes, this.templateOptions);
	}

	/** Injects the mistake into the unit's form of every generated month. */
	public SampleSpec withMistake(String unit, SampleMistake mistake) {
		return withMistake(new PlannedMistake(unit, null, mistake));
	}

	public SampleSpec withMistake(PlannedMistake planned) {
		List<PlannedMistake> all = new ArrayList<>(this.mistakes);
		all.add(planned);
		return new SampleSpec(this.periods, this.counties, this.units, this.distributionRows,
				this.distributionRowsByUnit, this.seed, this.format, this.formatByUnit, all, this.templateOptions);
	}

	public SampleSpec withTemplateOptions(TemplateOptions options) {
		return new SampleSpec(this.periods, this.counties, this.units, this.distributionRows,
				this.distributionRowsByUnit, this.seed, this.format, this.formatByUnit, this.mistakes, options);
	}

	SampleFormat formatFor(String catalogUnit) {
		return this.formatByUnit.getOrDefault(catalogUnit, this.format);
	}

	int distributionRowsFor(String catalogUnit) {
		return this.distributionRowsByUnit.getOrDefault(catalogUnit, this.distributionRows);
	}

	List<SampleMistake> mistakesFor(String catalogUnit, String formUnit, YearMonth period) {
		return this.mistakes.stream().filter((m) -> m.appliesTo(catalogUnit, formUnit, period))
			.map(PlannedMistake::mistake)
			.distinct()
			.toList();
	}

}
