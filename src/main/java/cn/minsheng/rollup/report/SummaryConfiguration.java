package cn.minsheng.rollup.report;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogLoader;
import cn.minsheng.rollup.progress.ProgressThresholds;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * Wires the {@link SummaryService}: it uses the application's {@link Catalog} bean when there is one, else loads the
 * configured catalog file for each summary.
 */
@Configuration(proxyBeanMethods = false)
public class SummaryConfiguration {

	@Bean
	SummaryService summaryService(SummarySource source, ObjectProvider<Catalog> catalog,
			ProgressThresholds thresholds, SummaryProperties summary, RollupProperties rollup,
			ObjectProvider<Clock> clock) {
		return new SummaryService(source,
				() -> catalog.getIfAvailable(() -> new CatalogLoader().load(rollup.catalogFile(), rollup.year())),
				thresholds, summary, rollup, clock.getIfAvailable(Clock::systemDefaultZone));
	}

}
