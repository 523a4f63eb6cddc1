package cn.minsheng.rollup.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Drafts a month's supervision letters on up to two threads: each letter is a document of its own (a province month
 * has about two hundred), and while they are written nothing else runs, so the second core would be idle.
 */
final class LetterDrafting {

	private static final int THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

	private LetterDrafting() {
	}

	/** Whether a letter's draft was (re)written, or why it could not be. */
	record Result(boolean changed, RuntimeException failure) {

		/** @return whether the draft was (re)written */
		boolean changedOrThrow() {
			if (this.failure != null) {
				throw this.failure;
			}
			return this.changed;
		}

	}

	/**
	 * Runs {@code draft} for every letter and returns the results in the letters' order. Every draft is finished
	 * (written or failed) before this returns.
	 */
	static List<Result> draftAll(List<LetterPlan.Planned> letters, Function<LetterPlan.Planned, Boolean> draft) {
		if (letters.size() < 2 || THREADS < 2) {
			return letters.stream().map((p) -> attempt(draft, p)).toList();
		}
		AtomicInteger count = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(THREADS, (task) -> {
			Thread thread = new Thread(task, "dispatch-letters-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<Result>> futures = new ArrayList<>();
			letters.forEach((p) -> futures.add(pool.submit(() -> attempt(draft, p))));
			List<Result> results = new ArrayList<>();
			for (Future<Result> future : futures) {
				results.add(result(future));
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

	private static Result attempt(Function<LetterPlan.Planned, Boolean> draft, LetterPlan.Planned letter) {
		try {
			return new Result(draft.apply(letter), null);
		}
		catch (RuntimeException ex) {
			return new Result(false, ex);
		}
	}

	private static Result result(Future<Result> future) {
		try {
			return future.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("督办函起草被中断", ex);
		}
	}

}
