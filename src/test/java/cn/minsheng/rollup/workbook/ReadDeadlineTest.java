package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import cn.minsheng.rollup.testing.SlowTest;

/**
 * A file's reading time is the reading thread's processor time: waiting (a busy server, the ledger's writer) does not
 * use it up, working does, and a wall-clock backstop still ends a reading that only waits.
 */
@SlowTest
class ReadDeadlineTest {

	private static final Duration BUDGET = Duration.ofMillis(300);

	@Test
	void waitingDoesNotUseUpTheBudget() throws InterruptedException {
		ReadDeadline deadline = ReadDeadline.start(BUDGET);

		Thread.sleep(BUDGET.toMillis() * 2);

		assertThatCode(deadline::check).doesNotThrowAnyException();
	}

	@Test
	void workingPastTheBudgetStopsTheReading() {
		ReadDeadline deadline = ReadDeadline.start(BUDGET);

		spin(BUDGET.multipliedBy(2));

		assertThatThrownBy(deadline::check).isInstanceOf(ReadTimeoutException.class);
	}

	@Test
	void waitingPastTheBackstopStopsTheReading() throws InterruptedException {
		ReadDeadline deadline = ReadDeadline.start(BUDGET);

		Thread.sleep(BUDGET.toMillis() * (ReadDeadline.BACKSTOP_FACTOR + 1));

		assertThatThrownBy(deadline::check).isInstanceOf(ReadTimeoutException.class);
	}

	@Test
	void rowsWhoseReceiverWaitsPastTheBackstopAreStillRead() {
		ReadDeadline deadline = ReadDeadline.start(BUDGET);
		Consumer<Integer> storing = deadline.uncounted((row) -> sleep(BUDGET.multipliedBy(ReadDeadline.BACKSTOP_FACTOR)));

		storing.accept(1);
		storing.accept(2);

		assertThatCode(deadline::check).doesNotThrowAnyException();
	}

	@Test
	void theReceiversOwnWorkOnTheReadingThreadCounts() {
		ReadDeadline deadline = ReadDeadline.start(BUDGET);
		Consumer<Integer> checking = deadline.uncounted((row) -> spin(BUDGET.multipliedBy(2)));

		checking.accept(1);

		assertThatThrownBy(deadline::check).isInstanceOf(ReadTimeoutException.class);
	}

	@Test
	void waitingOutsideTheReceiverStillReachesTheBackstop() {
		ReadDeadline deadline = ReadDeadline.start(BUDGET);
		deadline.uncounted((row) -> sleep(BUDGET)).accept(1);

		sleep(BUDGET.multipliedBy(ReadDeadline.BACKSTOP_FACTOR + 1));

		assertThatThrownBy(deadline::check).isInstanceOf(ReadTimeoutException.class);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Keeps this thread busy on the processor for at least its own processor time of {@code duration}. */
	private static void spin(Duration duration) {
		var threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long until = threads.getCurrentThreadCpuTime() + duration.toNanos();
		long sink = 0;
		while (threads.getCurrentThreadCpuTime() < until) {
			sink += System.identityHashCode(new Object());
		}
		if (sink == 42) {
			System.out.print("");
		}
	}

}
