package cn.minsheng.rollup.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the nightly job the way the office does, {@code java -jar minsheng-rollup.jar run}, on a copy of a workload's
 * files in a folder of its own, and reads from the ledger when the first file was registered and what was decided.
 */
final class Pipeline {

	private final ChildJvm jvm;

	private final Path runs;

	private final String heap;

	private final boolean mustSucceed;

	Pipeline(ChildJvm jvm, Path runs, String heap) {
		this(jvm, runs, heap, true);
	}

	private Pipeline(ChildJvm jvm, Path runs, String heap, boolean mustSucceed) {
		this.jvm = jvm;
		this.runs = runs;
		this.heap = heap;
		this.mustSucceed = mustSucceed;
	}

	/** The same runs in JVMs with another {@code -Xmx}; a run that fails there is reported, not fatal. */
	Pipeline withHeap(String otherHeap) {
		return new Pipeline(this.jvm, this.runs, otherHeap, false);
	}

	/** A first night for the workload's files: empty ledger. */
	Run run(String name, WorkloadFiles files, List<String> extraOptions) throws Exception {
		return execute(prepare(name, files), files.catalog(), extraOptions);
	}

	/** The next night after {@code previous}, with nothing new in the input folder. */
	Run runAgain(String name, Run previous) throws Exception {
		Path dir = fresh(name);
		Tree.copy(previous.dataDir(), dir.resolve("data"));
		Tree.copy(previous.dataDir().resolveSibling("output"), dir.resolve("output"));
		Files.createDirectories(dir.resolve("input"));
		return execute(dir, previous.catalog(), List.of());
	}

	private Path fresh(String name) throws Exception {
		Path dir = this.runs.resolve(name).toAbsolutePath();
		Tree.delete(dir);
		Files.createDirectories(dir);
		return dir;
	}

	/** The arguments of a nightly run on the folders under {@code dir}. */
	static List<String> arguments(Path dir, Path catalog) {
		return List.of("run", "--input=" + dir.resolve("input"), "--output=" + dir.resolve("output"),
				"--data=" + dir.resolve("data"), "--catalog=" + catalog.toAbsolutePath(), "--quiet=0s");
	}

	/** Copies the files into a fresh input folder under {@code runs/name}. */
	Path prepare(String name, WorkloadFiles files) throws Exception {
		Path dir = fresh(name);
		Tree.copy(files.files(), dir.resolve("input"));
		return dir;
	}

	private Run execute(Path dir, Path catalog, List<String> extraOptions) throws Exception {
		List<String> args = new ArrayList<>(arguments(dir, catalog));
		args.addAll(extraOptions);
		ChildRun process = this.jvm.runApplication(this.heap, dir, args);
		if (!process.ok() && !this.mustSucceed) {
			return new Run(process, dir.resolve("data"), catalog, Optional.empty(),
					Map.of("exit code " + process.exitCode(), 1));
		}
		Benchmark.check(process, "pipeline in " + dir);
		try (LedgerProbe ledger = new LedgerProbe(dir.resolve("data"))) {
			Optional<Duration> toFirstFile = ledger.firstPickedUp()
				.filter((first) -> first.isAfter(process.started()))
				.map((first) -> Duration.between(process.started(), first));
			return new Run(process, dir.resolve("data"), catalog, toFirstFile, ledger.outcomes());
		}
	}

	/**
	 * One run of the job.
	 *
	 * @param toFirstFile from the JVM's start to the first file registered in the ledger; empty when this run
	 * registered none
	 * @param outcomes files per state and outcome in the ledger afterwards
	 */
	record Run(ChildRun process, Path dataDir, Path catalog, Optional<Duration> toFirstFile,
			Map<String, Integer> outcomes) {

		String note() {
			return "台账 " + this.outcomes + this.toFirstFile.map((d) -> "，启动到第一个文件 " + Benchmark.seconds(d))
				.orElse("");
		}

	}

}
