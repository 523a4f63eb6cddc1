package cn.minsheng.rollup.sample;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/**
 * One sample form written to disk.
 *
 * @param unit the unit as the form names it (with the county prefix when several counties are generated)
 * @param catalogUnit the unit as the catalog names it
 * @param distributionRows the rows written to 项目分布清单 below its header
 * @param mistakes the mistakes injected, empty for a correct form
 */
public record GeneratedForm(String unit, String catalogUnit, YearMonth period, Path file, SampleFormat format,
		int distributionRows, List<InjectedMistake> mistakes) {

	public GeneratedForm {
		mistakes = List.copyOf(mistakes);
	}

}
