package cn.minsheng.rollup.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogException;
import cn.minsheng.rollup.catalog.CatalogLoader;
import cn.minsheng.rollup.catalog.CatalogProblem;
import cn.minsheng.rollup.ledger.MemoryLedger;
import cn.minsheng.rollup.ledger.SubmissionRepository;
import cn.minsheng.rollup.progress.ProgressThresholds;
import cn.minsheng.rollup.report.JdbcSummarySource;
import cn.minsheng.rollup.report.SummaryProperties;
import cn.minsheng.rollup.report.SummaryService;
import cn.minsheng.rollup.system.RollupProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** One month that cannot be summarised is noted and skipped; the other months and the run report are written. */
class NightlyReportsTest {

	@TempDir
	Path dir;

	@Test
	void monthWhoseYearsCatalogIsBrokenIsNotedAndTheRestOfTheNightIsWritten() throws Exception {
		JdbcClient jdbc = JdbcClient.create(MemoryLedger.migrated());
		accepted(jdbc, "县民政局-2023年10月.xlsx", "2023-10");
		accepted(jdbc, "县民政局-2022年12月.xlsx", "2022-12");
		Catalog catalog2023 = new CatalogLoader().load(Path.of("input/catalog/2023-项目清单.xlsx"), 2023);
		RollupProperties rollup = RollupProperties.of(this.dir.resolve("input"), this.dir.resolve("output"),
				this.dir.resolve("data"), this.dir.resolve("catalog.xlsx"));
		SummaryService summaries = new SummaryService(new JdbcSummarySource(jdbc), (int year) -> {
			if (year != 2023) {
				throw new CatalogException(year + " 年项目清单", List.of(new CatalogProblem(3, "年度目标", "年度目标必须大于 0")));
			}
			return catalog2023;
		}, ProgressThresholds.defaults(), SummaryProperties.defaults(), rollup, Clock.systemDefaultZone());
		RunNotes notes = new RunNotes();
		NightlyReports reports = new NightlyReports(new SubmissionRepository(jdbc), summaries, rollup,
				new SyncTaskExecutor(), List.of(), notes);

		List<Path> written = reports.writeReports(1, LocalDateTime.now());

		assertThat(written).extracting((p) -> p.getFileName().toString())
			.containsExactly("湘潭县重点民生实事进展汇总表-2023年10月.xlsx");
		assertThat(notes.list()).singleElement().asString()
			.contains("未能生成 2022 年 12 月的汇总表", "第 3 行「年度目标」：年度目标必须大于 0");
		assertThat(Files.isRegularFile(rollup.reportsDir().resolve("运行报告-第1次.xlsx"))).isTrue();
	}

	private static void accepted(JdbcClient jdbc, String file, String period) {
		jdbc.sql("""
				INSERT INTO submission (file_name, source_path, sha256, size_bytes, received_at, picked_up_at, run_id,
					state, outcome, reason, unit, period, version, current_version, late)
				VALUES (:file, :file, :sha, 100, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1, 'PLACED', 'ACCEPTED', '通过校验',
					'县民政局', :period, 1, TRUE, FALSE)""")
			.param("file", file)
			.param("sha", "0".repeat(64))
			.param("period", period)
			.update();
	}

}
