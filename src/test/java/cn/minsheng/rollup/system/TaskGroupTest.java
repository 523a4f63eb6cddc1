package cn.minsheng.rollup.system;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import static org.assertj.core.api.Assertions.assertThat;

class TaskGroupTest {

	private final ThreadPoolTaskExecutor pool = BackgroundExecutors.pool("test-", 1);

	TaskGroupTest() {
		this.pool.initialize();
	}

	@AfterEach
	void shutDown() {
		this.pool.shutdown();
	}

	@Test
	void cancelAndAwaitReturnsOnlyOnceTheRunningTaskHasStopped() throws Exception {
		TaskGroup group = new TaskGroup(this.pool);
		CountDownLatch started = new CountDownLatch(1);
		AtomicBoolean finishedItsCleanUp = new AtomicBoolean();
		group.submit(() -> {
			started.countDown();
			try {
				Thread.sleep(60_000);
			}
			catch (InterruptedException ex) {
				Thread.sleep(200);
				finishedItsCleanUp.set(true);
			}
			return null;
		});
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

		boolean stopped = group.cancelAndAwait(Duration.ofSeconds(10));

		assertThat(stopped).isTrue();
		assertThat(finishedItsCleanUp).isTrue();
	}

	@Test
	void aQueuedTaskIsDroppedAndTheGroupCanBeUsedAgain() throws Exception {
		TaskGroup group = new TaskGroup(this.pool);
		CountDownLatch release = new CountDownLatch(1);
		group.submit(() -> release.await(10, TimeUnit.SECONDS));
		AtomicBoolean queuedRan = new AtomicBoolean();
		Future<Object> queued = group.submit(() -> {
			queuedRan.set(true);
			return null;
		});

		assertThat(group.cancelAndAwait(Duration.ofSeconds(10))).isTrue();
		Future<String> next = group.submit(() -> "next");

		assertThat(queued.isCancelled()).isTrue();
		assertThat(queuedRan).isFalse();
		assertThat(next.get(5, TimeUnit.SECONDS)).isEqualTo("next");
	}

	@Test
	void theApplicationsPoolsAreShutDownWithTheContext() {
		ThreadPoolTaskExecutor letters;
		try (AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext(
				BackgroundExecutors.class)) {
			letters = context.getBean(BackgroundExecutors.LETTERS, ThreadPoolTaskExecutor.class);
			letters.execute(() -> {
			});
			assertThat(context.getBeansOfType(ThreadPoolTaskExecutor.class)).containsOnlyKeys(BackgroundExecutors.INTAKE,
					BackgroundExecutors.DIGESTS, BackgroundExecutors.DISTRIBUTION_ROWS, BackgroundExecutors.SUMMARY,
					BackgroundExecutors.LETTERS, BackgroundExecutors.CATALOG, BackgroundExecutors.NIGHT_FLOWS);
		}

		assertThat(letters.getThreadPoolExecutor().isShutdown()).isTrue();
	}

}
