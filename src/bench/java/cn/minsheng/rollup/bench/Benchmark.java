package cn.minsheng.rollup.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The performance benchmark of issue 7, one command ({@code bench/run.sh}): makes the workloads with the sample
 * generator, runs the fastest raw parse of the same files (dhatim fastexcel-reader, the floor), POI's bare event API
 * over them (a second reference) and the nightly job on them (the pipeline), each in a fresh JVM with the same heap,
 * and appends wall time, rows per second, peak heap and the pipeline/floor ratios, end to end and after start-up, to
 * {@code BENCHMARKS.md}. Workloads: (a) a province month, (b) one form with a huge 项目分布清单 (and a tenth
 * of it, to compare memory), (c) the summary of a year of the province in the ledger, (d) a night with nothing new.
 */
public final class Benchmark {

	static final String SMALL_HEAP = "128m";

	static final String SMALL_HEAP_ROW = "(b) 同上，流水线 -Xmx" + SMALL_HEAP;

	private final BenchOptions options;

	private final Workloads workloads;

	private Pipeline pipeline;

	private ChildJvm jvm;

	private Launch launch;

	private final List<Measured> results = new ArrayList<>();

	private Benchmark(BenchOptions options) {
		this.options = options;
		this.workloads = new Workloads(options.work().resolve("workloads"), options.countyCatalog(), options.reuse());
		this.launch = Launch.plain(options.jar());
		useLaunch(this.launch);
	}

	private void useLaunch(Launch launch) {
		this.jvm = new ChildJvm(launch, this.options.jvmOptions());
		this.pipeline = new Pipeline(this.jvm, this.options.work().resolve("runs"), this.options.heap());
	}

	public static void main(String[] args) throws Exception {
		BenchOptions options = BenchOptions.parse(args);
		if (!Files.isRegularFile(options.jar())) {
			throw new IllegalStateException("jar not found: " + options.jar() + " (mvn -B -q package -DskipTests)");
		}
		new Benchmark(options).run();
	}

	private void run() throws Exception {
		Machine machine = Machine.now();
		System.out.println("基准测试：" + machine.describe());
		WorkloadFiles province = this.workloads.province(this.options.counties(), this.options.listRows());
		if (this.options.cds()) {
			prepareCds();
		}
		Pipeline.Run provinceRun = provinceMonth(province);
		if (this.options.runs('b')) {
			bigList(this.options.bigRows() / 10);
			bigList(this.options.bigRows());
		}
		if (this.options.runs('c')) {
			yearSummary(provinceRun);
		}
		Pipeline.Run quiet = quietNight(provinceRun);
		if (this.options.cds()) {
			useLaunch(Launch.plain(this.options.jar()));
			Pipeline.Run plainQuiet = this.pipeline.runAgain("d-pipeline-plain-jar", provinceRun);
			add("(d) 同上，java -jar（无 CDS）", 0, this.results.get(this.results.size() - 1).baseline(),
					plainQuiet.process(), plainQuiet.note());
		}
		BenchReport report = new BenchReport(machine.withLoadAfter(), this.options, this.launch, this.results,
				provinceRun, quiet);
		System.out.println(report.console());
		if (!"none".equals(this.options.report())) {
			report.appendTo(Path.of(this.options.report()));
			System.out.println("结果已追加到 " + this.options.report());
		}
	}

	/** Extracts the jar and trains its CDS archive on a small run (one form of a thousand list rows). */
	private void prepareCds() throws Exception {
		System.out.println("准备 AppCDS：解压 jar，试运行一次写出类数据存档");
		Launch extracted = Launch.extracted(this.options.jar(), this.options.work().resolve("app"));
		WorkloadFiles training = this.workloads.bigList(1_000);
		Path dir = this.pipeline.prepare("cds-training", training);
		extracted.train(dir, Pipeline.arguments(dir, training.catalog()));
		this.launch = extracted;
		useLaunch(extracted);
	}

	private Pipeline.Run provinceMonth(WorkloadFiles files) throws Exception {
		System.out.println("(a) 省级一个月：" + files.forms() + " 个文件");
		Paired paired = paired(() -> floor(files.files(), "a-baseline"), () -> reference(files.files(), "a-poi"),
				() -> this.pipeline.run("a-pipeline", files, List.of()));
		ChildRun baseline = paired.floor();
		Pipeline.Run run = paired.pipeline();
		add("(a) 省级一个月", files.rows(), baseline, paired.reference(), run, paired.note(run.note()));
		Pipeline.Run oneThread = this.pipeline.run("a-pipeline-1thread", files, List.of("--rollup.intake.threads=1"));
		add("(a) 同上，单线程读取", files.rows(), baseline, paired.reference(), oneThread, oneThread.note());
		return run;
	}

	private void bigList(int rows) throws Exception {
		WorkloadFiles files = this.workloads.bigList(rows);
		System.out.println("(b) 项目分布清单 " + rows + " 行");
		Paired paired = paired(() -> floor(files.files(), "b-baseline-" + rows),
				() -> reference(files.files(), "b-poi-" + rows),
				() -> this.pipeline.run("b-pipeline-" + rows, files, List.of()));
		ChildRun baseline = paired.floor();
		Pipeline.Run run = paired.pipeline();
		add("(b) 分布清单 " + rows + " 行", files.rows(), baseline, paired.reference(), run, paired.note(run.note()));
		if (rows == this.options.bigRows()) {
			// a young collection leaves old garbage behind, so "live" creeps up; a heap far smaller than the
			// rows would need, had they been kept, shows they are not
			Pipeline.Run small = this.pipeline.withHeap(SMALL_HEAP).run("b-pipeline-" + rows + "-small-heap", files,
					List.of());
			add(SMALL_HEAP_ROW, files.rows(), baseline, paired.reference(), small, small.note());
		}
	}

	private void yearSummary(Pipeline.Run province) throws Exception {
		System.out.println("(c) 全年汇总");
		Path dir = this.options.work().resolve("runs").resolve("c-summary");
		Tree.delete(dir);
		Tree.copy(province.dataDir(), dir.resolve("data"));
		long rows;
		try (LedgerProbe ledger = new LedgerProbe(dir.resolve("data"))) {
			rows = ledger.fillYearFrom(Workloads.PROVINCE_MONTH);
		}
		String year = Integer.toString(Workloads.PROVINCE_MONTH.getYear());
		ChildRun baseline = this.jvm.runMain(LedgerScan.class, this.options.heap(), dir.resolve("baseline"),
				List.of(dir.resolve("data").toString(), year));
		ChildRun summary = this.jvm.runMain(SummaryRun.class, this.options.heap(), dir.resolve("pipeline"),
				List.of(year + "-12", "--data=" + dir.resolve("data"), "--output=" + dir.resolve("output"),
						"--input=" + dir.resolve("input"), "--catalog=" + province.catalog()));
		check(baseline, "ledger scan");
		check(summary, "summary");
		this.results.add(Measured.wholeProcesses("(c) 全年汇总（12 个月）", rows, baseline, summary,
				String.format("写汇总表 %.1f s（不含启动）", summary.printed("summary.seconds"))));
	}

	private Pipeline.Run quietNight(Pipeline.Run province) throws Exception {
		System.out.println("(d) 无新文件的夜间运行");
		Path empty = this.options.work().resolve("runs").resolve("d-empty");
		Tree.delete(empty);
		Files.createDirectories(empty);
		ChildRun baseline = floor(empty, "d-baseline");
		Pipeline.Run run = this.pipeline.runAgain("d-pipeline", province);
		add("(d) 无新文件", 0, baseline, run.process(), run.note());
		return run;
	}

	/**
	 * The floor, the second reference and the pipeline run alternately {@code --repeat} times, each kept at its median
	 * wall time: on a shared machine one floor run took 5.4 s and another 9.0 s within the hour, which alone moved the
	 * ratio by half.
	 */
	private Paired paired(Measurement<ChildRun> floor, Measurement<ChildRun> reference,
			Measurement<Pipeline.Run> pipeline) throws Exception {
		List<ChildRun> floors = new ArrayList<>();
		List<ChildRun> references = new ArrayList<>();
		List<Pipeline.Run> pipelines = new ArrayList<>();
		for (int i = 0; i < this.options.repeat(); i++) {
			floors.add(floor.run());
			references.add(reference.run());
			pipelines.add(pipeline.run());
		}
		return new Paired(floors, references, pipelines);
	}

	/** The floor: fastexcel-reader over every sheet of the files. */
	private ChildRun floor(Path files, String name) throws Exception {
		return runFloor(FastexcelRead.class, files, name);
	}

	/** The second reference: POI's event API over every sheet of the files. */
	private ChildRun reference(Path files, String name) throws Exception {
		return runFloor(BaselineRead.class, files, name);
	}

	private ChildRun runFloor(Class<?> main, Path files, String name) throws Exception {
		Path dir = this.options.work().resolve("runs").resolve(name);
		Tree.delete(dir);
		ChildRun run = this.jvm.runMain(main, this.options.heap(), dir, List.of(files.toString()));
		check(run, main.getSimpleName());
		return run;
	}

	private void add(String workload, long rows, ChildRun baseline, ChildRun reference, Pipeline.Run pipeline,
			String note) {
		double startup = pipeline.toFirstFile().map((d) -> d.toMillis() / 1000.0).orElse(Double.NaN);
		Measured measured = Measured.withReference(workload, rows, baseline, reference, pipeline.process(), startup,
				note);
		System.out.printf("  基线 %.1f s，POI %.1f s，流水线 %.1f s，比值 %.2f（启动后 %.2f）；%s%n",
				baseline.wallSeconds(), reference.wallSeconds(), pipeline.process().wallSeconds(), measured.ratio(),
				measured.afterStartupRatio(), note);
		this.results.add(measured);
	}

	private void add(String workload, long rows, ChildRun baseline, ChildRun pipeline, String note) {
		Measured measured = Measured.wholeProcesses(workload, rows, baseline, pipeline, note);
		System.out.printf("  基线 %.1f s，流水线 %.1f s，比值 %.2f；%s%n", baseline.wallSeconds(),
				pipeline.wallSeconds(), measured.ratio(), note);
		this.results.add(measured);
	}

	/** One run of a measured program. */
	@FunctionalInterface
	private interface Measurement<T> {

		T run() throws Exception;

	}

	/** Alternate runs of the floor and the pipeline; the medians are what is reported. */
	private record Paired(List<ChildRun> floors, List<ChildRun> references, List<Pipeline.Run> pipelines) {

		ChildRun floor() {
			return median(this.floors, ChildRun::wallSeconds);
		}

		ChildRun reference() {
			return median(this.references, ChildRun::wallSeconds);
		}

		Pipeline.Run pipeline() {
			return median(this.pipelines, (run) -> run.process().wallSeconds());
		}

		String note(String note) {
			if (this.floors.size() < 2) {
				return note;
			}
			List<String> ratios = new ArrayList<>();
			for (int i = 0; i < this.floors.size(); i++) {
				ratios.add(String.format("%.2f", this.pipelines.get(i).process().wallSeconds()
						/ this.floors.get(i).wallSeconds()));
			}
			return note + "，" + this.floors.size() + " 次交替运行取中位数（各次比值 " + String.join(" / ", ratios) + "）";
		}

		private static <T> T median(List<T> runs, ToDoubleFunction<T> seconds) {
			List<T> sorted = new ArrayList<>(runs);
			sorted.sort(Comparator.comparingDouble(seconds));
			return sorted.get(sorted.size() / 2);
		}

	}

	static void check(ChildRun run, String what) {
		if (!run.ok()) {
			throw new IllegalStateException(what + " failed with exit code " + run.exitCode() + ":\n" + run.output());
		}
	}

	static String seconds(Duration duration) {
		return String.format("%.2f s", duration.toMillis() / 1000.0);
	}

}
