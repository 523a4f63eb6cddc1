package cn.minsheng.rollup.cli;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.io.TempDir;

/**
 * An office's steps on the terminal, in order: each step a real process in one working folder that lasts for the
 * test class, so a step sees what the steps before it left. A subclass orders its tests
 * ({@code @TestMethodOrder(OrderAnnotation.class)}) and is a {@code @SlowTest}.
 */
abstract class OfficeSteps {

	static final Duration TIMEOUT = Duration.ofMinutes(3);

	/** The office's working folder, one per test class (JUnit fills it before the class's first test). */
	@TempDir
	static Path dir;

	static RollupProcess office() {
		return RollupProcess.in(dir);
	}

}
