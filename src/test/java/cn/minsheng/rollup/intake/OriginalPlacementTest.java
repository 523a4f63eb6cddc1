package cn.minsheng.rollup.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.minsheng.rollup.ledger.Decision;
import cn.minsheng.rollup.ledger.DecisionRepository;
import cn.minsheng.rollup.ledger.MemoryLedger;
import cn.minsheng.rollup.ledger.Outcome;
import cn.minsheng.rollup.ledger.ReceivedFile;
import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.ledger.SubmissionRepository;
import cn.minsheng.rollup.ledger.SubmissionState;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * Decided originals leave the input folder for the places their decisions name, checked first to be the very file
 * that was decided: one replaced under the same name meanwhile is left where it is, for the next run to register.
 */
class OriginalPlacementTest {

	@TempDir
	Path dir;

	private SubmissionRepository submissions;

	private DecisionRepository decisions;

	private OriginalPlacement placement;

	private RollupProperties properties;

	@BeforeEach
	void ledger() {
		JdbcClient jdbc = JdbcClient.create(MemoryLedger.migrated());
		this.submissions = new SubmissionRepository(jdbc);
		this.decisions = new DecisionRepository(jdbc);
		this.properties = RollupProperties.of(this.dir.resolve("input"), this.dir.resolve("output"),
				this.dir.resolve("data"), this.dir.resolve("catalog.xlsx"));
		this.placement = new OriginalPlacement(this.properties, this.submissions,
				new RejectionReasons(this.properties, this.decisions, this.submissions), new SimpleAsyncTaskExecutor());
	}

	@Test
	void everyDecidedOriginalIsMovedToItsPlaceAndMarkedPlaced() throws IOException {
		Path first = accepted("2023-10/县人社局-10月.xlsx", "人社局的表");
		Path second = accepted("2023-10/县民政局-10月.xlsx", "民政局的表");

		assertThat(this.placement.placeDecided()).isEqualTo(2);

		assertThat(first).hasContent("人社局的表");
		assertThat(second).hasContent("民政局的表");
		assertThat(this.properties.inputDir().resolve("2023-10/县人社局-10月.xlsx")).doesNotExist();
		assertThat(this.properties.inputDir().resolve("2023-10/县民政局-10月.xlsx")).doesNotExist();
		assertThat(this.submissions.findByState(SubmissionState.PLACED)).hasSize(2);
	}

	@Test
	void anOriginalReplacedUnderTheSameNameBeforeTheMoveStaysInTheInputFolder() throws IOException {
		Path kept = accepted("2023-10/县人社局-10月.xlsx", "人社局的表");
		Path replacedTarget = accepted("2023-10/县民政局-10月.xlsx", "民政局的表");
		Path replaced = this.properties.inputDir().resolve("2023-10/县民政局-10月.xlsx");
		Files.writeString(replaced, "民政局重新保存的表");

		assertThat(this.placement.placeDecided()).isEqualTo(2);

		assertThat(kept).hasContent("人社局的表");
		assertThat(replaced).hasContent("民政局重新保存的表");
		assertThat(replacedTarget).doesNotExist();
		assertThat(this.submissions.findByState(SubmissionState.PLACED)).hasSize(2);
	}

	@Test
	void anOriginalThatCannotBeMovedStaysInTheInputFolderWithTheReasonAndIsPlacedByALaterRun() throws IOException {
		Path blocked = accepted("2023-10/县人社局-10月.xlsx", "人社局的表");
		Path moved = accepted("2023-11/县民政局-10月.xlsx", "民政局的表");
		// the month folder of the archive cannot be made: a file of that name is in the way
		Files.createDirectories(this.properties.archiveDir());
		Files.writeString(blocked.getParent(), "挡路的文件");
		List<String> problems = new ArrayList<>();

		assertThat(this.placement.placeDecided(problems::add)).isEqualTo(1);

		assertThat(this.properties.inputDir().resolve("2023-10/县人社局-10月.xlsx")).hasContent("人社局的表");
		assertThat(moved).hasContent("民政局的表");
		assertThat(problems).singleElement().asString()
			.contains("「2023-10/县人社局-10月.xlsx」（已接收）未能移到", "仍留在 input/ 中", "下次运行会再移");
		assertThat(this.submissions.findByState(SubmissionState.DECIDED)).hasSize(1);

		Files.delete(blocked.getParent());
		assertThat(this.placement.placeDecided()).isEqualTo(1);
		assertThat(blocked).hasContent("人社局的表");
		assertThat(this.submissions.findByState(SubmissionState.PLACED)).hasSize(2);
	}

	@Test
	void theCopyOfAnAcceptedFileIsToldItWasAlreadyReceivedAndNothingNeedsDoing() throws IOException {
		accepted("2023-10/县人社局-10月.xlsx", "人社局的表");
		this.placement.placeDecided();
		Path copy = this.properties.inputDir().resolve("2023-11/县人社局-10月（再次发送）.xlsx");
		Files.createDirectories(copy.getParent());
		Files.writeString(copy, "人社局的表");
		long id = registered(new ReceivedFile(copy.getFileName().toString(),
				"2023-11/县人社局-10月（再次发送）.xlsx", FileDigest.sha256(copy), Files.size(copy),
				LocalDateTime.of(2023, 11, 2, 9, 0), "2023-11"), 2);
		Path target = this.properties.rejectedDir().resolve("重复报送").resolve(copy.getFileName().toString());
		this.decisions.store(id, new Decision(Outcome.DUPLICATE, "DUPLICATE",
				"与 2023-10-20 收到的文件「县人社局-10月.xlsx」内容完全相同（已接收），本次不重复计入", "县人社局",
				YearMonth.of(2023, 10), null, false, List.of(), List.of(), target.toString(), null));

		this.placement.placeDecided();

		String note = Files.readString(OriginalsStore.reasonFileOf(target), StandardCharsets.UTF_8);
		assertThat(note).contains("处理结果：此前已接收，无需处理", "无需修改，也无需重新报送",
				"与 2023-10-20 收到的文件「县人社局-10月.xlsx」内容完全相同（已接收）")
			.doesNotContain("退回", "请按上述原因修改");
	}

	/** Registers the file as the night does, alone in its run; its id. */
	private long registered(ReceivedFile file, long runId) {
		this.submissions.registerAll(List.of(file), runId);
		return this.submissions.findByRun(runId).stream()
			.filter((s) -> s.sourcePath().equals(file.sourcePath()))
			.mapToLong(Submission::id)
			.max()
			.orElseThrow();
	}

	/** A file in the input folder, registered and accepted; where it is to be kept. */
	private Path accepted(String relativePath, String content) throws IOException {
		Path file = this.properties.inputDir().resolve(relativePath);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content);
		long id = registered(new ReceivedFile(file.getFileName().toString(), relativePath,
				FileDigest.sha256(file), Files.size(file), LocalDateTime.of(2023, 10, 20, 9, 0), "2023-10"), 1);
		Path target = this.properties.archiveDir().resolve(relativePath);
		String unit = file.getFileName().toString().substring(0, file.getFileName().toString().indexOf('-'));
		this.decisions.store(id, new Decision(Outcome.ACCEPTED, null, "通过校验", unit,
				YearMonth.of(2023, 10), null, false, List.of(), List.of(), target.toString(), null));
		return target;
	}

}
