package cn.minsheng.rollup.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How the measured JVMs start the application: the jar as built, or extracted ({@code java -Djarmode=tools -jar …
 * extract}) with an application class-data-sharing archive that a training run wrote at exit
 * ({@code -XX:ArchiveClassesAtExit}), which spares each start most of its class loading and verification.
 *
 * @param jar the jar to start
 * @param archive the CDS archive, {@code null} for none
 */
record Launch(Path jar, Path archive) {

	static Launch plain(Path jar) {
		return new Launch(jar.toAbsolutePath(), null);
	}

	/** Extracts {@code jar} into {@code dir}; the archive is written by {@link #train}. */
	static Launch extracted(Path jar, Path dir) throws IOException, InterruptedException {
		Tree.delete(dir);
		Files.createDirectories(dir.toAbsolutePath().getParent());
		exec(List.of(java(), "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
				dir.toAbsolutePath().toString()), dir.toAbsolutePath().getParent());
		return new Launch(dir.toAbsolutePath().resolve(jar.getFileName()), dir.toAbsolutePath().resolve("app.jsa"));
	}

	/** One run of the application that writes the archive at exit; the same arguments as a nightly run. */
	void train(Path workDir, List<String> args) throws IOException, InterruptedException {
		List<String> command = new java.util.ArrayList<>(List.of(java(), "-XX:ArchiveClassesAtExit=" + this.archive,
				"-jar", this.jar.toString()));
		command.addAll(args);
		Files.createDirectories(workDir);
		exec(command, workDir);
		if (!Files.exists(this.archive)) {
			throw new IllegalStateException("no CDS archive written: " + this.archive);
		}
	}

	String describe() {
		return this.archive == null ? "`java -jar`" : "extracted jar + AppCDS archive (`-XX:SharedArchiveFile`)";
	}

	private static void exec(List<String> command, Path workDir) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(workDir.toFile())
			.redirectErrorStream(true)
			.redirectOutput(workDir.resolve("launch.log").toFile())
			.start();
		if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
			throw new IllegalStateException("failed: " + String.join(" ", command) + " (see launch.log in " + workDir
					+ ")");
		}
	}

	private static String java() {
		return ProcessHandle.current().info().command().orElse("java");
	}

}
