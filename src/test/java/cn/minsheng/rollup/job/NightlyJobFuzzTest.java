package cn.minsheng.rollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.form.BundledCatalog;
import cn.minsheng.rollup.intake.FileDigest;
import cn.minsheng.rollup.sample.GeneratedForm;
import cn.minsheng.rollup.sample.SampleFormat;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;
import cn.minsheng.rollup.testing.SlowTest;

/**
 * Mutation fuzzing of correct forms (.xlsx and .xls from the sample generator): seeded byte-level and XML-level
 * mutants go through one night of the real program in its own 512 MB process. Every mutant must end accepted or
 * rejected with a Chinese reason, kept unchanged in one place, within ten seconds; the run must complete.
 * <p>
 * 60 mutants by default (well under a minute); more with {@code -Dfuzz.mutants=N}, another sequence with
 * {@code -Dfuzz.seed=S}, e.g. {@code mvn -o test -Dexcluded.tags= -Dtest=NightlyJobFuzzTest -Dfuzz.mutants=1000}.
 */
@SlowTest
class NightlyJobFuzzTest {

	private static final int MUTANTS = Integer.getInteger("fuzz.mutants", 60);

	private static final long SEED = Long.getLong("fuzz.seed", 20231128L);

	private static final List<String> UNITS = List.of("县人社局", "县教育局", "县民政局");

	@TempDir
	Path root;

	@Test
	void everyMutantEndsAcceptedOrRejectedWithAChineseReasonAndTheRunCompletes() throws Exception {
		List<GeneratedForm> bases = bases(this.root.resolve("bases"));
		ForkedNightlyRun job = new ForkedNightlyRun(this.root.resolve("office"));
		FormMutator mutator = new FormMutator(SEED);
		Map<String, String> dropped = new LinkedHashMap<>();
		Map<String, String> described = new LinkedHashMap<>();
		for (int i = 0; i < MUTANTS; i++) {
			GeneratedForm base = bases.get(i % bases.size());
			boolean xlsx = base.format() == SampleFormat.XLSX;
			String name = String.format("变异%04d-%s%s", i, base.catalogUnit(), base.format().extension());
			Path file = Files.createDirectories(job.inputDir()).resolve(name);
			FormMutator.Mutant mutant = mutator.mutate(base.file(), xlsx, file);
			Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(600)));
			dropped.put(name, FileDigest.sha256(file));
			described.put(name, mutant.description());
		}

		ForkedNightlyRun.Result run = job.run(Duration.ofMinutes(2 + MUTANTS / 30));

		assertThat(run.exitCode()).as("exit code; console:%n%s", run.console()).isZero();
		List<RunAudit.Placed> placed = RunAudit.audit(job, dropped);
		System.out.println("Fuzz tally (" + MUTANTS + " mutants, seed " + SEED + ", run took " + run.took().toSeconds()
				+ " s at -Xmx" + ForkedNightlyRun.HEAP + "):\n" + RunAudit.tally(placed) + "\n" + byMutation(placed,
						described));
	}

	private static List<GeneratedForm> bases(Path dir) throws IOException {
		SampleMonthGenerator generator = new SampleMonthGenerator(BundledCatalog.load());
		SampleSpec spec = SampleSpec.of(FormFiles.NOVEMBER).withUnits(UNITS).withSeed(SEED);
		List<GeneratedForm> xlsx = generator.generateMonth(spec, FormFiles.NOVEMBER, dir.resolve("xlsx"));
		List<GeneratedForm> xls = generator.generateMonth(spec.withFormat(SampleFormat.XLS), FormFiles.NOVEMBER,
				dir.resolve("xls"));
		return java.util.stream.Stream.concat(xlsx.stream(), xls.stream()).toList();
	}

	/** Outcome by kind of mutation, so a run shows which damage is caught how. */
	private static String byMutation(List<RunAudit.Placed> placed, Map<String, String> described) {
		return placed.stream()
			.collect(Collectors.groupingBy((p) -> described.get(p.sourcePath()).replaceAll("\\d+", "N")
				.replaceAll(" in .*", "") + " → " + p.tallyKey(), java.util.TreeMap::new, Collectors.counting()))
			.entrySet().stream().map((e) -> String.format("  %4d  %s", e.getValue(), e.getKey()))
			.collect(Collectors.joining("\n"));
	}

}
