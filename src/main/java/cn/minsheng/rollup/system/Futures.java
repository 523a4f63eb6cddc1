package cn.minsheng.rollup.system;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Waiting for work handed to another thread (files read ahead, letters drafted beside the bulletin): its failure is
 * rethrown as it was thrown, or waited out where only its end matters.
 */
public final class Futures {

	private Futures() {
	}

	/**
	 * The result; an error or runtime exception of the task is rethrown as is, a checked one wrapped.
	 * @param interrupted what the wait was for, in the exception when the waiting thread is interrupted
	 */
	public static <T> T await(Future<T> future, String interrupted) {
		try {
			return future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted, ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** Waits for the task to end, whether it succeeded or not: its failure is reported where its result is asked. */
	public static void settle(Future<?> future) {
		try {
			future.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException ex) {
			// reported by whoever asks for the result
		}
	}

}
