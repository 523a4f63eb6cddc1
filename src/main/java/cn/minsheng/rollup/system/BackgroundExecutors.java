package cn.minsheng.rollup.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Every thread the program runs work on besides the main one, as Spring-managed pools: started when first used,
 * shut down with the application context. Pools are named where their sizes differ: a task that waits for another
 * (a form being read waits for its list rows to be stored) never waits for a thread of its own pool.
 */
@Configuration(proxyBeanMethods = false)
public class BackgroundExecutors {

	/** Forms read and checked ahead of the deciding step: {@code rollup.intake.threads}, 0 for one per core. */
	public static final String INTAKE = "intakeExecutor";

	/** SHA-256 of the night's files, one per core. */
	public static final String DIGESTS = "digestExecutor";

	/** 项目分布清单 rows stored while the form is still being read. */
	public static final String DISTRIBUTION_ROWS = "distributionRowsExecutor";

	/** The county summary workbook, written while the dispatch drafts are made. */
	public static final String SUMMARY = "summaryExecutor";

	/** Supervision letters, drafted two at a time. */
	public static final String LETTERS = "letterExecutor";

	/** The catalog, loaded while the rest of the application starts. */
	public static final String CATALOG = "catalogLoadExecutor";

	/** The night's two flows after deciding: moving the originals and writing the summaries, side by side. */
	public static final String NIGHT_FLOWS = "nightFlowsExecutor";

	private static final int CORES = Runtime.getRuntime().availableProcessors();

	@Bean(INTAKE)
	ThreadPoolTaskExecutor intakeExecutor(@Value("${rollup.intake.threads:0}") int threads) {
		return pool("intake-", intakeThreads(threads));
	}

	@Bean(DIGESTS)
	ThreadPoolTaskExecutor digestExecutor() {
		return pool("file-digest-", CORES);
	}

	@Bean(DISTRIBUTION_ROWS)
	ThreadPoolTaskExecutor distributionRowsExecutor(@Value("${rollup.intake.threads:0}") int threads) {
		// one writer per form being read at once
		return pool("distribution-rows-", intakeThreads(threads));
	}

	@Bean(SUMMARY)
	ThreadPoolTaskExecutor summaryExecutor() {
		return pool("summary-writer-", 1);
	}

	@Bean(LETTERS)
	ThreadPoolTaskExecutor letterExecutor() {
		return pool("dispatch-letters-", Math.min(2, CORES));
	}

	@Bean(CATALOG)
	ThreadPoolTaskExecutor catalogLoadExecutor() {
		return pool("catalog-load-", 1);
	}

	@Bean(NIGHT_FLOWS)
	ThreadPoolTaskExecutor nightFlowsExecutor() {
		return pool("night-flow-", 2);
	}

	/** Forms read at once: the configured number, or one per core. */
	public static int intakeThreads(int configured) {
		return configured > 0 ? configured : CORES;
	}

	/**
	 * A pool of daemon threads (a night's end never waits for an idle one), its queue unbounded; Spring initializes
	 * and shuts down the beans, a caller outside a context calls {@link ThreadPoolTaskExecutor#initialize()}.
	 */
	public static ThreadPoolTaskExecutor pool(String threadNamePrefix, int threads) {
		ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
		pool.setThreadNamePrefix(threadNamePrefix);
		pool.setCorePoolSize(Math.max(1, threads));
		pool.setMaxPoolSize(Math.max(1, threads));
		pool.setDaemon(true);
		return pool;
	}

}
