package cn.minsheng.rollup.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from outside the clone: LibreOffice, the shared corpus, the bundled sample files. On a developer's
 * machine a missing one skips the test and says why; in CI (environment {@code CI=true}, or
 * {@code -Drollup.test.strict=true}) it fails it, so a bare CI machine cannot prove less than it appears to.
 */
public final class Prerequisites {

	/** The property that turns a missing prerequisite into a failure outside CI too. */
	public static final String STRICT = "rollup.test.strict";

	private Prerequisites() {
	}

	/** Skips (or, in CI, fails) the test when {@code present} is false. */
	public static void require(boolean present, String missing) {
		if (present) {
			return;
		}
		if (strict()) {
			Assertions.fail(missing + " (required here: " + (isCi() ? "CI=true" : "-D" + STRICT + "=true") + ")");
		}
		Assumptions.abort(missing);
	}

	/** Requires the programs named to be on the {@code PATH}. */
	public static void requirePrograms(String why, String... programs) {
		for (String program : programs) {
			require(onPath(program), program + " is not installed: " + why);
		}
	}

	public static boolean onPath(String program) {
		String path = System.getenv("PATH");
		return path != null && List.of(path.split(File.pathSeparator))
			.stream()
			.anyMatch((dir) -> Files.isExecutable(Path.of(dir, program)));
	}

	static boolean strict() {
		return isCi() || Boolean.getBoolean(STRICT);
	}

	private static boolean isCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

}
