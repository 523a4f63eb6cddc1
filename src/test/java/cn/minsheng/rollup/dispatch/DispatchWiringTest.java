package cn.minsheng.rollup.dispatch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import cn.minsheng.rollup.cli.Command;
import cn.minsheng.rollup.cli.CommandArguments;
import cn.minsheng.rollup.cli.ExitCode;
import cn.minsheng.rollup.job.NightlyReports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The application binds {@code rollup.dispatch} from {@code application.yml} and the nightly reports step drafts the
 * documents of a month whose summary it wrote, from what the ledger holds; {@code dispatch --period} drafts a month
 * on demand.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:dispatch-wiring;DB_CLOSE_DELAY=-1",
		"rollup.output-dir=target/dispatch-wiring-output", "rollup.data-dir=target/dispatch-wiring-data",
		"rollup.catalog-file=src/test/resources/summary/2023-catalog.csv" })
class DispatchWiringTest {

	private static final Path OUTPUT = Path.of("target/dispatch-wiring-output");

	@Autowired
	DispatchProperties properties;

	@Autowired
	NightlyReports nightly;

	@Autowired
	DispatchRegister register;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<Command> commands;

	AcceptedForms forms;

	/** Each test starts from an empty ledger: a bulletin of a later month would keep an earlier one from its own. */
	@BeforeEach
	void cleanOutputAndLedger() {
		FileSystemUtils.deleteRecursively(OUTPUT.toFile());
		this.forms = new AcceptedForms(this.jdbc, LocalDateTime.of(2023, 11, 20, 10, 0));
		this.forms.deleteAll();
	}

	@Test
	void bindsTheDispatchKeysOfApplicationYml() {
		assertThat(this.properties).isEqualTo(DispatchProperties.defaults());
	}

	@Test
	void theNightlyRunDraftsTheDocumentsOfTheMonthWhoseSummaryItWrote() throws IOException {
		// a night that accepted 县住建局's November form: S07-1 at 5 of 25, due in October, is far behind
		long submission = this.forms.accepted(42, "县住建局", "2023-11", 1);
		this.forms.row(submission, "S07-1", "5");
		this.forms.row(submission, "S07-2", "3000");

		assertThat(this.nightly.writeReports(42, LocalDateTime.now())).hasSize(1);

		YearMonth november = YearMonth.of(2023, 11);
		assertThat(this.register.bulletin(november)).isPresent();
		Path folder = OUTPUT.resolve("dispatch/2023-11");
		assertThat(folder.resolve("湘潭县重点民生实事工作情况通报（第1期）.docx")).isRegularFile();
		// the letter is dated today (the application's clock): its serial carries today's year
		assertThat(this.register.letters(november)).singleElement().satisfies((l) -> {
			assertThat(l.unit()).isEqualTo("县住建局");
			assertThat(l.indicators()).containsExactly("S07-1");
			assertThat(Path.of(l.file())).isEqualTo(folder.resolve(l.serial() + "-县住建局.docx")).isRegularFile();
			assertThat(DocxText.read(Path.of(l.file())).tables().get(0).get(1)).startsWith("1", "S07-1", "开工改造城镇老旧小区",
					"25个", "5个", "20.0%", "100.0%", "-80.0");
		});
		assertThat(Files.exists(OUTPUT.resolve("summary"))).isTrue();
	}

	@Test
	void aSummaryThatCannotBeWrittenFailsTheStepAfterTheDocumentsAndTheRunReportAreWritten() throws Exception {
		long submission = this.forms.accepted(43, "县住建局", "2023-12", 1);
		this.forms.row(submission, "S07-1", "5");
		// a folder (with a file in it) where the summary workbook should go: the workbook cannot replace it
		Path blocked = OUTPUT.resolve("summary/湘潭县重点民生实事进展汇总表-2023年12月.xlsx");
		Files.createDirectories(blocked);
		Files.writeString(blocked.resolve("占位.txt"), "x");

		assertThatThrownBy(() -> this.nightly.writeReports(43, LocalDateTime.now()))
			.isInstanceOf(UncheckedIOException.class)
			.hasMessageContaining("无法写入汇总表");

		// the summary is written beside the drafts: they were made from the same figures all the same
		assertThat(this.register.bulletin(YearMonth.of(2023, 12))).isPresent();
		assertThat(blocked.resolve("占位.txt")).hasContent("x");
		// and so is the run report, which tells the office what became of the night's files
		assertThat(OUTPUT.resolve("reports")).isDirectoryContaining("glob:**/运行报告-第43次*.xlsx");
	}

	@Test
	void theDispatchCommandDraftsAMonthOnDemandAndSaysWhatItWrote() throws Exception {
		Command dispatch = this.commands.stream().filter((c) -> c.name().equals("dispatch")).findFirst().orElseThrow();
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		PrintStream console = System.out;
		System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
		ExitCode code;
		try {
			code = dispatch.execute(new CommandArguments("dispatch", List.of(),
					new DefaultApplicationArguments("dispatch", "--period=2023-10")));
		}
		finally {
			System.setOut(console);
		}

		assertThat(code).isEqualTo(ExitCode.OK);
		String text = printed.toString(StandardCharsets.UTF_8);
		assertThat(text).containsPattern("2023年10月：工作情况通报第 \\d+ 期，督办函 0 份");
		int number = this.register.bulletin(YearMonth.of(2023, 10)).orElseThrow().number();
		assertThat(text).contains("湘潭县重点民生实事工作情况通报（第" + number + "期）.docx");
		assertThat(OUTPUT.resolve("dispatch/2023-10/湘潭县重点民生实事工作情况通报（第" + number + "期）.docx")).isRegularFile();
	}

}
