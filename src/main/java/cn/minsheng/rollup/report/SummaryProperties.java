package cn.minsheng.rollup.report;

import java.time.YearMonth;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the summary workbooks go and how they are named; {@code {county}}, {@code {year}} and {@code {month}} in the
 * file name and title are replaced by the county and the summarized month.
 *
 * @param folder the folder under the output folder
 * @param fileName the workbook's file name
 * @param title the first row of every sheet and the document title
 * @param carryForward an indicator without an accepted figure this month is judged on its latest accepted figure of
 * the year (沿用数据, marked and counted) rather than counted 未报送 at 0
 */
@ConfigurationProperties("rollup.summary")
public record SummaryProperties(@DefaultValue("summary") String folder,
		@DefaultValue("{county}重点民生实事进展汇总表-{year}年{month}月.xlsx") String fileName,
		@DefaultValue("{county}{year}年重点民生实事项目进展汇总表（截至{month}月底）") String title,
		@DefaultValue("true") boolean carryForward) {

	public SummaryProperties {
		Objects.requireNonNull(folder, "folder");
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(title, "title");
		if (fileName.contains("/") || fileName.contains("\\")) {
			throw new IllegalArgumentException("汇总表文件名不能包含路径分隔符：" + fileName);
		}
	}

	public static SummaryProperties defaults() {
		return new SummaryProperties("summary", "{county}重点民生实事进展汇总表-{year}年{month}月.xlsx",
				"{county}{year}年重点民生实事项目进展汇总表（截至{month}月底）", true);
	}

	/** 湘潭县重点民生实事进展汇总表-2023年11月.xlsx with the defaults. */
	public String fileName(String county, YearMonth period) {
		return expand(this.fileName, county, period);
	}

	/** 湘潭县2023年重点民生实事项目进展汇总表（截至11月底） with the defaults. */
	public String title(String county, YearMonth period) {
		return expand(this.title, county, period);
	}

	private static String expand(String pattern, String county, YearMonth period) {
		return pattern.replace("{county}", county == null ? "" : county)
			.replace("{year}", Integer.toString(period.getYear()))
			.replace("{month}", Integer.toString(period.getMonthValue()));
	}

}
