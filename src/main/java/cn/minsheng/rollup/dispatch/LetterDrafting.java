package cn.minsheng.rollup.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Function;

import org.springframework.core.task.TaskExecutor;

import cn.minsheng.rollup.system.Futures;

/**
 * Drafts a month's supervision letters on the letter-drafting pool ({@code BackgroundExecutors.LETTERS}), beside the
 * bulletin drafted by the caller: each letter is a document of its own (a province month has about two hundred) and
 * needs nothing from the others.
 * <p>
 * {@link #close} waits for every draft to be finished (written or failed), so nothing is written after the dispatch
 * returns, even when the bulletin failed.
 */
final class LetterDrafting implements AutoCloseable {

	private final List<Future<Result>> futures = new ArrayList<>();

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

	/** Starts drafting every letter with {@code draft}, which returns whether it (re)wrote the letter's file. */
	static LetterDrafting start(TaskExecutor pool, List<LetterPlan.Planned> letters,
			Function<LetterPlan.Planned, Boolean> draft) {
		LetterDrafting drafting = new LetterDrafting();
		for (LetterPlan.Planned letter : letters) {
			FutureTask<Result> task = new FutureTask<>(() -> attempt(draft, letter));
			drafting.futures.add(task);
			pool.execute(task);
		}
		return drafting;
	}

	/** Drafts every letter and returns the results in the letters' order. */
	static List<Result> draftAll(TaskExecutor pool, List<LetterPlan.Planned> letters,
			Function<LetterPlan.Planned, Boolean> draft) {
		try (LetterDrafting drafting = start(pool, letters, draft)) {
			return drafting.results();
		}
	}

	/** Waits for every draft; the results in the letters' order. */
	List<Result> results() {
		List<Result> results = new ArrayList<>();
		for (Future<Result> future : this.futures) {
			results.add(result(future));
		}
		return results;
	}

	@Override
	public void close() {
		this.futures.forEach(Futures::settle);
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
		// a letter's own failure comes back in its Result; what reaches here is an Error, rethrown as it was
		return Futures.await(future, "督办函起草被中断");
	}

}
