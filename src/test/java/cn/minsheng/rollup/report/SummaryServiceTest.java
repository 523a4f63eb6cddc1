package cn.minsheng.rollup.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.progress.ProgressThresholds;
import cn.minsheng.rollup.system.RollupProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SummaryServiceTest {

	@TempDir
	Path dir;

	private final Catalog catalog = SummaryFixture.catalog();

	private PeriodData ledger;

	private SummaryService service;

	@BeforeEach
	void service() {
		this.ledger = SummaryFixture.november(this.catalog);
		RollupProperties rollup = RollupProperties.of(this.dir.resolve("input"), this.dir.resolve("output"),
				this.dir.resolve("data"), this.dir.resolve("catalog.xlsx"));
		Clock clock = Clock.fixed(Instant.parse("2023-12-01T00:30:00Z"), ZoneId.of("Asia/Shanghai"));
		this.service = new SummaryService((period) -> this.ledger.period().equals(period) ? this.ledger
				: new PeriodData(period, List.of(), List.of(), List.of()), () -> this.catalog,
				ProgressThresholds.defaults(), SummaryProperties.defaults(), rollup, clock);
	}

	@Test
	void writesTheSummaryUnderOutputSummaryWithTheConfiguredName() throws IOException {
		Path file = this.service.writeSummary(SummaryFixture.NOVEMBER);

		assertThat(file).isEqualTo(this.dir.resolve("output/summary/湘潭县重点民生实事进展汇总表-2023年11月.xlsx"));
		try (var workbook = CountySummaryWriterTest.open(file)) {
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("湘潭县2023年重点民生实事项目进展汇总表（截至11月底）");
			assertThat(workbook.getSheetAt(0).getFooter().getRight()).isEqualTo("生成时间：2023-12-01 08:30");
		}
	}

	@Test
	void leavesTheExistingSummaryUntouchedWhenTheLedgerHasNothingNew() throws IOException {
		Path file = this.service.writeSummary(SummaryFixture.NOVEMBER);
		Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2023-12-01T00:00:00Z")));
		byte[] before = Files.readAllBytes(file);

		SummaryService.SummaryOutcome outcome = this.service.writeIfChanged(SummaryFixture.NOVEMBER);

		assertThat(outcome.written()).isFalse();
		assertThat(outcome.file()).isEqualTo(file);
		assertThat(Files.readAllBytes(file)).isEqualTo(before);
		assertThat(Files.getLastModifiedTime(file).toInstant()).isEqualTo(Instant.parse("2023-12-01T00:00:00Z"));
	}

	@Test
	void rewritesTheSummaryWhenNewAcceptedDataChangesIt() throws IOException {
		this.service.writeSummary(SummaryFixture.NOVEMBER);
		// a late unit's form is accepted the next night
		List<UnitSubmission> submissions = new ArrayList<>(this.ledger.submissions());
		submissions.add(new UnitSubmission(SummaryFixture.NEVER, SubmissionStatus.LATE, null, "交通.xlsx", 1));
		this.ledger = new PeriodData(this.ledger.period(), submissions, this.ledger.rows(), this.ledger.warnings());

		SummaryService.SummaryOutcome outcome = this.service.writeIfChanged(SummaryFixture.NOVEMBER);

		assertThat(outcome.written()).isTrue();
		try (var workbook = CountySummaryWriterTest.open(outcome.file())) {
			var units = workbook.getSheet(CountySummaryWriter.UNITS);
			boolean late = false;
			for (var row : units) {
				late |= row.getRowNum() > 2 && row.getCell(1).getStringCellValue().equals(SummaryFixture.NEVER)
						&& row.getCell(2).getStringCellValue().equals("逾期报送");
			}
			assertThat(late).isTrue();
		}
	}

	@Test
	void countsUnreportedIndicatorsAsZeroWhenCarryForwardIsTurnedOff() throws IOException {
		RollupProperties rollup = RollupProperties.of(this.dir.resolve("input"), this.dir.resolve("output"),
				this.dir.resolve("data"), this.dir.resolve("catalog.xlsx"));
		SummaryProperties off = new SummaryProperties("summary", "{county}汇总表-{year}年{month}月.xlsx", "{county}汇总表",
				false);
		SummaryService strict = new SummaryService((period) -> this.ledger, () -> this.catalog,
				ProgressThresholds.defaults(), off, rollup, Clock.systemDefaultZone());

		Path file = strict.writeSummary(SummaryFixture.NOVEMBER);

		try (var workbook = CountySummaryWriterTest.open(file)) {
			var details = workbook.getSheet(CountySummaryWriter.DETAILS);
			for (var row : details) {
				if (row.getRowNum() > 2 && row.getCell(1).getStringCellValue().equals("S03-1")) {
					assertThat(row.getCell(14).getStringCellValue()).isEqualTo("未报送");
					assertThat(row.getCell(DetailSheet.NOTE).getStringCellValue()).isEqualTo("本月未报送，不计入统计");
				}
			}
			var overview = workbook.getSheet(CountySummaryWriter.OVERVIEW);
			assertThat(overview.getRow(3).getCell(OverviewSheet.CARRIED_COLUMN).getNumericCellValue()).isZero();
			StringBuilder notes = new StringBuilder();
			overview.forEach((r) -> r.forEach((c) -> notes.append(c.toString())));
			assertThat(notes).contains("不沿用此前数据");
		}
	}

	@Test
	void namesTheLaterMonthsOfTheYearAlreadySummarisedThatACorrectionReaches() {
		this.service.writeSummary(YearMonth.of(2023, 3));
		this.service.writeSummary(SummaryFixture.NOVEMBER);

		assertThat(this.service.laterSummarised(YearMonth.of(2023, 2))).containsExactly(YearMonth.of(2023, 3),
				SummaryFixture.NOVEMBER);
		assertThat(this.service.laterSummarised(YearMonth.of(2023, 3))).containsExactly(SummaryFixture.NOVEMBER);
		assertThat(this.service.laterSummarised(SummaryFixture.NOVEMBER)).isEmpty();
	}

	@Test
	void writesAMissingSummaryEvenWhenAskedOnlyForChanges() {
		SummaryService.SummaryOutcome outcome = this.service.writeIfChanged(YearMonth.of(2023, 3));

		assertThat(outcome.written()).isTrue();
		assertThat(outcome.file()).exists().hasFileName("湘潭县重点民生实事进展汇总表-2023年3月.xlsx");
	}


	@Test
	void writesTheFiguresWithTheContentKeyTakenMeanwhileOnAnotherThread() throws Exception {
		CountySummary figures = this.service.summarize(SummaryFixture.NOVEMBER);
		CompletableFuture<String> key = new CompletableFuture<>();
		AtomicBoolean asked = new AtomicBoolean();
		ExecutorService writer = Executors.newSingleThreadExecutor();
		try {
			Future<SummaryService.SummaryOutcome> outcome = writer.submit(() -> this.service.writeIfChanged(figures,
					() -> {
						asked.set(true);
						return key.join();
					}));
			// the writer fills the sheets and then waits for the key: no file until it is given
			await(asked);
			assertThat(this.dir.resolve("output/summary/湘潭县重点民生实事进展汇总表-2023年11月.xlsx")).doesNotExist();
			key.complete(this.service.contentKey(figures));

			SummaryService.SummaryOutcome written = outcome.get(30, TimeUnit.SECONDS);
			assertThat(written.written()).isTrue();
			assertThat(CountySummaryWriter.contentKeyOf(written.file())).contains(this.service.contentKey(figures));
			try (var workbook = CountySummaryWriterTest.open(written.file())) {
				assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
					.isEqualTo("湘潭县2023年重点民生实事项目进展汇总表（截至11月底）");
			}
		}
		finally {
			writer.shutdownNow();
		}
	}

	@Test
	void leavesTheFileThereAloneWhenTheKeyTakenMeanwhileIsItsOwn() throws IOException {
		Path file = this.service.writeSummary(SummaryFixture.NOVEMBER);
		Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2023-12-01T00:00:00Z")));
		byte[] before = Files.readAllBytes(file);
		CountySummary figures = this.service.summarize(SummaryFixture.NOVEMBER);

		SummaryService.SummaryOutcome outcome = this.service.writeIfChanged(figures,
				() -> this.service.contentKey(figures));

		assertThat(outcome.written()).isFalse();
		assertThat(Files.readAllBytes(file)).isEqualTo(before);
		assertThat(Files.getLastModifiedTime(file).toInstant()).isEqualTo(Instant.parse("2023-12-01T00:00:00Z"));
		try (var listing = Files.list(file.getParent())) {
			assertThat(listing).containsExactly(file);
		}
	}

	@Test
	void aContentKeyThatCannotBeTakenFailsTheSummaryAndWritesNothing() {
		CountySummary figures = this.service.summarize(SummaryFixture.NOVEMBER);

		assertThatThrownBy(() -> this.service.writeIfChanged(figures, () -> {
			throw new IllegalStateException("摘要无法计算");
		})).hasMessage("摘要无法计算");
		assertThat(this.dir.resolve("output/summary")).satisfiesAnyOf((d) -> assertThat(d).doesNotExist(),
				(d) -> assertThat(d).isEmptyDirectory());
	}

	private static void await(AtomicBoolean flag) throws InterruptedException {
		long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!flag.get() && System.nanoTime() < until) {
			Thread.sleep(10);
		}
		assertThat(flag).isTrue();
	}

}
