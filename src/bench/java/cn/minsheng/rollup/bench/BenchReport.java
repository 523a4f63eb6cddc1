package cn.minsheng.rollup.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * The benchmark's results as a Markdown section (table and targets), printed and appended to {@code BENCHMARKS.md}.
 */
final class BenchReport {

	private static final String HEADER = "| 负载 workload | 行 rows | 基线 floor s (fastexcel) | POI 事件 API s | "
			+ "流水线 pipeline s | 基线 rows/s | 流水线 rows/s | 比值 ratio | 启动后比值 after start-up | 比 POI | "
			+ "流水线堆 peak/live MB | 基线堆 peak/live MB | 流水线 CPU s | 说明 |\n"
			+ "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n";

	private final Machine machine;

	private final BenchOptions options;

	private final Launch launch;

	private final List<Measured> results;

	private final Pipeline.Run province;

	private final Pipeline.Run quiet;

	BenchReport(Machine machine, BenchOptions options, Launch launch, List<Measured> results, Pipeline.Run province,
			Pipeline.Run quiet) {
		this.machine = machine;
		this.options = options;
		this.launch = launch;
		this.results = results;
		this.province = province;
		this.quiet = quiet;
	}

	String console() {
		return markdown();
	}

	void appendTo(Path file) throws IOException {
		if (!Files.exists(file)) {
			Files.writeString(file, "# Benchmarks\n\n", StandardCharsets.UTF_8);
		}
		Files.writeString(file, "\n" + markdown(), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
	}

	private String markdown() {
		StringBuilder md = new StringBuilder();
		md.append("### ").append(this.machine.date()).append(" · ").append(this.machine.describe()).append("\n\n");
		md.append("Command: `").append(this.options.command()).append("` — every JVM `-Xmx").append(this.options.heap())
			.append(" ").append(String.join(" ", this.options.jvmOptions())).append("`, started as ")
			.append(this.launch.describe()).append("; (a) ").append(this.options.counties()).append(" counties × 14 units, ")
			.append(this.options.listRows()).append(" 项目分布清单 rows per form.\n\n");
		md.append(HEADER);
		this.results.forEach((m) -> md.append(row(m)));
		md.append("\n").append(targets()).append("\n");
		return md.toString();
	}

	private static String row(Measured m) {
		ChildRun p = m.pipeline();
		ChildRun b = m.baseline();
		return String.format("| %s | %,d | %.2f | %s | %.2f | %s | %s | %.2f | %s | %s | %.0f / %.0f | %.0f / %.0f "
				+ "| %.1f | %s |%n", m.workload(), m.rows(), m.baselineSeconds(),
				m.reference() == null ? "–" : String.format("%.2f", m.reference().wallSeconds()), m.pipelineSeconds(),
				perSecond(m.rows(), m.baselineSeconds()), perSecond(m.rows(), m.pipelineSeconds()), m.ratio(),
				ratio(m.afterStartupRatio()), ratio(m.referenceRatio()), p.heapPeakMb(), p.heapLiveMb(),
				b.heapPeakMb(), b.heapLiveMb(), p.cpuSeconds(), m.note());
	}

	private static String ratio(double ratio) {
		return Double.isNaN(ratio) ? "–" : String.format("%.2f", ratio);
	}

	private static String perSecond(long rows, double seconds) {
		return rows == 0 ? "–" : String.format("%,.0f", rows / seconds);
	}

	private String targets() {
		StringBuilder t = new StringBuilder("Targets:\n");
		find("(a) 省级一个月").ifPresent((a) -> {
			t.append(check(a.ratio() <= 3.0,
					String.format("(a) ≤ 3× the fastexcel floor end to end: %.2f", a.ratio())));
			t.append(check(a.afterStartupRatio() <= 2.5,
					String.format("(a) ≤ 2.5× the floor after start-up: %.2f", a.afterStartupRatio())));
			t.append(check(a.pipelineSeconds() < 60, String.format("(a) under 60 s: %.1f s", a.pipelineSeconds())));
		});
		String big = "(b) 分布清单 " + this.options.bigRows() + " 行";
		String tenth = "(b) 分布清单 " + this.options.bigRows() / 10 + " 行";
		find(big).ifPresent((b) -> {
			t.append(check(b.ratio() <= 2.0, String.format("(b) ≤ 2× the fastexcel floor: %.2f", b.ratio())));
			find(Benchmark.SMALL_HEAP_ROW).ifPresent((small) -> t.append(check(small.pipeline().ok(), String.format(
					"(b) memory does not grow with the file: %,d rows done in -Xmx%s (%.1f s); live heap after young "
							+ "collections %.0f MB at a tenth of the rows, %.0f MB at all of them (old garbage, see "
							+ "*First round*)", b.rows(), Benchmark.SMALL_HEAP, small.pipelineSeconds(),
					find(tenth).map((m) -> m.pipeline().heapLiveMb()).orElse(Double.NaN), b.pipeline().heapLiveMb()))));
		});
		double startup = this.province.toFirstFile().map((d) -> d.toMillis() / 1000.0).orElse(Double.NaN);
		t.append(check(startup < 2, String.format("startup to the first file under 2 s: %.2f s", startup)));
		double night = this.quiet.process().wallSeconds();
		t.append(check(night < startup + 1,
				String.format("(d) under startup + 1 s (%.2f s): %.2f s", startup + 1, night)));
		return t.toString();
	}

	private Optional<Measured> find(String workload) {
		return this.results.stream().filter((m) -> m.workload().equals(workload)).findFirst();
	}

	private static String check(boolean met, String text) {
		return "- " + (met ? "✅ met" : "❌ missed") + " — " + text + "\n";
	}

}
