package cn.minsheng.rollup.report;

import java.time.Clock;
import java.util.function.IntFunction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.progress.ProgressThresholds;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * Wires the {@link SummaryService} to the catalogs of the years, the ledger and the office's clock.
 */
@Configuration(proxyBeanMethods = false)
public class SummaryConfiguration {

	@Bean
	SummaryService summaryService(SummarySource source, CatalogProvider catalogs, ProgressThresholds thresholds,
			SummaryProperties summary, RollupProperties rollup, Clock clock) {
		return new SummaryService(source, (IntFunction<Catalog>) catalogs::catalog, thresholds, summary, rollup, clock);
	}

}
