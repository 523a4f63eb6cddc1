package cn.minsheng.rollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.minsheng.rollup.ledger.MemoryLedger;
import cn.minsheng.rollup.ledger.ReceivedFile;
import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.ledger.SubmissionRepository;

/**
 * The terminal's progress lines: the rows stored are counted when a line is shown, and the last line counts every
 * file decided, those decided while no line was due included.
 */
class DecideProgressTest {

	private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();

	private PrintStream systemOut;

	private JdbcClient jdbc;

	private SubmissionRepository submissions;

	@BeforeEach
	void ledgerAndTerminal() {
		this.jdbc = JdbcClient.create(MemoryLedger.migrated());
		this.submissions = new SubmissionRepository(this.jdbc);
		this.systemOut = System.out;
		System.setOut(new PrintStream(this.terminal, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restoreTerminal() {
		System.setOut(this.systemOut);
	}

	@Test
	void theLastLineCountsTheRowsOfFilesDecidedWhileNoLineWasDue() {
		List<Submission> files = storedWithRows(3, 5, 7);
		DecideProgress progress = new DecideProgress(this.jdbc, Duration.ofHours(1));

		progress.beforeStep(null);
		progress.afterWrite(new Chunk<>(analyzed(files.subList(0, 2))));
		progress.afterWrite(new Chunk<>(analyzed(files.subList(2, 3))));
		progress.afterStep(null);

		assertThat(progress.rowsCounted()).isEqualTo(15);
		assertThat(lines()).hasSize(2).last().asString().startsWith("已处理 3/3 个文件，约 ").endsWith("行/秒，读取校验完成");
	}

	@Test
	void withNoIntervalEveryFileHasItsLine() {
		List<Submission> files = storedWithRows(4, 6);
		DecideProgress progress = new DecideProgress(this.jdbc, Duration.ZERO);

		progress.beforeStep(null);
		progress.afterWrite(new Chunk<>(analyzed(files)));

		assertThat(progress.rowsCounted()).isEqualTo(10);
		assertThat(lines()).containsSubsequence("待处理文件 2 个，开始读取和校验……").anyMatch((l) -> l.startsWith("已处理 1/2 个文件"))
			.anyMatch((l) -> l.startsWith("已处理 2/2 个文件"));
	}

	/** Pending files, each with that many form rows stored. */
	private List<Submission> storedWithRows(int... rows) {
		List<ReceivedFile> received = new ArrayList<>();
		for (int i = 0; i < rows.length; i++) {
			received.add(new ReceivedFile("f" + i + ".xlsx", "f" + i + ".xlsx", String.valueOf(i).repeat(64), 100,
					LocalDateTime.of(2023, 11, 5, 9, 0), "2023-10"));
		}
		this.submissions.registerAll(received, 1);
		List<Submission> files = this.submissions.findByRun(1);
		for (int i = 0; i < rows.length; i++) {
			for (int row = 1; row <= rows[i]; row++) {
				this.jdbc.sql("INSERT INTO reported_row (submission_id, code, row_number) VALUES (?, ?, ?)")
					.params(files.get(i).id(), "C" + row, row)
					.update();
			}
		}
		return files;
	}

	private static List<AnalyzedSubmission> analyzed(List<Submission> files) {
		return files.stream().map((file) -> new AnalyzedSubmission(file, null)).toList();
	}

	private List<String> lines() {
		return this.terminal.toString(StandardCharsets.UTF_8).lines().toList();
	}

}
