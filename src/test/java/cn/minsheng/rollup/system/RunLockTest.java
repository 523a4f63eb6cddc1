package cn.minsheng.rollup.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTest {

	@TempDir
	Path data;

	@Test
	void aRunOfThisProcessIsShownAsRunningWhileItHoldsTheLock() throws Exception {
		try (RunLock lock = RunLock.tryAcquire(this.data, "run").orElseThrow()) {
			assertThat(RunLock.activeHolder(this.data)).hasValueSatisfying((holder) -> assertThat(holder)
				.startsWith(ProcessHandle.current().pid() + " run "));
			assertThat(RunLock.tryAcquire(this.data, "run")).isEmpty();
		}
		assertThat(RunLock.activeHolder(this.data)).isEmpty();
	}

	@Test
	void aLockFileLeftByAProcessThatDiedIsNotARun() throws Exception {
		Process gone = new ProcessBuilder("true").start();
		gone.waitFor();
		Files.writeString(this.data.resolve("run.lock"), gone.pid() + " run 2023-11-05T02:00:00\n");

		assertThat(RunLock.activeHolder(this.data)).isEmpty();
		Optional<RunLock> lock = RunLock.tryAcquire(this.data, "run");
		assertThat(lock).isPresent();
		lock.get().close();
	}

}
