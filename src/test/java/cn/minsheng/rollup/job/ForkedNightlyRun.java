package cn.minsheng.rollup.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.minsheng.rollup.MinshengRollupApplication;
import cn.minsheng.rollup.form.BundledCatalog;

/**
 * The program as the office runs it: {@code run} in a process of its own with a 512 MB heap, over the input, output
 * and data folders of a test. A crash, a hang or running out of memory stays in that process and fails the test.
 */
final class ForkedNightlyRun {

	static final String HEAP = "512m";

	private static final Pattern DECIDED = Pattern
		.compile("intake\\.decided submission=(\\d+) file=(.*) outcome=(\\w+) kind=(\\w+) millis=(\\d+)");

	private final Path root;

	ForkedNightlyRun(Path root) {
		this.root = root;
	}

	Path inputDir() {
		return this.root.resolve("input");
	}

	Path outputDir() {
		return this.root.resolve("output");
	}

	Path dataDir() {
		return this.root.resolve("data");
	}

	/** Runs {@code run --quiet=0s} once and waits for it; the process is killed when it outlasts the timeout. */
	Result run(Duration timeout) throws IOException, InterruptedException {
		return command(timeout, null, "run", "--quiet=0s");
	}

	/**
	 * Runs one command of the program over the test's folders and waits for it; the process is killed when it
	 * outlasts the timeout.
	 * @param umask the file mode creation mask to run under, as the shell's {@code umask} takes it (022); {@code null}
	 * for this process's own
	 */
	Result command(Duration timeout, String umask, String... arguments) throws IOException, InterruptedException {
		Files.createDirectories(inputDir());
		String java = ProcessHandle.current().info().command().orElse("java");
		Path console = Files.createTempFile(this.root, "console-", ".txt");
		List<String> command = new ArrayList<>();
		if (umask != null) {
			// the shell sets the mask and becomes the JVM, which inherits it
			command.addAll(List.of("/bin/sh", "-c", "umask " + umask + " && exec \"$0\" \"$@\""));
		}
		// C1 only: these runs last seconds, and full optimisation would cost more than it saves
		command.addAll(List.of(java, "-Xmx" + HEAP, "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1",
				"-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
				MinshengRollupApplication.class.getName()));
		command.add(arguments[0]);
		command.addAll(List.of("--input=" + inputDir(), "--output=" + outputDir(), "--data=" + dataDir(),
				"--catalog=" + BundledCatalog.FILE.toAbsolutePath()));
		command.addAll(List.of(arguments).subList(1, arguments.length));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(console.toFile())
			.start();
		long started = System.nanoTime();
		boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		if (!finished) {
			process.destroyForcibly().waitFor();
		}
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		String output = Files.readString(console, StandardCharsets.UTF_8);
		return new Result(finished ? process.exitValue() : -1, finished, took, output);
	}

	/** Rows of a query on the ledger the runs left behind, column names in lower case. */
	List<Map<String, Object>> query(String sql) throws SQLException {
		String url = "jdbc:h2:file:" + dataDir().resolve("ledger").toAbsolutePath() + ";AUTO_SERVER=TRUE";
		List<Map<String, Object>> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			int columns = rs.getMetaData().getColumnCount();
			while (rs.next()) {
				Map<String, Object> row = new LinkedHashMap<>();
				for (int c = 1; c <= columns; c++) {
					row.put(rs.getMetaData().getColumnLabel(c).toLowerCase(java.util.Locale.ROOT), rs.getObject(c));
				}
				rows.add(row);
			}
		}
		return rows;
	}

	/** How long deciding each file took, by submission id, from the {@code intake.decided} lines of the log. */
	Map<Long, Duration> decideTimes() throws IOException {
		Map<Long, Duration> times = new LinkedHashMap<>();
		Path log = dataDir().resolve("logs").resolve("rollup.log");
		for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
			Matcher m = DECIDED.matcher(line);
			if (m.find()) {
				times.put(Long.parseLong(m.group(1)), Duration.ofMillis(Long.parseLong(m.group(5))));
			}
		}
		return times;
	}

	/** What one run did: its exit code (-1 when killed), whether it ended by itself, and its console. */
	record Result(int exitCode, boolean finished, Duration took, String console) {
	}

}
