package cn.minsheng.rollup.system;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Named moments of a run where the crash-safety tests stop the process. Inert unless the JVM was started with
 * {@code -Drollup.crash-at=place:3} (die abruptly, as by {@code kill -9}, the 3rd time {@code place} is reached) or
 * {@code -Drollup.hold-at=decide:1 -Drollup.hold-until=FILE} (wait there until FILE exists, to keep a run busy).
 * {@code read@县水利局} stops every time the point is reached for a file whose name contains the text, as a file that
 * kills the process would.
 * <p>
 * The points: {@code start} (a run started, before anything is registered), {@code read} (a file's reading starts),
 * {@code register} (files registered, not committed), {@code decide} (a file's decision written, its transaction not
 * committed), {@code place} (an original moved, not yet marked placed), {@code summary} (a summary
 * workbook written to its temporary file, not moved into place).
 */
public final class CrashPoints {

	/** Exit status of a process killed by SIGKILL, which {@link Runtime#halt(int)} imitates. */
	public static final int KILLED = 137;

	private static final Point CRASH = Point.parse(System.getProperty("rollup.crash-at"));

	private static final Point HOLD = Point.parse(System.getProperty("rollup.hold-at"));

	private static final Map<String, AtomicInteger> REACHED = new ConcurrentHashMap<>();

	private CrashPoints() {
	}

	/** Marks that the run reached {@code point}; dies or waits there when a test asked for it. */
	public static void reached(String point) {
		reached(point, "");
	}

	/** Marks that the run reached {@code point} for a file; dies or waits there when a test asked for it. */
	public static void reached(String point, String subject) {
		if (CRASH == null && HOLD == null) {
			return;
		}
		int count = REACHED.computeIfAbsent(point, (p) -> new AtomicInteger()).incrementAndGet();
		if (CRASH != null && CRASH.matches(point, count, subject)) {
			announce("crash " + point + "#" + count);
			Runtime.getRuntime().halt(KILLED);
		}
		if (HOLD != null && HOLD.matches(point, count, subject)) {
			announce("hold " + point + "#" + count);
			holdUntil(Path.of(System.getProperty("rollup.hold-until", "release")));
		}
	}

	private static void announce(String what) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		out.println("[crash-point] " + what);
	}

	private static void holdUntil(Path release) {
		try {
			while (!Files.exists(release)) {
				Thread.sleep(100);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** {@code name:count}, or {@code name@subject} for every time it concerns a matching file; bare {@code name}: once. */
	private record Point(String name, int count, String subject) {

		static Point parse(String spec) {
			if (spec == null || spec.isBlank()) {
				return null;
			}
			String[] named = spec.strip().split("@", 2);
			if (named.length > 1) {
				return new Point(named[0].strip().toLowerCase(Locale.ROOT), 0, named[1].strip());
			}
			String[] parts = spec.strip().toLowerCase(Locale.ROOT).split(":", 2);
			return new Point(parts[0], parts.length > 1 ? Integer.parseInt(parts[1].strip()) : 1, null);
		}

		boolean matches(String point, int reached, String about) {
			if (!this.name.equals(point)) {
				return false;
			}
			return this.subject == null ? this.count == reached : about.contains(this.subject);
		}

	}

}
