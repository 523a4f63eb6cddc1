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

	/** How often {@link #check} reads the processor clock at most: a millisecond late at worst. */
	private static final long CLOCK_INTERVAL_NANOS = 1_000_000;

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final Duration budget;

	private final boolean cpuClock;

	private long deadlineNanos;

	private long backstopNanos;

	/** When {@link #check} last read the processor clock, in wall-clock nanoseconds. */
	private long clockReadAt;

	private ReadDeadline(Duration budget) {
		this.budget = budget;
		this.cpuClock = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
		this.deadlineNanos = clock() + budget.toNanos();
		this.backstopNanos = System.nanoTime() + budget.toNanos() * BACKSTOP_FACTOR;
		this.clockReadAt = System.nanoTime() - CLOCK_INTERVAL_NANOS;
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
	 * Passes rows on without counting the time the receiver waits: storing a long honest list in the ledger (the
	 * receiver waits while the ledger's writer is two batches behind) is not time the file made us spend parsing it.
	 * What the receiver does on this thread, checking and buffering the rows, is counted like the parsing: with the
	 * processor clock, waiting costs nothing, so only the wall-clock backstop (and the deadline where the processor
	 * clock is missing) is moved on by it. Only wall-clock time is read for each row: the thread's processor time
	 * costs a system call (half a microsecond here), which for a million-row list took a second of the reading.
	 */
	<T> Consumer<T> uncounted(Consumer<T> receiver) {
		return (item) -> {
			long startedWall = System.nanoTime();
			try {
				receiver.accept(item);
			}
			finally {
				long waited = System.nanoTime() - startedWall;
				this.backstopNanos += waited;
				if (!this.cpuClock) {
					this.deadlineNanos += waited;
				}
			}
		};
	}

	Duration budget() {
		return this.budget;
	}

	/**
	 * Throws once the time is up. The streams call it on every read, a few bytes at a time in an .xls: the wall clock
	 * is read each time, the thread's processor time (a system call) at most once a millisecond, since it cannot run
	 * ahead of the wall clock.
	 */
	void check() throws ReadTimeoutException {
		long now = System.nanoTime();
		if (now - this.backstopNanos > 0) {
			throw new ReadTimeoutException(this.budget);
		}
		if (now - this.clockReadAt < CLOCK_INTERVAL_NANOS) {
			return;
		}
		this.clockReadAt = now;
		if (clock() - this.deadlineNanos > 0) {
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
