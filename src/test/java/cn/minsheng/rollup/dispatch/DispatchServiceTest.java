package cn.minsheng.rollup.dispatch;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers, serials and redrafts: N continues from the last bulletin, a month keeps its number, its letters' serials
 * and dates however often it is redrafted, and the office's edits are never lost.
 */
class DispatchServiceTest {

	private static final YearMonth OCTOBER = YearMonth.of(2023, 10);

	private static final YearMonth NOVEMBER = DispatchFixture.NOVEMBER;

	@TempDir
	Path dir;

	private DispatchHarness harness;

	@BeforeEach
	void harness() {
		this.harness = new DispatchHarness(this.dir);
	}

	@Test
	void continuesTheBulletinNumberFromTheLastOneIssued() {
		DispatchService service = this.harness.service();

		assertThat(service.writeDocuments(OCTOBER).bulletinNumber()).isEqualTo(1);
		assertThat(service.writeDocuments(NOVEMBER).bulletinNumber()).isEqualTo(2);
		assertThat(DocxText.read(this.dir.resolve("output/dispatch/2023-11/湘潭县重点民生实事工作情况通报（第2期）.docx"))
			.paragraphs()).contains("（第2期）");
		assertThat(this.harness.register.bulletin(NOVEMBER)).get()
			.extracting(DispatchRegister.BulletinRecord::number)
			.isEqualTo(2);
	}

	@Test
	void startsFromTheConfiguredNumberWhenBulletinsWereIssuedByHand() {
		this.harness.properties = withStarts(12, 5);
		DispatchService service = this.harness.service();

		DispatchService.DispatchOutcome october = service.writeDocuments(OCTOBER);
		DispatchService.DispatchOutcome november = service.writeDocuments(NOVEMBER);

		assertThat(october.bulletinNumber()).isEqualTo(12);
		assertThat(november.bulletinNumber()).isEqualTo(13);
		assertThat(october.letters()).extracting(DispatchService.DispatchOutcome.Letter::serial)
			.startsWith("督办〔2023〕第5号");
		// November's letters continue after October's
		int octoberLetters = october.letters().size();
		assertThat(november.letters().get(0).serial()).isEqualTo("督办〔2023〕第" + (5 + octoberLetters) + "号");
	}

	@Test
	void redraftingAMonthKeepsItsNumberSerialsAndFilesAndWritesNothingWhenNothingChanged() throws IOException {
		DispatchService.DispatchOutcome first = this.harness.service().writeDocuments(NOVEMBER);
		Files.setLastModifiedTime(first.bulletin(), FileTime.from(DispatchHarness.instant("2023-12-01T09:00:00")));
		byte[] before = Files.readAllBytes(first.bulletin());

		// the next night, a day later
		this.harness.clock = DispatchHarness.at("2023-12-02T02:00:00");
		DispatchService.DispatchOutcome again = this.harness.service().writeDocuments(NOVEMBER);

		assertThat(again.bulletinNumber()).isEqualTo(first.bulletinNumber());
		assertThat(again.letters()).isEqualTo(first.letters());
		assertThat(again.written()).isEmpty();
		assertThat(Files.readAllBytes(first.bulletin())).isEqualTo(before);
		assertThat(this.harness.jdbc.sql("SELECT COUNT(*) FROM bulletin").query(Integer.class).single()).isEqualTo(1);
		assertThat(this.harness.register.letters()).hasSize(2);
		assertThat(this.harness.register.nextBulletinNumber(2023, 1)).isEqualTo(2);
	}

	@Test
	void aRedraftWithNewFiguresKeepsTheDateAndDeadlineFirstGiven() {
		this.harness.service().writeDocuments(NOVEMBER);
		// a correction a week later lifts S01-2 from red to yellow, still lagging: the letter stays, its text changes
		this.harness.fixture.pace("S01-2", DispatchServiceTest::liftedToYellowInNovember);
		this.harness.clock = DispatchHarness.at("2023-12-08T02:00:00");

		DispatchService.DispatchOutcome redraft = this.harness.service().writeDocuments(NOVEMBER);

		assertThat(redraft.written()).contains(redraft.bulletin(), redraft.letters().get(0).file());
		DocxText letter = DocxText.read(redraft.letters().get(0).file());
		assertThat(letter.paragraphs()).endsWith("2023年12月1日");
		assertThat(letter.paragraphStarting("请你单位高度重视")).contains("于2023年12月8日前");
		assertThat(DocxText.read(redraft.bulletin()).paragraphs()).contains("（第1期）").endsWith("2023年12月1日");
	}

	@Nested
	class WhenACorrectionBringsAUnitBackOnSchedule {

		@Test
		void withdrawsItsLetterKeepsTheSerialAndMovesTheDraftAside() {
			DispatchService.DispatchOutcome first = DispatchServiceTest.this.harness.service().writeDocuments(NOVEMBER);
			Path housing = first.letters().get(1).file();
			DispatchServiceTest.this.harness.fixture.pace("S07-1", (m) -> Math.min(1.0, m / 10.0));

			DispatchService.DispatchOutcome redraft = DispatchServiceTest.this.harness.service()
				.writeDocuments(NOVEMBER);

			assertThat(redraft.withdrawn()).containsExactly("督办〔2023〕第2号");
			assertThat(redraft.letters()).extracting(DispatchService.DispatchOutcome.Letter::unit)
				.containsExactly("县人社局");
			assertThat(housing).doesNotExist();
			assertThat(housing.resolveSibling("旧稿")).isDirectoryContaining(
					(p) -> p.getFileName().toString().startsWith("督办〔2023〕第2号-县住建局-"));
			assertThat(DispatchServiceTest.this.harness.register.letters())
				.extracting(DispatchRegister.LetterRecord::serial, DispatchRegister.LetterRecord::withdrawn)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("督办〔2023〕第1号", false),
						org.assertj.core.groups.Tuple.tuple("督办〔2023〕第2号", true));
		}

		@Test
		void reinstatesTheSameSerialWhenTheUnitFallsBehindAgain() {
			DispatchService.DispatchOutcome first = DispatchServiceTest.this.harness.service().writeDocuments(NOVEMBER);
			DispatchServiceTest.this.harness.fixture.pace("S07-1", (m) -> Math.min(1.0, m / 10.0));
			DispatchServiceTest.this.harness.service().writeDocuments(NOVEMBER);
			DispatchServiceTest.this.harness.fixture.pace("S07-1", (m) -> 0.45 * m / 11.0);

			DispatchService.DispatchOutcome again = DispatchServiceTest.this.harness.service().writeDocuments(NOVEMBER);

			assertThat(again.letters()).isEqualTo(first.letters());
			assertThat(again.letters().get(1).file()).exists();
			assertThat(DispatchServiceTest.this.harness.register.letters())
				.noneMatch(DispatchRegister.LetterRecord::withdrawn);
		}

	}

	@Test
	void movesADraftTheOfficeEditedToOldDraftsBeforeRedrafting() throws IOException {
		DispatchService.DispatchOutcome first = this.harness.service().writeDocuments(NOVEMBER);
		saveAsAnEditor(first.bulletin(), "专班办公室补充的工作举措");
		this.harness.fixture.pace("S01-2", DispatchServiceTest::liftedToYellowInNovember);
		this.harness.clock = DispatchHarness.at("2023-12-02T02:00:00");

		this.harness.service().writeDocuments(NOVEMBER);

		Path old = first.bulletin().resolveSibling("旧稿/湘潭县重点民生实事工作情况通报（第1期）-20231202-020000.docx");
		assertThat(DocxText.read(old).all()).contains("专班办公室补充的工作举措");
		assertThat(DocxText.read(first.bulletin()).all()).doesNotContain("专班办公室补充的工作举措");
	}

	@Test
	void overwritesADraftNobodyEditedWithoutKeepingIt() {
		DispatchService.DispatchOutcome first = this.harness.service().writeDocuments(NOVEMBER);
		this.harness.fixture.pace("S01-2", DispatchServiceTest::liftedToYellowInNovember);

		this.harness.service().writeDocuments(NOVEMBER);

		assertThat(first.bulletin().resolveSibling("旧稿")).doesNotExist();
	}

	@Test
	void datesTheDocumentsOnTheConfiguredDayOfTheFollowingMonth() {
		DispatchProperties d = DispatchProperties.defaults();
		this.harness.properties = new DispatchProperties(d.office(), d.addressee(), d.bulletinTitle(), "5", 10, 1, 1,
				d.letterSerial(), d.folder(), true);

		DispatchService.DispatchOutcome outcome = this.harness.service().writeDocuments(NOVEMBER);

		assertThat(DocxText.read(outcome.bulletin()).paragraphs()).endsWith("2023年12月5日");
		assertThat(this.harness.register.letters()).allSatisfy((l) -> {
			assertThat(l.signedOn()).isEqualTo(LocalDate.of(2023, 12, 5));
			assertThat(l.deadline()).isEqualTo(LocalDate.of(2023, 12, 15));
		});
	}

	@Nested
	class TheNightlyHook {

		@Test
		void draftsTheMonthWhoseSummaryWasWritten() {
			DispatchServiceTest.this.harness.service().summaryWritten(NOVEMBER);

			assertThat(DispatchServiceTest.this.harness.register.bulletin(NOVEMBER)).isPresent();
			assertThat(DispatchServiceTest.this.dir.resolve("output/dispatch/2023-11")).isDirectoryContaining(
					"glob:**/湘潭县重点民生实事工作情况通报（第1期）.docx");
		}

		@Test
		void issuesNoBulletinOutOfTurnForAnOlderMonthThatNeverHadOne() {
			DispatchService service = DispatchServiceTest.this.harness.service();
			service.summaryWritten(NOVEMBER);

			// a late correction to October arrives in December
			service.summaryWritten(OCTOBER);

			assertThat(DispatchServiceTest.this.harness.register.bulletin(OCTOBER)).isEmpty();
			assertThat(DispatchServiceTest.this.dir.resolve("output/dispatch/2023-10")).doesNotExist();
		}

		@Test
		void redraftsAnOlderMonthThatHasABulletinUnderItsNumber() {
			DispatchService service = DispatchServiceTest.this.harness.service();
			service.summaryWritten(OCTOBER);
			service.summaryWritten(NOVEMBER);
			DispatchServiceTest.this.harness.fixture.pace("S01-2", (m) -> m / 12.0);

			service.summaryWritten(OCTOBER);

			assertThat(DispatchServiceTest.this.harness.register.bulletin(OCTOBER)).get()
				.extracting(DispatchRegister.BulletinRecord::number)
				.isEqualTo(1);
			assertThat(DispatchServiceTest.this.harness.register.nextBulletinNumber(2023, 1)).isEqualTo(3);
		}

		@Test
		void draftsNothingWhenSwitchedOff() {
			DispatchProperties d = DispatchProperties.defaults();
			DispatchServiceTest.this.harness.properties = new DispatchProperties(d.office(), d.addressee(),
					d.bulletinTitle(), d.signatureDate(), d.replyDays(), 1, 1, d.letterSerial(), d.folder(), false);

			DispatchServiceTest.this.harness.service().summaryWritten(NOVEMBER);

			assertThat(DispatchServiceTest.this.harness.register.latestBulletinPeriod()).isEqualTo(Optional.empty());
		}

		@Test
		void logsAFailureInsteadOfFailingTheNight() throws IOException {
			// a file where the month's folder should be: nothing can be written
			Files.createDirectories(DispatchServiceTest.this.dir.resolve("output/dispatch"));
			Files.writeString(DispatchServiceTest.this.dir.resolve("output/dispatch/2023-11"), "x");

			DispatchServiceTest.this.harness.service().summaryWritten(NOVEMBER);

			assertThat(DispatchServiceTest.this.harness.register.bulletin(NOVEMBER)).isEmpty();
			assertThat(DispatchServiceTest.this.harness.register.letters()).isEmpty();
		}

	}

	/** S01-2 as corrected: still lagging in November, but 20 points behind instead of red. */
	private static double liftedToYellowInNovember(int month) {
		return month <= 10 ? month / 12.0 * 0.55 : month / 12.0 - 0.2;
	}

	private static DispatchProperties withStarts(int bulletin, int letter) {
		DispatchProperties d = DispatchProperties.defaults();
		return new DispatchProperties(d.office(), d.addressee(), d.bulletinTitle(), d.signatureDate(), d.replyDays(),
				bulletin, letter, d.letterSerial(), d.folder(), true);
	}

	/** Opens the draft, adds a paragraph and saves it as Word would: a later modification time and an author. */
	private static void saveAsAnEditor(Path file, String paragraph) throws IOException {
		try (XWPFDocument docx = DocxText.open(file)) {
			docx.createParagraph().createRun().setText(paragraph);
			docx.getProperties().getCoreProperties().setLastModifiedByUser("专班办公室");
			try (OutputStream out = Files.newOutputStream(file)) {
				docx.write(out);
			}
		}
	}

}
