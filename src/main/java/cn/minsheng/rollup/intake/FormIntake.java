package cn.minsheng.rollup.intake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogException;
import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.intake.UnclearIdentityException.Sender;
import cn.minsheng.rollup.ledger.AcceptedRows;
import cn.minsheng.rollup.ledger.Decision;
import cn.minsheng.rollup.ledger.DistributionRowStore;
import cn.minsheng.rollup.ledger.LedgerPaths;
import cn.minsheng.rollup.ledger.Outcome;
import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.ledger.SubmissionRepository;
import cn.minsheng.rollup.system.BackgroundExecutors;
import cn.minsheng.rollup.system.CrashPoints;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.system.SafeNames;
import cn.minsheng.rollup.validation.DistributionChecker;
import cn.minsheng.rollup.validation.FeedbackWorkbookWriter;
import cn.minsheng.rollup.validation.FormValidator;
import cn.minsheng.rollup.validation.PriorFigures;
import cn.minsheng.rollup.validation.ReportedRow;
import cn.minsheng.rollup.validation.ValidationResult;
import cn.minsheng.rollup.validation.Violation;
import cn.minsheng.rollup.workbook.FileFormat;
import cn.minsheng.rollup.workbook.FileFormatSniffer;
import cn.minsheng.rollup.workbook.FormReadException;
import cn.minsheng.rollup.workbook.ParsedForm;
import cn.minsheng.rollup.workbook.RejectionKind;
import cn.minsheng.rollup.workbook.UnitFormReader;

/**
 * Decides one registered file: reads it (streaming its distribution rows into the ledger), identifies its unit and
 * month, checks it, writes the unit's feedback, and says where the original is to be kept. Never throws for a bad
 * file: every problem ends as a rejection with a Chinese reason.
 */
@Component
public class FormIntake {

	private static final Logger log = LoggerFactory.getLogger(FormIntake.class);

	private final RollupProperties properties;

	private final CatalogProvider catalogs;

	private final SubmissionRepository submissions;

	private final PriorFigures prior;

	private final JdbcTemplate jdbc;

	private final TaskExecutor rowWriters;

	private final Clock clock;

	private final OriginalsStore store;

	private final AcceptedRows accepted;

	private final UnitFormReader reader = new UnitFormReader();

	private final FileFormatSniffer sniffer = new FileFormatSniffer();

	private final FormIdentifier identifier = new FormIdentifier();

	private final FormValidator validator = new FormValidator();

	private final FeedbackWorkbookWriter feedback = new FeedbackWorkbookWriter();

	private final List<ReturnedWorkbook> returns;

	/**
	 * @param returns the kinds of workbook that come back filled and are not monthly forms (the 评估认定表), asked
	 * before a file is read as a form
	 */
	public FormIntake(RollupProperties properties, CatalogProvider catalogs, SubmissionRepository submissions,
			PriorFigures prior, JdbcTemplate jdbc, Clock clock,
			@Qualifier(BackgroundExecutors.DISTRIBUTION_ROWS) TaskExecutor rowWriters,
			ObjectProvider<ReturnedWorkbook> returns, AcceptedRows accepted) {
		this.accepted = accepted;
		this.properties = properties;
		this.catalogs = catalogs;
		this.submissions = submissions;
		this.prior = prior;
		this.jdbc = jdbc;
		this.rowWriters = rowWriters;
		this.clock = clock;
		this.store = new OriginalsStore(properties.archiveDir(), properties.rejectedDir());
		this.returns = returns.orderedStream().toList();
	}

	public Decision decide(Submission submission) {
		return decide(submission, () -> analyze(submission));
	}

	/**
	 * Decides a file from its analysis, made just now or ahead on another thread; the analysis is asked for only when
	 * the file is neither refused for its attempts nor a duplicate. Call in file order: duplicates, versions and the
	 * originals' places depend on the files decided before. Logs how long the decision waited and took.
	 */
	public Decision decide(Submission submission, Supplier<FormAnalysis> analysis) {
		long started = System.nanoTime();
		Decision decision = decideTimed(submission, analysis);
		log.info("intake.decided submission={} file={} outcome={} kind={} millis={}", submission.id(),
				submission.sourcePath(), decision.outcome(), decision.rejectionKind(),
				(System.nanoTime() - started) / 1_000_000);
		if (decision.outcome() != Outcome.ACCEPTED) {
			log.info("intake.rejected submission={} file={} outcome={} kind={} reason={}", submission.id(),
					submission.sourcePath(), decision.outcome(), decision.rejectionKind(), decision.reason());
		}
		return decision;
	}

	private Decision decideTimed(Submission submission, Supplier<FormAnalysis> analysis) {
		if (submission.attempts() > this.properties.maxAttempts()) {
			Sender sender = senderFromPath(submission);
			return rejected(submission, sender.unit(), sender.period(), null, null, RejectionKind.CORRUPT,
					"文件处理多次中断（可能过大或结构异常），系统已停止重试；请检查文件后重新报送", List.of());
		}
		var earlier = this.submissions.findEarlierWithSameContent(submission.sha256(), submission.id());
		if (earlier.isPresent()) {
			return duplicate(submission, earlier.get());
		}
		return decideRead(submission, analysis.get());
	}

	/**
	 * Reads one file (streaming its distribution rows into the ledger), identifies and checks it. Safe to call for
	 * different files at once; rows a killed run left for the file are replaced.
	 */
	public FormAnalysis analyze(Submission submission) {
		return analyze(submission, true);
	}

	/**
	 * @param mayHaveRows the file may have rows in the ledger from a reading that was not decided (a run that died while
	 *     reading it, or a check made again); a file no run has read before has none, and the delete is skipped
	 */
	public FormAnalysis analyze(Submission submission, boolean mayHaveRows) {
		Path file = this.properties.inputDir().resolve(submission.sourcePath());
		CrashPoints.reached("read", submission.sourcePath());
		try {
			return read(submission, file, mayHaveRows);
		}
		catch (UnclearIdentityException ex) {
			return FormAnalysis.failed(file, ex.kind(), ex.getMessage(), ex.sender());
		}
		catch (FormReadException ex) {
			return FormAnalysis.failed(file, ex.kind(), ex.getMessage(), senderFromPath(submission));
		}
		catch (CatalogException ex) {
			// the catalog of the form's year is broken: the office's to fix; the unit is told to send the form again
			log.error("intake.catalog-broken submission={} file={} problem={}", submission.id(), file, ex.getMessage());
			return FormAnalysis.failed(file, RejectionKind.UNIDENTIFIED,
					"该报表所属年度的项目清单有误，暂时无法校验；请联系县专班办公室，待清单修正后重新报送",
					senderFromPath(submission));
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			// checking and writing feedback after the read: a file must never fail the run, whatever it holds
			log.error("intake.failed submission={} file={}", submission.id(), file, ex);
			return FormAnalysis.failed(file, RejectionKind.CORRUPT, cannotProcess(ex), senderFromPath(submission));
		}
	}

	private FormAnalysis read(Submission submission, Path file, boolean mayHaveRows)
			throws FormReadException, IOException {
		for (ReturnedWorkbook kind : this.returns) {
			Optional<ReturnReading> returned = kind.read(submission.id(), file, submission.fileName());
			if (returned.isPresent()) {
				return FormAnalysis.returned(file, returned.get());
			}
		}
		Catalog catalog = this.catalogs.catalog();
		Read read = read(submission, file, mayHaveRows, catalog, null);
		// several sheets that are each a form: the evidence chooses; only such a file is read a second time
		String sheet = SheetChoice.choose(read.form(), submission.fileName(), folderOf(submission), catalog)
			.orElse(null);
		if (sheet != null) {
			read = read(submission, file, true, catalog, sheet);
		}
		Identification identity = this.identifier.identify(read.form(), submission.fileName(), folderOf(submission),
				catalog.year(), this.catalogs::find);
		if (identity.period().getYear() != catalog.year()) {
			// a late form of another year (a December form in January): its rows are checked against its own year's
			// catalog, so it is read again with that one; rare enough that reading twice costs nothing that matters
			catalog = this.catalogs.catalog(identity.period().getYear());
			read = read(submission, file, true, catalog, sheet);
		}
		SeenPriorFigures priors = new SeenPriorFigures(this.prior);
		ValidationResult result = this.validator.validate(read.form(), identity.unit(), identity.period(), catalog,
				read.checker().totals(identity.unit(), identity.period()), priors, LocalDate.now(this.clock));
		return FormAnalysis.read(file, read.form(), identity, result, priors);
	}

	/** @param sheet the sheet to read as the form, {@code null} for the one the template's names give */
	private Read read(Submission submission, Path file, boolean mayHaveRows, Catalog catalog, String sheet)
			throws FormReadException, IOException {
		DistributionChecker checker = new DistributionChecker(catalog);
		ParsedForm form;
		try (DistributionRowStore rows = new DistributionRowStore(this.jdbc, submission.id(), this.rowWriters)) {
			if (mayHaveRows) {
				rows.clear();
			}
			form = this.reader.read(file, (row) -> rows.add(checker.accept(row)), sheet);
			rows.flush();
		}
		return new Read(form, checker);
	}

	/** Who a file that could not be read names as its sender in its name and folder; unknown when unclear. */
	private Sender senderFromPath(Submission submission) {
		try {
			return this.identifier.senderFromPath(submission.fileName(), folderOf(submission), this.catalogs.catalog());
		}
		catch (RuntimeException ex) {
			return Sender.UNKNOWN;
		}
	}

	/** The folders a file was dropped in, relative to the input folder: the office may sort returns by month. */
	private static String folderOf(Submission submission) {
		Path parent = Path.of(submission.sourcePath()).getParent();
		return parent == null ? "" : parent.toString();
	}

	private Decision decideRead(Submission submission, FormAnalysis analysis) {
		if (analysis.failed()) {
			Sender sender = analysis.sender();
			return rejected(submission, sender.unit(), sender.period(), null, null, analysis.failureKind(),
					analysis.failureMessage(), List.of());
		}
		if (analysis.returned() != null) {
			return returned(submission, analysis.returned());
		}
		Identification identity = analysis.identity();
		ValidationResult result = analysis.result();
		String feedbackPath;
		try {
			feedbackPath = result.violations().isEmpty() ? null
					: writeFeedback(submission, analysis.file(), analysis.form(), identity, result.violations());
		}
		catch (IOException | RuntimeException ex) {
			log.error("intake.failed submission={} file={}", submission.id(), analysis.file(), ex);
			return rejected(submission, null, null, RejectionKind.CORRUPT, cannotProcess(ex), List.of());
		}
		if (!result.accepted()) {
			return rejected(submission, identity, feedbackPath, RejectionKind.INVALID, summarize(result.violations()),
					result.violations());
		}
		Path target = this.store.planAccepted(identity.unit(), identity.period(), submission.fileName(), this::taken);
		String reason = result.violations().isEmpty() ? "通过校验" : "通过校验，有 " + result.violations().size() + " 条提醒";
		if (!analysis.form().otherForms().isEmpty()) {
			reason += "；工作簿中另有月报表" + analysis.form().otherForms().stream()
				.map((o) -> "「" + o.sheetName() + "」").collect(Collectors.joining("")) + "未读取（见提醒 V106）";
		}
		Optional<Correction> correction = correctionOf(identity, result);
		if (correction.isPresent()) {
			reason += "；" + correction.get().describe();
		}
		return new Decision(Outcome.ACCEPTED, null, reason, identity.unit(), identity.period(),
				identity.templateVersion(), isLate(submission, identity.period()), result.rows(), result.violations(),
				stored(target), feedbackPath);
	}

	/** An accepted return: kept in the archive's folder for such returns, not a form of any month. */
	private Decision returned(Submission submission, ReturnReading reading) {
		Path target = this.store.planReturn(reading.archiveFolder(), reading.unit(), submission.fileName(),
				this::taken);
		return new Decision(Outcome.ACCEPTED, null, reading.summary(), reading.unit(), null, reading.kind(), false,
				List.of(), List.of(), stored(target), null);
	}

	/**
	 * The figures an accepted form changes in a month older than the newest its unit has reported: a resubmission of
	 * the newest month is ordinary, a change to an earlier one is shown to the office.
	 */
	private Optional<Correction> correctionOf(Identification identity, ValidationResult result) {
		Optional<YearMonth> newest = this.accepted.newestMonth(identity.unit(), identity.period().getYear());
		if (newest.isEmpty() || !identity.period().isBefore(newest.get())) {
			return Optional.empty();
		}
		Map<String, ReportedRow> before = this.accepted.inForce(identity.unit(), identity.period());
		if (before.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(Correction.between(identity.period(), before, result.rows()))
			.filter(Correction::changesAnything);
	}

	private static String cannotProcess(Throwable ex) {
		return "文件无法处理（" + ex.getClass().getSimpleName() + "），可能已损坏；请重新保存后再次报送";
	}

	private String writeFeedback(Submission submission, Path file, ParsedForm form, Identification identity,
			List<Violation> violations) throws IOException {
		// the feedback is a copy of the unit's own workbook, so its format is the file's real one, whatever its name
		boolean xls = this.sniffer.sniff(file) == FileFormat.XLS;
		Path out = this.properties.feedbackDir().resolve(identity.period().toString())
			.resolve(SafeNames.segment(identity.unit()))
			.resolve(SafeNames.fileName(stem(submission.fileName()) + "-问题反馈-" + submission.id()
					+ (xls ? ".xls" : ".xlsx")));
		return this.feedback.write(file, xls, form, violations, out).toString();
	}

	private boolean isLate(Submission submission, YearMonth period) {
		int day = Math.min(this.properties.dueDay(), period.lengthOfMonth());
		LocalDateTime due = period.atDay(day).plusDays(1).atStartOfDay();
		return submission.receivedAt().isAfter(due) || submission.receivedAt().isEqual(due);
	}

	private Decision duplicate(Submission submission, Submission earlier) {
		Path target = this.store.planDuplicate(submission.fileName(), this::taken);
		String reason = "与 " + earlier.receivedAt().toLocalDate() + " 收到的文件「" + earlier.fileName() + "」内容完全相同（"
				+ earlier.outcome().label() + "），本次不重复计入";
		YearMonth period = earlier.period() == null ? null : YearMonth.parse(earlier.period());
		return new Decision(Outcome.DUPLICATE, RejectionKind.DUPLICATE.name(), reason, earlier.unit(), period, null,
				false, List.of(), List.of(), stored(target), null);
	}

	private Decision rejected(Submission submission, Identification identity, String feedbackPath,
			RejectionKind kind, String reason, List<Violation> violations) {
		return rejected(submission, identity == null ? null : identity.unit(),
				identity == null ? null : identity.period(), identity == null ? null : identity.templateVersion(),
				feedbackPath, kind, reason, violations);
	}

	/** @param unit and @param period both set when the rejection is recorded for the unit's month, else {@code null} */
	private Decision rejected(Submission submission, String unit, YearMonth period, String templateVersion,
			String feedbackPath, RejectionKind kind, String reason, List<Violation> violations) {
		Path target = this.store.planRejected(period, submission.fileName(), this::taken);
		return new Decision(Outcome.REJECTED, kind.name(), reason, unit, period, templateVersion, false, List.of(),
				violations, stored(target), feedbackPath);
	}

	private boolean taken(Path path) {
		return this.submissions.isStoredPathTaken(stored(path));
	}

	private String stored(Path target) {
		return LedgerPaths.stored(this.properties.dataDir(), target);
	}

	private static String summarize(List<Violation> violations) {
		List<Violation> errors = violations.stream().filter(Violation::isError).toList();
		String listed = errors.stream().limit(5).map(Violation::message).collect(Collectors.joining("；"));
		return "数据校验未通过，共 " + errors.size() + " 处错误：" + listed + (errors.size() > 5 ? "……" : "");
	}

	private static String stem(String fileName) {
		int dot = fileName.lastIndexOf('.');
		return dot > 0 ? fileName.substring(0, dot) : fileName;
	}

	/** A form as read, and the checker its distribution rows went through. */
	private record Read(ParsedForm form, DistributionChecker checker) {
	}

}
