package cn.minsheng.rollup.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import cn.minsheng.rollup.testing.Prerequisites;
import cn.minsheng.rollup.testing.SlowTest;

/**
 * Real-world, odd, broken and hostile spreadsheets (Apache POI's test files): each must be read or refused with a
 * {@link FormReadException} within ten seconds, never crash or hang the reader.
 */
@SlowTest
class UnitFormReaderCorpusTest {

	private static final Duration LIMIT = Duration.ofSeconds(10);

	private static final String READ = "READ";

	private final UnitFormReader reader = new UnitFormReader();

	private final Map<String, Integer> tally = new ConcurrentHashMap<>();

	@TestFactory
	Stream<DynamicTest> everyCorpusFileIsReadOrRefusedInTime() throws IOException {
		Path corpus = corpusDirectory();
		Prerequisites.require(corpus != null,
				"corpus not found at ../shared/corpus/spreadsheets or /work/shared/corpus/spreadsheets; skipped");
		List<Path> files;
		try (Stream<Path> listing = Files.list(corpus)) {
			files = listing.filter(Files::isRegularFile).sorted().toList();
		}
		Stream<DynamicTest> perFile = files.stream()
			.map((file) -> dynamicTest(file.getFileName().toString(), () -> readOrRefuse(file)));
		return Stream.concat(perFile, Stream.of(dynamicTest("tally", () -> printTally(files.size()))));
	}

	private void readOrRefuse(Path file) {
		String outcome = assertTimeoutPreemptively(LIMIT, () -> {
			try {
				this.reader.read(file, (row) -> {
				});
				return READ;
			}
			catch (FormReadException ex) {
				assertThat(ex.getMessage()).isNotBlank();
				return ex.kind().name();
			}
		}, () -> file.getFileName() + " was neither read nor refused within " + LIMIT.toSeconds() + " s");
		this.tally.merge(outcome, 1, Integer::sum);
	}

	private void printTally(int files) {
		Map<String, Integer> sorted = new TreeMap<>(this.tally);
		System.out.println("Corpus tally (" + files + " files): " + sorted);
		assertThat(sorted.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(files);
	}

	private static Path corpusDirectory() {
		Path relative = Path.of(System.getProperty("user.dir")).resolve("../shared/corpus/spreadsheets").normalize();
		if (Files.isDirectory(relative)) {
			return relative;
		}
		Path absolute = Path.of("/work/shared/corpus/spreadsheets");
		return Files.isDirectory(absolute) ? absolute : null;
	}

}
