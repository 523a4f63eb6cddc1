package cn.minsheng.rollup.report;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import cn.minsheng.rollup.progress.ProgressClass;
import cn.minsheng.rollup.progress.ProgressThresholds;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application wires the summary from {@code application.yml}: thresholds, names, the ledger source.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:summary-wiring;DB_CLOSE_DELAY=-1",
		"rollup.output-dir=target/summary-wiring-output", "rollup.data-dir=target/summary-wiring-data",
		"rollup.catalog-file=src/test/resources/summary/2023-catalog.csv" })
class SummaryConfigurationTest {

	@Autowired
	ProgressThresholds thresholds;

	@Autowired
	SummaryProperties summaryProperties;

	@Autowired
	SummaryService service;

	@Test
	void bindsTheThresholdsAndNamesOfApplicationYml() {
		assertThat(this.thresholds.yellowPoints()).isEqualByComparingTo(BigDecimal.TEN);
		assertThat(this.thresholds.redPoints()).isEqualByComparingTo("30");
		assertThat(this.thresholds.aheadPoints()).isEqualByComparingTo("5");
		assertThat(this.summaryProperties).isEqualTo(SummaryProperties.defaults());
		assertThat(this.service.summaryFile(YearMonth.of(2023, 11)))
			.isEqualTo(Path.of("target/summary-wiring-output/summary/湘潭县重点民生实事进展汇总表-2023年11月.xlsx"));
	}

	@Test
	void summarizesAnEmptyLedgerAsNothingReported() {
		CountySummary summary = this.service.summarize(YearMonth.of(2023, 11));

		assertThat(summary.overview().county().tally().count(ProgressClass.NOT_REPORTED)).isEqualTo(39);
		assertThat(summary.overview().units().notSubmitted()).isEqualTo(14);
	}

}
