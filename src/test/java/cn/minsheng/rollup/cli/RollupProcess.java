package cn.minsheng.rollup.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * The program as a user starts it: a real {@code java} process, in its own working folder with its own input, output
 * and data folders and the bundled 2023 catalog, its terminal output captured to a file. It runs on the test classpath,
 * or, when the system property {@value #PACKAGED_JAR} names one (the integration tests after {@code package}), from the
 * jar the build made, as {@code java -jar}.
 */
public final class RollupProcess {

	/** The bundled catalog, by absolute path so a process in any folder finds it. */
	public static final Path CATALOG = Path.of("input", "catalog", "2023-项目清单.xlsx").toAbsolutePath();

	/** System property naming the packaged jar to run instead of the test classpath. */
	public static final String PACKAGED_JAR = "rollup.test.packaged-jar";

	private static final String MAIN = "cn.minsheng.rollup.MinshengRollupApplication";

	private static final AtomicInteger STARTED = new AtomicInteger();

	private final Path workDir;

	private final List<String> jvmOptions;

	private final Map<String, String> environment;

	/** The jar to run; {@code null}: the test classpath. */
	private final Path jar;

	/** Whether {@code --catalog=} is added when the arguments do not give it. */
	private final boolean catalogOption;

	private RollupProcess(Path workDir, List<String> jvmOptions, Map<String, String> environment, Path jar) {
		this(workDir, jvmOptions, environment, jar, true);
	}

	private RollupProcess(Path workDir, List<String> jvmOptions, Map<String, String> environment, Path jar,
			boolean catalogOption) {
		this.workDir = workDir;
		this.jvmOptions = List.copyOf(jvmOptions);
		this.environment = Map.copyOf(environment);
		this.jar = jar;
		this.catalogOption = catalogOption;
	}

	/** The same folders, processes started without {@code --catalog=}: the catalog's default location is used. */
	public RollupProcess withDefaultCatalog() {
		return new RollupProcess(this.workDir, this.jvmOptions, this.environment, this.jar, false);
	}

	/**
	 * A process working in {@code workDir}, with {@code input/}, {@code output/} and {@code data/} inside it, from the
	 * packaged jar when {@value #PACKAGED_JAR} names one.
	 */
	public static RollupProcess in(Path workDir) {
		String jar = System.getProperty(PACKAGED_JAR);
		return new RollupProcess(workDir, List.of(), Map.of(), jar == null ? null : Path.of(jar).toAbsolutePath());
	}

	/** The same folders, the program run from the test classpath whatever {@value #PACKAGED_JAR} says. */
	public RollupProcess fromClasses() {
		return new RollupProcess(this.workDir, this.jvmOptions, this.environment, null, this.catalogOption);
	}

	/**
	 * Copies the files under {@code folder} into the input folder as an office drops returns: subfolders and
	 * modification times (the day each return was received) kept.
	 */
	public RollupProcess withInputFrom(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				Path copy = input().resolve(folder.relativize(file).toString());
				Files.createDirectories(copy.getParent());
				Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
		return this;
	}

	/** Whether the processes run the packaged jar. */
	public boolean packaged() {
		return this.jar != null;
	}

	public Path input() {
		return this.workDir.resolve("input");
	}

	public Path output() {
		return this.workDir.resolve("output");
	}

	public Path data() {
		return this.workDir.resolve("data");
	}

	/** The same folders, processes started with {@code -Dname=value}. */
	public RollupProcess withSystemProperty(String name, String value) {
		List<String> options = new ArrayList<>(this.jvmOptions);
		options.add("-D" + name + "=" + value);
		return new RollupProcess(this.workDir, options, this.environment, this.jar, this.catalogOption);
	}

	/** The same folders, processes started with one more option for the {@code java} command (e.g. {@code -Xlog:…}). */
	public RollupProcess withJvmOption(String option) {
		List<String> options = new ArrayList<>(this.jvmOptions);
		options.add(option);
		return new RollupProcess(this.workDir, options, this.environment, this.jar);
	}

	/** The same folders, processes started with the environment variable set. */
	public RollupProcess withEnvironment(String name, String value) {
		Map<String, String> environment = new HashMap<>(this.environment);
		environment.put(name, value);
		return new RollupProcess(this.workDir, this.jvmOptions, environment, this.jar, this.catalogOption);
	}

	/** Runs the command to its end. */
	public Finished run(Duration timeout, String... args) {
		return start(args).waitFor(timeout);
	}

	/**
	 * Starts the command with the folder options ({@code --input}, {@code --output}, {@code --data},
	 * {@code --catalog}, {@code --quiet=0s}) and a free port for {@code serve}'s page unless {@code args} give them.
	 */
	public Started start(String... args) {
		List<String> command = new ArrayList<>(List.of(javaBinary(), "-Dfile.encoding=UTF-8", "-Xmx512m",
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
		command.addAll(this.jvmOptions);
		if (this.jar == null) {
			command.addAll(List.of("-cp", System.getProperty("java.class.path"), MAIN));
		}
		else {
			command.addAll(List.of("-jar", this.jar.toString()));
		}
		command.addAll(Arrays.asList(args));
		addDefault(command, "--input=", input());
		addDefault(command, "--output=", output());
		addDefault(command, "--data=", data());
		if (this.catalogOption) {
			addDefault(command, "--catalog=", CATALOG);
		}
		if (command.stream().noneMatch((a) -> a.startsWith("--quiet="))) {
			command.add("--quiet=0s");
		}
		// serve's page on a free port: tests run side by side, and 8080 may be taken on the machine
		addDefault(command, "--rollup.web.port=", "0");
		try {
			Files.createDirectories(this.workDir);
			Path out = this.workDir.resolve("terminal-" + STARTED.incrementAndGet() + ".txt");
			ProcessBuilder builder = new ProcessBuilder(command).directory(this.workDir.toFile())
				.redirectErrorStream(true)
				.redirectOutput(out.toFile());
			builder.environment().putAll(this.environment);
			Process process = builder.start();
			return new Started(process, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void addDefault(List<String> command, String prefix, Object value) {
		if (command.stream().noneMatch((a) -> a.startsWith(prefix))) {
			command.add(prefix + value);
		}
	}

	private static String javaBinary() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	/** A running process and what it has printed so far. */
	public record Started(Process process, Path terminal) {

		public String output() {
			try {
				return Files.readString(this.terminal, StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		/** Waits until the terminal shows {@code text}; fails when the process ends or time runs out first. */
		public void awaitOutput(String text, Duration timeout) {
			long deadline = System.nanoTime() + timeout.toNanos();
			while (!output().contains(text)) {
				if (!this.process.isAlive() && !output().contains(text)) {
					throw new AssertionError("process ended (exit " + this.process.exitValue() + ") before printing «"
							+ text + "»:\n" + output());
				}
				if (System.nanoTime() > deadline) {
					this.process.destroyForcibly();
					throw new AssertionError("no «" + text + "» within " + timeout + ":\n" + output());
				}
				pause(50);
			}
		}

		public Finished waitFor(Duration timeout) {
			try {
				if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
					this.process.destroyForcibly().waitFor();
					throw new AssertionError("process still running after " + timeout + ":\n" + output());
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
			return new Finished(this.process.exitValue(), output());
		}

		/** {@code kill -9}: SIGKILL, no shutdown hooks, no flushing. */
		/** Stops it as {@code systemctl stop} does (SIGTERM): the program closes its ledger on the way out. */
		public Finished stop() {
			this.process.destroy();
			return waitFor(Duration.ofSeconds(60));
		}

		public Finished kill() {
			this.process.destroyForcibly();
			return waitFor(Duration.ofSeconds(30));
		}

		private static void pause(long millis) {
			try {
				Thread.sleep(millis);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}

	}

	/** How a process ended: its exit code and everything it printed. */
	public record Finished(int exitCode, String output) {

		@Override
		public String toString() {
			return "exit " + this.exitCode + ":\n" + this.output;
		}

	}

}
