package cn.minsheng.rollup.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.sample.GeneratedForm;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;
import cn.minsheng.rollup.testing.Prerequisites;


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

	static void copyInto(Path input) throws IOException {
		for (String month : List.of("2023-10", "2023-11")) {
			Path from = BUNDLED.resolve(month);
			Prerequisites.require(Files.isRegularFile(from.resolve("县人社局-" + month.replace("-", "年") + "月-月报表.xlsx")),
					"bundled samples were processed in place: git checkout -- input && rm -rf data output/*");
			FileTime received = FileTime.from(YearMonth.parse(month).atDay(20).atTime(10, 0)
				.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
			try (Stream<Path> files = Files.list(from)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Path copy = input.resolve(month).resolve(file.getFileName().toString());
					Files.createDirectories(copy.getParent());
					Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
					Files.setLastModifiedTime(copy, received);
				}
			}
		}
	}

	/** 县交警大队's November form as the sample generator fills it, written under {@code folder}. */
	static Path trafficPoliceNovemberForm(Path folder) throws IOException {
		SampleSpec spec = SampleSpec.of(YearMonth.of(2023, 11)).withUnits(List.of("县交警大队"));
		List<GeneratedForm> forms = new SampleMonthGenerator(BundledCatalog.load()).generate(spec, folder);
		return forms.get(0).file();
	}

}
