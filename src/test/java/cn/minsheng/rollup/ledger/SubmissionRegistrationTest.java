package cn.minsheng.rollup.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A night's files are registered a hundred to a statement: every file is there, pending, in the order it was found,
 * with what was found about it.
 */
class SubmissionRegistrationTest {

	private final SubmissionRepository submissions = new SubmissionRepository(JdbcClient.create(MemoryLedger.migrated()));

	@Test
	void aProvinceNightsFilesAreRegisteredInTheirOrderWithWhatWasFound() {
		List<ReceivedFile> found = new ArrayList<>();
		for (int i = 0; i < 250; i++) {
			String name = "县" + i + "-2023年10月-月报表.xlsx";
			found.add(new ReceivedFile(name, (i % 2 == 0 ? "2023-10/" : "") + name, "%064x".formatted(i), 1000L + i,
					LocalDateTime.of(2023, 11, 5, 9, 0).plusSeconds(i), i % 2 == 0 ? "2023-10" : null));
		}

		this.submissions.registerAll(found, 7);

		List<Submission> registered = this.submissions.findByRun(7);
		assertThat(registered).extracting(Submission::sourcePath)
			.containsExactlyElementsOf(found.stream().map(ReceivedFile::sourcePath).toList());
		assertThat(registered).extracting(Submission::id).isSorted().doesNotHaveDuplicates();
		assertThat(registered).allMatch((s) -> s.state() == SubmissionState.PENDING && s.runId() == 7);
		Submission last = registered.get(249);
		assertThat(last.fileName()).isEqualTo("县249-2023年10月-月报表.xlsx");
		assertThat(last.sha256()).isEqualTo("%064x".formatted(249));
		assertThat(last.sizeBytes()).isEqualTo(1249);
		assertThat(last.receivedAt()).isEqualTo(LocalDateTime.of(2023, 11, 5, 9, 0).plusSeconds(249));
		assertThat(this.submissions.nextPending()).map(Submission::sourcePath)
			.contains("2023-10/县0-2023年10月-月报表.xlsx");
	}

	@Test
	void aNightWithNothingFoundRegistersNothing() {
		this.submissions.registerAll(List.of(), 8);

		assertThat(this.submissions.findByRun(8)).isEmpty();
	}

}
