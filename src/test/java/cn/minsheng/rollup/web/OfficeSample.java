package cn.minsheng.rollup.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.sample.BundledSampleData;
import cn.minsheng.rollup.sample.GeneratedForm;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;


/**
 * The bundled sample returns (input/2023-10, input/2023-11: 27 forms, 4 of November's with mistakes, 县交警大队 not
 * reported for November) copied into an office's input folder as received on the 20th of their month, before the due
 * day, so every accepted one is 已报送 and none 逾期; and 县交警大队's November form, to upload.
 */
final class OfficeSample {

	static final Path BUNDLED = Path.of("input");

	static final Path CATALOG = BUNDLED.resolve("catalog/2023-项目清单.xlsx").toAbsolutePath();

	private OfficeSample() {
	}

	/**
	 * Writes the bundled sample months into {@code input} as the generator makes them (the same files as in
	 * {@code input/}, which BundledSampleDataTest checks): the README's first command moves those out of
	 * {@code input/}, and the page's tests must not depend on whether it was run.
	 */
	static void copyInto(Path input) throws IOException {
		for (GeneratedForm form : BundledSampleData.generate(BundledCatalog.load(), input)) {
			YearMonth month = form.period();
			Files.setLastModifiedTime(form.file(), FileTime.from(month.atDay(20).atTime(10, 0)
				.atZone(ZoneId.of("Asia/Shanghai")).toInstant()));
		}
	}

	/** 县交警大队's November form as the sample generator fills it, written under {@code folder}. */
	static Path trafficPoliceNovemberForm(Path folder) throws IOException {
		SampleSpec spec = SampleSpec.of(YearMonth.of(2023, 11)).withUnits(List.of("县交警大队"));
		List<GeneratedForm> forms = new SampleMonthGenerator(BundledCatalog.load()).generate(spec, folder);
		return forms.get(0).file();
	}

}
