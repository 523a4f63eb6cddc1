package cn.minsheng.rollup.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The time one file may take to read. A form of honest size reads in well under a second; a file built to keep a
 * parser busy (deeply nested records, endless continuations, a sheet of millions of empty cells) is stopped when its
 * time is up instead of holding up the night. The check is cooperative: every stream the parsers read from is guarded.
 * <p>
 * The time counted is the reading thread's processor time, so an honest file on a busy server (other work, the other
 * reading thread, the ledger's writer) is not refused for waiting its turn; a backstop of {@value #BACKSTOP_FACTOR}
 * times the budget in wall-clock time still ends any reading, whatever it waits for.
 */
final class ReadDeadline {

	static final int BACKSTOP_FACTOR = 4;

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final Duration budget;

	private final boolean cpuClock;

	private long deadlineNanos;

	private long backstopNanos;

	private ReadDeadline(Duration budget) {
		this.budget = budget;
		this.cpuClock = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
		this.deadlineNanos = clock() + budget.toNanos();
		this.backstopNanos = System.nanoTime() + budget.toNanos() * BACKSTOP_FACTOR;
	}

	/** Starts the clock for one file, on the thread that reads it. */
	static ReadDeadline start(Duration budget) {
		return new ReadDeadline(budget);
	}

	/** The budget for a file of this size: a fixed time plus time in proportion to its bytes. */
	static Duration budgetFor(long sizeBytes, Duration base, Duration perMegabyte) {
		long megabytes = (sizeBytes + (1024 * 1024 - 1)) / (1024 * 1024);
		return base.plus(perMegabyte.multipliedBy(megabytes));
	}

	/**
	 * Passes rows on without counting the receiver's time: storing a long honest list in the ledger is not time the
	 * file made us spend parsing it.
	 */
	<T> Consumer<T> uncounted(Consumer<T> receiver) {
		return (item) -> {
			long started = clock();
			long startedWall = System.nanoTime();
			try {
				receiver.accept(item);
			}
			finally {
				this.deadlineNanos += clock() - started;
				this.backstopNanos += System.nanoTime() - startedWall;
			}
		};
	}

	Duration budget() {
		return this.budget;
	}

	void check() throws ReadTimeoutException {
		if (clock() - this.deadlineNanos > 0 || System.nanoTime() - this.backstopNanos > 0) {
			throw new ReadTimeoutException(this.budget);
		}
	}

	private long clock() {
		return this.cpuClock ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
	}

	/** A stream that fails with {@link ReadTimeoutException} once the time is up. */
	InputStream guard(InputStream in) {
		return new FilterInputStream(in) {

			@Override
			public int read() throws IOException {
				check();
				return super.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				check();
				return super.read(buffer, offset, length);
			}

			@Override
			public long skip(long n) throws IOException {
				check();
				return super.skip(n);
			}

		};
	}

}
