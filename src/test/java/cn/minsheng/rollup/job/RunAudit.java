package cn.minsheng.rollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;

import cn.minsheng.rollup.intake.FileDigest;
import cn.minsheng.rollup.intake.OriginalsStore;
import cn.minsheng.rollup.workbook.RejectionKind;

/**
 * Checks what the office checks after a night: every file dropped is in exactly one place (archive, or rejected
 * with its reason note beside it) with its bytes unchanged, the ledger holds exactly one decision for it with a
 * Chinese reason, no run failed, and no file took too long.
 */
final class RunAudit {

	/** The longest a single file may take to decide. */
	static final Duration PER_FILE_LIMIT = Duration.ofSeconds(10);

	private RunAudit() {
	}

	/** One dropped file as the ledger and the folders have it after the runs. */
	record Placed(long id, String sourcePath, String outcome, String kind, String reason, Path stored,
			Duration took) {

		String tallyKey() {
			return switch (this.outcome) {
				case "ACCEPTED" -> "已接收";
				case "DUPLICATE" -> "重复报送";
				default -> "已退回：" + RejectionKind.valueOf(this.kind).label() + "（" + this.kind + "）";
			};
		}

	}

	/**
	 * @param dropped SHA-256 of each dropped file by its path below the input folder (forward slashes)
	 */
	static List<Placed> audit(ForkedNightlyRun job, Map<String, String> dropped) throws IOException, SQLException {
		List<Map<String, Object>> rows = submissions(job);
		assertThat(rows).extracting((r) -> (String) r.get("source_path"))
			.as("one ledger entry per dropped file, none more")
			.containsExactlyInAnyOrderElementsOf(dropped.keySet());
		assertThat(job.query("SELECT status, exit_code FROM batch_job_execution"))
			.as("every run completed").isNotEmpty()
			.allSatisfy((e) -> assertThat(e.get("status")).isEqualTo("COMPLETED"));
		Map<Long, Duration> times = job.decideTimes();
		List<Placed> placed = new ArrayList<>();
		SoftAssertions softly = new SoftAssertions();
		for (Map<String, Object> row : rows) {
			Placed file = placed(row, times, job.dataDir());
			placed.add(file);
			check(softly, job, file, (String) row.get("state"), dropped.get(file.sourcePath()));
		}
		softly.assertAll();
		assertThat(regularFiles(job.inputDir())).as("files left in the input folder").isEmpty();
		List<Path> kept = new ArrayList<>(regularFiles(job.dataDir().resolve("archive")));
		kept.addAll(regularFiles(job.dataDir().resolve("rejected")));
		kept.removeIf((p) -> p.getFileName().toString().endsWith(OriginalsStore.REASON_SUFFIX));
		assertThat(kept).as("originals kept").hasSameSizeAs(dropped.keySet());
		return placed;
	}

	/** The decisions as the ledger has them, without checking anything. */
	static List<Placed> decisions(ForkedNightlyRun job) throws IOException, SQLException {
		Map<Long, Duration> times = job.decideTimes();
		return submissions(job).stream().map((row) -> placed(row, times, job.dataDir())).toList();
	}

	private static List<Map<String, Object>> submissions(ForkedNightlyRun job) throws SQLException {
		return job.query("SELECT id, source_path, sha256, state, outcome, rejection_kind, reason, stored_path "
				+ "FROM submission ORDER BY id");
	}

	/** The ledger keeps an original's place relative to the data folder. */
	private static Placed placed(Map<String, Object> row, Map<Long, Duration> times, Path dataDir) {
		long id = ((Number) row.get("id")).longValue();
		String stored = (String) row.get("stored_path");
		return new Placed(id, (String) row.get("source_path"), (String) row.get("outcome"),
				(String) row.get("rejection_kind"), (String) row.get("reason"),
				stored == null ? null : dataDir.resolve(stored),
				times.get(id));
	}

	private static void check(SoftAssertions softly, ForkedNightlyRun job, Placed file, String state, String sha)
			throws IOException {
		String name = file.sourcePath();
		softly.assertThat(state).as("state of %s", name).isEqualTo("PLACED");
		softly.assertThat(file.outcome()).as("outcome of %s", name).isIn("ACCEPTED", "REJECTED", "DUPLICATE");
		softly.assertThat(isChinese(file.reason())).as("Chinese reason for %s: %s", name, file.reason()).isTrue();
		softly.assertThat(file.took()).as("time to decide %s", name).isNotNull()
			.isLessThan(PER_FILE_LIMIT);
		if (file.stored() == null || !Files.isRegularFile(file.stored())) {
			softly.fail("original of %s not kept: %s", name, file.stored());
			return;
		}
		softly.assertThat(FileDigest.sha256(file.stored())).as("bytes of %s", name).isEqualTo(sha);
		boolean accepted = "ACCEPTED".equals(file.outcome());
		Path home = job.dataDir().resolve(accepted ? "archive" : "rejected").toAbsolutePath().normalize();
		softly.assertThat(file.stored().toAbsolutePath().normalize()).as("place of %s", name).startsWith(home);
		if (!accepted) {
			softly.assertThat(file.kind()).as("rejection kind of %s", name).isNotNull();
			Path note = OriginalsStore.reasonFileOf(file.stored());
			softly.assertThat(note).as("reason note of %s", name).isRegularFile();
			if (Files.isRegularFile(note)) {
				softly.assertThat(Files.readString(note, StandardCharsets.UTF_8)).as("reason note of %s", name)
					.contains("原因：" + file.reason().lines().findFirst().orElse("").strip());
			}
		}
	}

	/** Counts by outcome and rejection kind, one line each, largest first. */
	static String tally(List<Placed> placed) {
		Map<String, Long> counts = placed.stream()
			.collect(Collectors.groupingBy(Placed::tallyKey, TreeMap::new, Collectors.counting()));
		String lines = counts.entrySet().stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.map((e) -> String.format("  %5d  %s", e.getValue(), e.getKey()))
			.collect(Collectors.joining("\n"));
		Placed slowest = placed.stream().filter((p) -> p.took() != null)
			.max(Comparator.comparing(Placed::took)).orElse(null);
		return lines + "\n  共 " + placed.size() + " 个文件" + (slowest == null ? ""
				: "；最慢 " + slowest.took().toMillis() + " ms（" + slowest.sourcePath() + "）");
	}

	static boolean isChinese(String text) {
		return text != null
				&& text.codePoints().anyMatch((c) -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
	}

	static List<Path> regularFiles(Path dir) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile).toList();
		}
	}

}
