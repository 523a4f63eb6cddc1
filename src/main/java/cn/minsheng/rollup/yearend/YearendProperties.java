package cn.minsheng.rollup.yearend;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the office keeps its own documents for the inspection package; every key is documented in
 * {@code application.yml}.
 *
 * @param officeDocuments one subfolder per unit with the office's documents for it (实施方案 …)
 * @param expectedDocuments words of the documents every package should have; one missing is listed as 缺失
 * @param nightly whether the nightly run brings the year-end documents up to date once every unit's December form
 * is accepted
 */
@ConfigurationProperties("rollup.yearend")
public record YearendProperties(@DefaultValue("input/catalog/台账资料") Path officeDocuments,
		@DefaultValue("实施方案") List<String> expectedDocuments, @DefaultValue("true") boolean nightly) {

	public YearendProperties {
		expectedDocuments = expectedDocuments == null ? List.of() : List.copyOf(expectedDocuments);
	}

	public static YearendProperties defaults() {
		return new YearendProperties(Path.of("input/catalog/台账资料"), List.of("实施方案"), true);
	}

}
