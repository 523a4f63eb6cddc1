package cn.minsheng.rollup.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.ledger.Outcome;
import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.ledger.SubmissionRepository;
import cn.minsheng.rollup.system.Futures;
import cn.minsheng.rollup.system.RollupProperties;

import cn.minsheng.rollup.report.RunFiles;
import cn.minsheng.rollup.report.RunReportWriter;
import cn.minsheng.rollup.report.SummaryFollowUp;
import cn.minsheng.rollup.report.SummaryService;

/**
 * The last step of a night: the county summary of every month that received newly accepted data (with its follow-ups,
 * such as the dispatch documents), and the run report when the run saw any file. A night with nothing new writes
 * nothing.
 */
@Component
public class NightlyReports {

	private static final Logger log = LoggerFactory.getLogger(NightlyReports.class);

	private final SubmissionRepository submissions;

	private final SummaryService summaries;

	private final RollupProperties properties;

	private final RunReportWriter runReports = new RunReportWriter();

	private final List<SummaryFollowUp> followUps;

	private final RunNotes notes;

	/** The files of the run whose reports step ran last in this process, read once for the summaries and reports. */
	private volatile RunFiles lastRun;

	public NightlyReports(SubmissionRepository submissions, SummaryService summaries, RollupProperties properties) {
		this(submissions, summaries, properties, List.of(), new RunNotes());
	}

	/**
	 * @param followUps run for each month with newly accepted data, such as the dispatch documents
	 * @param notes where a month that cannot be summarised is noted, for the run report and the terminal
	 */
	@Autowired
	public NightlyReports(SubmissionRepository submissions, SummaryService summaries, RollupProperties properties,
			List<SummaryFollowUp> followUps, RunNotes notes) {
		this.submissions = submissions;
		this.summaries = summaries;
		this.properties = properties;
		this.followUps = List.copyOf(followUps);
		this.notes = notes;
	}

	/**
	 * Writes the summary of every month with newly accepted data and its follow-ups, and the run report. The
	 * summary files are written on a thread of their own, in month order, while this one runs the follow-ups and
	 * writes the run report (when the run saw any file): each is CPU work of seconds for a province.
	 * @return the summary workbooks written
	 * @throws UncheckedIOException when a summary cannot be written, after the rest is written
	 */
	public List<Path> writeReports(long runId, LocalDateTime started) throws IOException {
		// read afresh on every run of the step: a restarted run may have registered more files since
		RunFiles run = new RunFiles(runId, this.submissions.findByRun(runId));
		this.lastRun = run;
		List<YearMonth> periods = run.files()
			.stream()
			.filter((s) -> s.outcome() == Outcome.ACCEPTED)
			.map(Submission::period)
			.filter(Objects::nonNull)
			.distinct()
			.sorted()
			.map(YearMonth::parse)
			.toList();
		List<Future<SummaryService.SummaryOutcome>> files = new ArrayList<>();
		ExecutorService writer = Executors.newSingleThreadExecutor((task) -> new Thread(task, "summary-writer"));
		try {
			for (YearMonth period : periods) {
				Optional<SummaryService.PreparedSummary> prepared = prepare(period);
				if (prepared.isEmpty()) {
					continue;
				}
				SummaryService.PreparedSummary summary = prepared.get();
				if (summary.changed()) {
					files.add(writer.submit(() -> this.summaries.writeFile(summary)));
				}
				// also when the summary was already written by a run that died before its follow-ups: they are
				// idempotent; a follow-up's failure is its own to report
				this.followUps.forEach((f) -> f.summaryWritten(summary.figures()));
			}
			if (!run.files().isEmpty()) {
				this.runReports.write(run, started, this.properties.reportsDir(), this.notes.list());
			}
			List<Path> written = new ArrayList<>();
			for (Future<SummaryService.SummaryOutcome> file : files) {
				Path path = Futures.await(file, "interrupted while writing a summary").file();
				log.info("summary.written file={}", path);
				written.add(path);
			}
			return written;
		}
		finally {
			writer.shutdown();
			files.forEach(Futures::settle);
		}
	}

	/**
	 * The figures of a month, or empty after noting why they cannot be made (a month of a year without a usable
	 * catalog, say): one such month must not stop the others' summaries, the run report, or every later night.
	 */
	private Optional<SummaryService.PreparedSummary> prepare(YearMonth period) {
		try {
			return Optional.of(this.summaries.prepare(period, false));
		}
		catch (RuntimeException ex) {
			if (ex instanceof UncheckedIOException) {
				throw ex;
			}
			log.error("summary.skipped period={} reason={}", period, ex.getMessage(), ex);
			this.notes.add("未能生成 " + period.getYear() + " 年 " + period.getMonthValue() + " 月的汇总表：" + ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * The files of a run as its reports step read them, when that step ran last in this process: what the terminal
	 * shows after a completed run, without reading the ledger again.
	 */
	public Optional<RunFiles> lastRun(long runId) {
		return Optional.ofNullable(this.lastRun).filter((r) -> r.runId() == runId);
	}

	/** The files of a run as the ledger has them now. */
	public RunFiles runFiles(long runId) {
		return new RunFiles(runId, this.submissions.findByRun(runId));
	}

}
