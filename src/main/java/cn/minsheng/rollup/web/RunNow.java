package cn.minsheng.rollup.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.system.RunLock;

/**
 * 「立即处理」: one nightly run started from the page, in the background, under the same run lock as {@code run},
 * {@code serve}'s schedule and the other commands. While any of them holds the lock the button is refused.
 */
@Component
class RunNow {

	private static final Logger log = LoggerFactory.getLogger(RunNow.class);

	private final NightRun night;

	private final RollupProperties properties;

	private final TaskExecutor executor;

	private final Clock clock;

	private final AtomicReference<LocalDateTime> runningSince = new AtomicReference<>();

	RunNow(NightRun night, RollupProperties properties, @Qualifier("webRunExecutor") TaskExecutor executor,
			Clock clock) {
		this.night = night;
		this.properties = properties;
		this.executor = executor;
		this.clock = clock;
	}

	/**
	 * Starts a run when the lock is free.
	 *
	 * @return empty when started; otherwise who holds the lock
	 */
	synchronized Optional<String> start(String account) throws IOException {
		Optional<RunLock> lock = RunLock.tryAcquire(this.properties.dataDir(), "serve-web " + account);
		if (lock.isEmpty()) {
			String holder = this.runningSince.get() != null ? "网页启动的运行" : RunLock.holder(this.properties.dataDir());
			return Optional.of(holder.isEmpty() ? "另一个任务" : holder);
		}
		this.runningSince.set(LocalDateTime.now(this.clock));
		log.info("web.run-started account={}", account);
		this.executor.execute(() -> runHolding(lock.get()));
		return Optional.empty();
	}

	/** When the page's run started, while it runs. */
	Optional<LocalDateTime> running() {
		return Optional.ofNullable(this.runningSince.get());
	}

	private void runHolding(RunLock lock) {
		try (lock) {
			String status = this.night.run();
			log.info("web.run-ended status={}", status);
		}
		catch (Exception ex) {
			// the next run completes what this one left; the page's run list shows it failed
			log.error("web.run-failed", ex);
		}
		finally {
			this.runningSince.set(null);
		}
	}

}
