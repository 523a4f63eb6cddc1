package cn.minsheng.rollup.sample;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import cn.minsheng.rollup.form.BundledCatalog;

/**
 * Generates one form with many 项目分布清单 rows; run in a separate JVM with a small heap to show the rows are
 * streamed. Arguments: output folder, row count.
 */
public final class LargeSampleRun {

	private LargeSampleRun() {
	}

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args[0]);
		int rows = Integer.parseInt(args[1]);
		YearMonth period = YearMonth.of(2023, 11);
		SampleSpec spec = SampleSpec.of(period).withUnits(List.of("县行政审批服务局")).withDistributionRows(rows);
		GeneratedForm form = new SampleMonthGenerator(BundledCatalog.load()).generateMonth(spec, period, out).get(0);
		System.out.println(form.file());
	}

}
