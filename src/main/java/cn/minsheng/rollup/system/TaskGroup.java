package cn.minsheng.rollup.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Phaser;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.springframework.core.task.TaskExecutor;

/**
 * Tasks one piece of work runs on a shared pool, which it can call back as a whole: what shutting down a pool of its
 * own did before the pools were shared. {@link #cancelAndAwait} interrupts the tasks still running, drops those not
 * started, and returns once none of them runs any more.
 */
public final class TaskGroup {

	private final TaskExecutor executor;

	private final Phaser running = new Phaser(1);

	private final List<Future<?>> futures = new ArrayList<>();

	public TaskGroup(TaskExecutor executor) {
		this.executor = executor;
	}

	public synchronized <T> Future<T> submit(Callable<T> task) {
		FutureTask<T> future = new FutureTask<>(task);
		this.running.register();
		try {
			// a task cancelled before it started returns from run() at once, and is counted out all the same
			this.executor.execute(() -> {
				try {
					future.run();
				}
				finally {
					this.running.arriveAndDeregister();
				}
			});
		}
		catch (RejectedExecutionException ex) {
			this.running.arriveAndDeregister();
			throw ex;
		}
		this.futures.add(future);
		return future;
	}

	/** @return whether every task had stopped within {@code timeout} */
	public boolean cancelAndAwait(Duration timeout) {
		synchronized (this) {
			this.futures.forEach((f) -> f.cancel(true));
			this.futures.clear();
		}
		try {
			this.running.awaitAdvanceInterruptibly(this.running.arrive(), timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (TimeoutException | IllegalStateException ex) {
			// still running after the timeout (the group had arrived already if it is asked again so soon)
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
