package cn.minsheng.rollup.report;

import java.io.IOException;
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

	/** The files of the run whose reports step ran last in this process, read once for the summaries and reports. */
	private volatile RunFiles lastRun;

	public NightlyReports(SubmissionRepository submissions, SummaryService summaries, RollupProperties properties) {
		this(submissions, summaries, properties, List.of());
	}

	/** @param followUps run for each month with newly accepted data, such as the dispatch documents */
	@Autowired
	public NightlyReports(SubmissionRepository submissions, SummaryService summaries, RollupProperties properties,
			List<SummaryFollowUp> followUps) {
		this.submissions = submissions;
		this.summaries = summaries;
		this.properties = properties;
		this.followUps = List.copyOf(followUps);
	}

	/** @return the summary workbooks written */
	public List<Path> writeSummaries(long runId) {
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
		List<Path> written = new ArrayList<>();
		ExecutorService writer = Executors.newSingleThreadExecutor((task) -> new Thread(task, "summary-writer"));
		try {
			for (YearMonth period : periods) {
				writeSummary(period, writer).ifPresent(written::add);
			}
		}
		finally {
			writer.shutdown();
		}
		return written;
	}

	/**
	 * Writes a month's summary file on the writer thread while its follow-ups (the dispatch drafts, from the same
	 * figures) run here: both are CPU work of seconds for a province, and a follow-up failure is its own to report.
	 */
	private Optional<Path> writeSummary(YearMonth period, ExecutorService writer) {
		SummaryService.PreparedSummary summary = this.summaries.prepare(period, false);
		Future<SummaryService.SummaryOutcome> file = summary.changed()
				? writer.submit(() -> this.summaries.writeFile(summary)) : null;
		try {
			// also when the summary was already written by a run that died before its follow-ups: they are idempotent
			this.followUps.forEach((f) -> f.summaryWritten(summary.figures()));
		}
		finally {
			if (file != null) {
				Futures.settle(file);
			}
		}
		if (file == null) {
			return Optional.empty();
		}
		Path path = Futures.await(file, "interrupted while writing the summary of " + period).file();
		log.info("summary.written file={}", path);
		return Optional.of(path);
	}

	/** @return the run report, or {@code null} when the run saw no file */
	public Path writeRunReport(long runId, LocalDateTime started) throws IOException {
		RunFiles run = lastRun(runId).orElseGet(() -> new RunFiles(runId, this.submissions.findByRun(runId)));
		if (run.files().isEmpty()) {
			return null;
		}
		return this.runReports.write(run, started, this.properties.reportsDir());
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
