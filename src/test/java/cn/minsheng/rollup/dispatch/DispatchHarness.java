package cn.minsheng.rollup.dispatch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.minsheng.rollup.ledger.MemoryLedger;
import cn.minsheng.rollup.progress.ProgressThresholds;
import cn.minsheng.rollup.report.SummaryProperties;
import cn.minsheng.rollup.report.SummaryService;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * A {@link DispatchService} on a fresh migrated in-memory ledger, the fixture's figures and a clock that can be set.
 */
final class DispatchHarness {

	final DispatchFixture fixture = new DispatchFixture();

	final JdbcClient jdbc;

	final DispatchRegister register;

	final Path output;

	Clock clock = at("2023-12-01T08:30:00");

	DispatchProperties properties = DispatchProperties.defaults();

	DispatchHarness(Path dir) {
		this.jdbc = JdbcClient.create(MemoryLedger.migrated());
		this.register = new DispatchRegister(this.jdbc);
		this.output = dir.resolve("output");
	}

	static Clock at(String localDateTime) {
		ZoneId zone = ZoneId.of("Asia/Shanghai");
		return Clock.fixed(java.time.LocalDateTime.parse(localDateTime).atZone(zone).toInstant(), zone);
	}

	DispatchService service() {
		RollupProperties rollup = RollupProperties.of(this.output.resolveSibling("input"), this.output,
				this.output.resolveSibling("data"), this.output.resolveSibling("catalog.csv"));
		SummaryService summaries = new SummaryService(this.fixture::data, this.fixture::theCatalog,
				ProgressThresholds.defaults(), SummaryProperties.defaults(), rollup, this.clock);
		return new DispatchService(summaries, this.register, this.properties, rollup, this.clock,
				new SimpleAsyncTaskExecutor());
	}

	static Instant instant(String localDateTime) {
		return at(localDateTime).instant();
	}

}
