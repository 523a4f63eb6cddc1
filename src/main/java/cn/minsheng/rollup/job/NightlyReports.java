package cn.minsheng.rollup.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.ledger.Outcome;
import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.ledger.SubmissionRepository;
import cn.minsheng.rollup.report.CountySummary;
import cn.minsheng.rollup.report.RunFiles;
import cn.minsheng.rollup.report.RunReportWriter;
import cn.minsheng.rollup.report.SummaryFollowUp;
import cn.minsheng.rollup.report.SummaryService;
import cn.minsheng.rollup.system.BackgroundExecutors;
import cn.minsheng.rollup.system.Futures;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * The last step of a night: the county summary of every month that received newly accepted data and of every later
 * month of its year already summarised (with their follow-ups, such as the dispatch documents), and the run report
 * when the run saw any file. A night with nothing new writes nothing.
 */
@Component
public class NightlyReports {

	private static final Logger log = LoggerFactory.getLogger(NightlyReports.class);

	private final SubmissionRepository submissions;

	private final SummaryService summaries;

	private final TaskExecutor summaryWriter;

	private final RollupProperties properties;

	private final RunReportWriter runReports = new RunReportWriter();

	private final List<SummaryFollowUp> followUps;

	private final RunNotes notes;

	/** Summaries that could not be written, by run, until the run's report is written. */
	private final Map<Long, RuntimeException> summaryFailures = new ConcurrentHashMap<>();

	/** The files of the run whose reports step ran last in this process, read once for the summaries and reports. */
	private volatile RunFiles lastRun;

	public NightlyReports(SubmissionRepository submissions, SummaryService summaries, RollupProperties properties,
			TaskExecutor summaryWriter) {
		this(submissions, summaries, properties, summaryWriter, List.of(), new RunNotes());
	}

	/**
	 * @param followUps run for each month with newly accepted data, such as the dispatch documents
	 * @param notes where a month that cannot be summarised is noted, for the run report and the terminal
	 */
	@Autowired
	public NightlyReports(SubmissionRepository submissions, SummaryService summaries, RollupProperties properties,
			@Qualifier(BackgroundExecutors.SUMMARY) TaskExecutor summaryWriter, List<SummaryFollowUp> followUps,
			RunNotes notes) {
		this.summaryWriter = summaryWriter;
		this.submissions = submissions;
		this.summaries = summaries;
		this.properties = properties;
		this.followUps = List.copyOf(followUps);
		this.notes = notes;
	}

	/**
	 * Writes the summary of every month with newly accepted data and its follow-ups, then the run report: the two
	 * steps a night runs, one after the other.
	 * @return the summary workbooks written
	 * @throws UncheckedIOException when a summary cannot be written, after the rest is written
	 */
	public List<Path> writeReports(long runId, LocalDateTime started) throws IOException {
		List<Path> written = writeSummaries(runId);
		writeRunReport(runId, started);
		return written;
	}

	/**
	 * Writes the summary of every month with newly accepted data and its follow-ups. The summary files are written
	 * on a thread of their own, in month order, while this one takes each one's content key and runs the follow-ups:
	 * each is CPU work of seconds for a province. It needs only the decisions, so a night runs it while the originals
	 * are moved. A summary that cannot be written does not stop the others or the run report:
	 * {@link #writeRunReport} throws its failure, after the report is written.
	 * @return the summary workbooks written
	 */
	public List<Path> writeSummaries(long runId) {
		this.summaryFailures.remove(runId);
		List<YearMonth> accepted = new RunFiles(runId, this.submissions.findByRun(runId)).files()
			.stream()
			.filter((s) -> s.outcome() == Outcome.ACCEPTED)
			.map(Submission::period)
			.filter(Objects::nonNull)
			.distinct()
			.map(YearMonth::parse)
			.toList();
		List<YearMonth> periods = withLaterSummaries(accepted);
		List<Future<SummaryService.SummaryOutcome>> files = new ArrayList<>();
		try {
			for (YearMonth period : periods) {
				Optional<CountySummary> figures = summarize(period);
				if (figures.isEmpty()) {
					continue;
				}
				// the writer thread fills the sheets while this one takes their content key; the file is written only
				// if the key differs from the one of the file there. Whichever thread comes to the key first takes it:
				// the other waits for it (a writer that runs on this very thread takes it itself).
				FutureTask<String> key = new FutureTask<>(() -> this.summaries.contentKey(figures.get()));
				FutureTask<SummaryService.SummaryOutcome> file = new FutureTask<>(
						() -> this.summaries.writeIfChanged(figures.get(), () -> taken(key)));
				this.summaryWriter.execute(file);
				files.add(file);
				key.run();
				// also when the summary was already written by a run that died before its follow-ups: they are
				// idempotent; a follow-up's failure is its own to report
				this.followUps.forEach((f) -> f.summaryWritten(figures.get()));
			}
			List<Path> written = new ArrayList<>();
			for (Future<SummaryService.SummaryOutcome> file : files) {
				try {
					SummaryService.SummaryOutcome outcome = Futures.await(file, "interrupted while writing a summary");
					if (outcome.written()) {
						log.info("summary.written file={}", outcome.file());
						written.add(outcome.file());
					}
				}
				catch (RuntimeException ex) {
					this.summaryFailures.putIfAbsent(runId, ex);
				}
			}
			return written;
		}
		finally {
			files.forEach(Futures::settle);
		}
	}

	/** The content key, taken on this thread unless another one has already started taking it. */
	private static String taken(FutureTask<String> key) {
		key.run();
		return Futures.await(key, "interrupted while taking a summary's content key");
	}

	/**
	 * Writes the run report, when the run saw any file, from the files as they are once their originals are moved.
	 * @throws UncheckedIOException when a summary of the run could not be written (or what else its writing threw),
	 *     after the report is written
	 */
	public void writeRunReport(long runId, LocalDateTime started) throws IOException {
		// read afresh on every run of the step: a restarted run may have registered more files since
		RunFiles run = new RunFiles(runId, this.submissions.findByRun(runId));
		this.lastRun = run;
		if (!run.files().isEmpty()) {
			this.runReports.write(run, started, this.properties.reportsDir(), this.notes.list());
		}
		RuntimeException failed = this.summaryFailures.remove(runId);
		if (failed != null) {
			throw failed;
		}
	}

	/**
	 * The months with newly accepted data and every later month of the same year already summarised, in month order:
	 * a correction of June reaches December's trend, its carried figures and its headline the same night.
	 */
	List<YearMonth> withLaterSummaries(List<YearMonth> accepted) {
		TreeSet<YearMonth> months = new TreeSet<>(accepted);
		accepted.forEach((month) -> months.addAll(this.summaries.laterSummarised(month)));
		if (months.size() > accepted.size()) {
			log.info("summary.later-months accepted={} rewritten={}", accepted, months);
		}
		return List.copyOf(months);
	}

	/**
	 * The figures of a month, or empty after noting why they cannot be made (a month of a year without a usable
	 * catalog, say): one such month must not stop the others' summaries, the run report, or every later night.
	 */
	private Optional<CountySummary> summarize(YearMonth period) {
		try {
			return Optional.of(this.summaries.summarize(period));
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
