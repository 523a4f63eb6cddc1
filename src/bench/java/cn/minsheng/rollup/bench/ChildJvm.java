package cn.minsheng.rollup.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the application in a fresh JVM, as an operator would, and watches it from outside: wall time, CPU time and
 * peak memory from {@code /proc} (Linux), heap from a GC log the child writes. Either the jar as built
 * ({@code java -jar}), or the jar extracted with a class-data-sharing archive (see {@link Launch}).
 */
final class ChildJvm {

	private static final String LAUNCHER = "org.springframework.boot.loader.launch.PropertiesLauncher";

	private static final long CLOCK_TICKS_PER_SECOND = 100;

	private final Launch launch;

	private final List<String> jvmOptions;

	ChildJvm(Launch launch, List<String> jvmOptions) {
		this.launch = launch;
		this.jvmOptions = List.copyOf(jvmOptions);
	}

	/** The application's {@code main} with these arguments: {@code java -jar minsheng-rollup.jar args}. */
	ChildRun runApplication(String heap, Path workDir, List<String> args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(jvm(heap, workDir));
		command.add("-jar");
		command.add(this.launch.jar().toString());
		command.addAll(args);
		return run(command, workDir);
	}

	/**
	 * A main class of the benchmark beside the application's jar, with the same class loading as the application: the
	 * benchmark's classes are not in the office's jar, so they join it through the launcher's {@code loader.path}
	 * (or after the extracted jar on the class path, which keeps its class-data-sharing archive usable).
	 */
	ChildRun runMain(Class<?> main, String heap, Path workDir, List<String> args)
			throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(jvm(heap, workDir));
		String benchClasses = classesOf(main);
		// the floor's library (fastexcel-reader), copied beside the classes by the build; never in the office's jar
		Path benchLibraries = Path.of(benchClasses).resolveSibling("bench-lib");
		if (this.launch.archive() == null) {
			command.addAll(List.of("-Dloader.path=" + benchClasses + "," + benchLibraries,
					"-Dloader.main=" + main.getName(), "-cp", this.launch.jar().toString(), LAUNCHER));
		}
		else {
			command.addAll(List.of("-cp", String.join(java.io.File.pathSeparator, this.launch.jar().toString(),
					benchClasses, benchLibraries.resolve("*").toString()), main.getName()));
		}
		command.addAll(args);
		return run(command, workDir);
	}

	private static String classesOf(Class<?> type) {
		try {
			return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalStateException("benchmark classes not found", ex);
		}
	}

	private List<String> jvm(String heap, Path workDir) {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> jvm = new ArrayList<>(List.of(java, "-Xmx" + heap, "-Dfile.encoding=UTF-8",
				"-Xlog:gc,gc+heap+exit:file=" + workDir.resolve("gc.log") + ":uptime"));
		if (this.launch.archive() != null) {
			jvm.add("-XX:SharedArchiveFile=" + this.launch.archive());
		}
		jvm.addAll(this.jvmOptions);
		return jvm;
	}

	private ChildRun run(List<String> command, Path workDir) throws IOException, InterruptedException {
		Files.createDirectories(workDir);
		Path log = workDir.resolve("console.log");
		// the launch as the clock has it, not ProcessHandle's start instant: on Linux that is the boot time from
		// /proc/stat, in whole seconds, plus the process's start ticks, so up to a second early (0.8 s on this machine)
		Instant started = Instant.now();
		long start = System.nanoTime();
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		ProcStat stat = new ProcStat(process.pid());
		while (!process.waitFor(50, TimeUnit.MILLISECONDS)) {
			stat.sample();
		}
		double wall = (System.nanoTime() - start) / 1e9;
		double[] heap = GcLog.heap(workDir.resolve("gc.log"));
		return new ChildRun(started, wall, stat.cpuTicks / (double) CLOCK_TICKS_PER_SECOND, stat.peakRssKb / 1024.0,
				heap[0], heap[1], process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
	}

	/** The last CPU and peak-memory readings of a running process. */
	private static final class ProcStat {

		private final Path stat;

		private final Path status;

		private long cpuTicks;

		private long peakRssKb;

		ProcStat(long pid) {
			this.stat = Path.of("/proc", Long.toString(pid), "stat");
			this.status = Path.of("/proc", Long.toString(pid), "status");
		}

		void sample() {
			try {
				String line = Files.readString(this.stat);
				// fields after the command name, which is in brackets and may hold spaces: utime is 14th, stime 15th
				String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
				this.cpuTicks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
				for (String entry : Files.readAllLines(this.status)) {
					if (entry.startsWith("VmHWM:")) {
						this.peakRssKb = Long.parseLong(entry.replaceAll("\\D", ""));
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				// the process ended between two readings, or this is not Linux: keep the last reading
			}
		}

	}

}
