package cn.minsheng.rollup.intake;

import java.util.List;
import java.util.Objects;

/**
 * What reading a returned workbook told: whose and which year's it is, and either its Chinese summary or its problems.
 *
 * @param kind what the workbook is, in Chinese: 评估认定表; kept as the submission's template version
 * @param archiveFolder the archive's folder for such returns of the year: 2023-评估认定表
 * @param summary the run report's reason when accepted
 * @param problems the Chinese problems that reject it, each naming its cell; empty when accepted
 */
public record ReturnReading(String kind, String unit, String archiveFolder, String summary, List<String> problems) {

	public ReturnReading {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(unit, "unit");
		Objects.requireNonNull(archiveFolder, "archiveFolder");
		problems = List.copyOf(problems);
	}

	public boolean accepted() {
		return this.problems.isEmpty();
	}

}
