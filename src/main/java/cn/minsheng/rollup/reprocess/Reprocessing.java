package cn.minsheng.rollup.reprocess;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.ledger.Decision;
import cn.minsheng.rollup.ledger.DecisionRepository;
import cn.minsheng.rollup.ledger.LedgerPaths;
import cn.minsheng.rollup.ledger.Outcome;
import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.ledger.SubmissionRepository;
import cn.minsheng.rollup.reprocess.Recheck.Change;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.system.SafeNames;
import cn.minsheng.rollup.validation.FeedbackWorkbookWriter;
import cn.minsheng.rollup.validation.Violation;
import cn.minsheng.rollup.workbook.FormReadException;

/**
 * Validates a month's stored forms again, e.g. after the catalog was corrected. Nothing is overwritten: a changed
 * result is a new ledger record for the same kept original (a new version in force, or a rejection that withdraws the
 * accepted form), the earlier records stay as history; an unchanged result stores nothing. Each form is one
 * transaction, so an interrupted reprocessing is simply run again.
 */
@Component
public class Reprocessing {

	private static final Logger log = LoggerFactory.getLogger(Reprocessing.class);

	private final SubmissionRepository submissions;

	private final DecisionRepository decisions;

	private final ReprocessLedger ledger;

	private final StoredFormCheck check;

	private final CatalogProvider catalogs;

	private final RollupProperties properties;

	private final TransactionTemplate transactions;

	private final FeedbackWorkbookWriter feedback = new FeedbackWorkbookWriter();

	Reprocessing(SubmissionRepository submissions, DecisionRepository decisions, ReprocessLedger ledger,
			StoredFormCheck check, CatalogProvider catalogs, RollupProperties properties,
			PlatformTransactionManager transactionManager) {
		this.submissions = submissions;
		this.decisions = decisions;
		this.ledger = ledger;
		this.check = check;
		this.catalogs = catalogs;
		this.properties = properties;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Re-validates the accepted forms in force of {@code period} and the latest rejected one of each unit. */
	public List<Recheck> recheck(YearMonth period) {
		Catalog catalog = this.catalogs.catalog(period.getYear());
		List<Recheck> results = new ArrayList<>();
		for (long id : this.ledger.candidates(period)) {
			Submission original = this.submissions.find(id).orElseThrow();
			Recheck result = this.transactions.execute((status) -> recheck(original, catalog, status));
			log.info("reprocess.checked submission={} unit={} change={}", id, original.unit(), result.change());
			results.add(result);
		}
		return results;
	}

	private Recheck recheck(Submission original, Catalog catalog, TransactionStatus status) {
		if (original.storedPath() == null
				|| !Files.isRegularFile(LedgerPaths.file(this.properties.dataDir(), original.storedPath()))) {
			return result(original, Change.SKIPPED, null, "原件不在 " + original.storedPath());
		}
		long recordId = this.ledger.copyForRecheck(original.id());
		StoredFormCheck.Checked checked;
		try {
			checked = this.check.check(original, recordId, catalog);
		}
		catch (FormReadException | IOException | RuntimeException ex) {
			status.setRollbackOnly();
			log.warn("reprocess.unreadable submission={}", original.id(), ex);
			return result(original, Change.SKIPPED, null, "原件无法读取或识别：" + ex.getMessage());
		}
		Decision decision = checked.decision();
		if (!decision.unit().equals(original.unit()) || !decision.period().toString().equals(original.period())) {
			status.setRollbackOnly();
			return result(original, Change.SKIPPED, null, "原件现在识别为" + decision.unit() + " " + decision.period()
					+ "，与台账记录不符");
		}
		Change change = change(original, decision);
		if (!change.stored()) {
			status.setRollbackOnly();
			return result(original, change, null, decision.reason());
		}
		store(original, recordId, withFeedback(decision, checked, recordId), change);
		return result(original, change, this.ledger.versionInForce(recordId), decision.reason());
	}

	private void store(Submission original, long recordId, Decision decision, Change change) {
		this.decisions.store(recordId, decision);
		this.submissions.markPlaced(recordId);
		if (change == Change.WITHDRAWN) {
			this.ledger.withdraw(original.id(), recordId);
		}
	}

	private Change change(Submission original, Decision decision) {
		boolean wasAccepted = original.outcome() == Outcome.ACCEPTED;
		boolean nowAccepted = decision.outcome() == Outcome.ACCEPTED;
		if (wasAccepted && nowAccepted) {
			boolean same = keys(this.decisions.violationsOf(original.id())).equals(keys(decision.violations()));
			return same ? Change.UNCHANGED : Change.NEW_VERSION;
		}
		if (wasAccepted) {
			return Change.WITHDRAWN;
		}
		return nowAccepted ? Change.NOW_ACCEPTED : Change.STILL_REJECTED;
	}

	/** What makes two findings the same, ignoring the ledger's truncation of long texts. */
	private static List<String> keys(List<Violation> violations) {
		return violations.stream()
			.map((v) -> v.ruleCode() + "|" + v.severity() + "|" + v.cellRef() + "|"
					+ v.message().substring(0, Math.min(200, v.message().length())))
			.sorted()
			.toList();
	}

	private Decision withFeedback(Decision decision, StoredFormCheck.Checked checked, long recordId) {
		if (decision.violations().isEmpty()) {
			return decision;
		}
		Path original = LedgerPaths.file(this.properties.dataDir(), decision.storedPath());
		String name = original.getFileName().toString();
		int dot = name.lastIndexOf('.');
		Path out = this.properties.feedbackDir()
			.resolve(decision.period().toString())
			.resolve(SafeNames.segment(decision.unit()))
			.resolve(SafeNames.fileName((dot > 0 ? name.substring(0, dot) : name) + "-问题反馈-" + recordId + ".xlsx"));
		try {
			boolean xls = name.toLowerCase(Locale.ROOT).endsWith(".xls");
			String written = this.feedback.write(original, xls, checked.form(), decision.violations(), out).toString();
			return new Decision(decision.outcome(), decision.rejectionKind(), decision.reason(), decision.unit(),
					decision.period(), decision.templateVersion(), decision.late(), decision.rows(),
					decision.violations(), decision.storedPath(), written);
		}
		catch (IOException ex) {
			log.warn("reprocess.feedback-failed file={}", out, ex);
			return decision;
		}
	}

	private static Recheck result(Submission original, Change change, Integer newVersion, String reason) {
		return new Recheck(original.id(), original.unit(), original.fileName(), original.outcome(),
				original.version(), change, newVersion, reason);
	}

}
