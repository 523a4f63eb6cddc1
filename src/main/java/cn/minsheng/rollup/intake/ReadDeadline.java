package cn.minsheng.rollup.intake;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The time one file may take to read. A form of honest size reads in well under a second; a file built to keep a
 * parser busy (deeply nested records, endless continuations, a sheet of millions of empty cells) is stopped when its
 * time is up instead of holding up the night. The check is cooperative: every stream the parsers read from is guarded.
 */
final class ReadDeadline {

	private final Duration budget;

	private long deadlineNanos;

	private ReadDeadline(Duration budget) {
		this.budget = budget;
		this.deadlineNanos = System.nanoTime() + budget.toNanos();
	}

	/** Starts the clock for one file. */
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
			long started = System.nanoTime();
			try {
				receiver.accept(item);
			}
			finally {
				this.deadlineNanos += System.nanoTime() - started;
			}
		};
	}

	Duration budget() {
		return this.budget;
	}

	void check() throws ReadTimeoutException {
		if (System.nanoTime() - this.deadlineNanos > 0) {
			throw new ReadTimeoutException(this.budget);
		}
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
