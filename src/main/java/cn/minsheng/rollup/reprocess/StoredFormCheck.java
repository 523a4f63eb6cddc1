package cn.minsheng.rollup.reprocess;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.intake.FormIdentifier;
import cn.minsheng.rollup.intake.SheetChoice;
import cn.minsheng.rollup.intake.Identification;
import cn.minsheng.rollup.ledger.Decision;
import cn.minsheng.rollup.ledger.DistributionRowStore;
import cn.minsheng.rollup.ledger.LedgerPaths;
import cn.minsheng.rollup.ledger.Outcome;
import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.system.BackgroundExecutors;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.validation.DistributionChecker;
import cn.minsheng.rollup.validation.FormValidator;
import cn.minsheng.rollup.validation.PriorFigures;
import cn.minsheng.rollup.validation.ValidationResult;
import cn.minsheng.rollup.validation.Violation;
import cn.minsheng.rollup.workbook.FormReadException;
import cn.minsheng.rollup.workbook.ParsedForm;
import cn.minsheng.rollup.workbook.UnitFormReader;

/**
 * Reads a kept original again, as the nightly intake reads a new file, and checks it against today's catalog and the
 * months the ledger holds before it; its 项目分布清单 rows go to the ledger under the new record.
 */
@Component
class StoredFormCheck {

	private final RollupProperties properties;

	private final JdbcTemplate jdbc;

	private final TaskExecutor rowWriters;

	private final PriorFigures prior;

	private final Clock clock;

	private final UnitFormReader reader = new UnitFormReader();

	private final FormIdentifier identifier = new FormIdentifier();

	private final FormValidator validator = new FormValidator();

	StoredFormCheck(RollupProperties properties, JdbcTemplate jdbc, PriorFigures prior, Clock clock,
			@Qualifier(BackgroundExecutors.DISTRIBUTION_ROWS) TaskExecutor rowWriters) {
		this.properties = properties;
		this.jdbc = jdbc;
		this.rowWriters = rowWriters;
		this.prior = prior;
		this.clock = clock;
	}

	/**
	 * @param original the stored record of the form
	 * @param recordId the new record the rows are stored under
	 * @throws FormReadException when the original can no longer be read or identified
	 */
	Checked check(Submission original, long recordId, Catalog catalog) throws FormReadException, IOException {
		Path file = LedgerPaths.file(this.properties.dataDir(), original.storedPath());
		DistributionRowStore rows = new DistributionRowStore(this.jdbc, recordId, this.rowWriters);
		DistributionChecker first = new DistributionChecker(catalog);
		ParsedForm form = this.reader.read(file, (row) -> rows.add(first.accept(row)));
		DistributionChecker checker = first;
		Optional<String> sheet = SheetChoice.choose(form, original.fileName(), "", catalog);
		if (sheet.isPresent()) {
			// the night read the form from another sheet than the template-named one: the same evidence chooses it
			rows.clear();
			DistributionChecker again = new DistributionChecker(catalog);
			form = this.reader.read(file, (row) -> rows.add(again.accept(row)), sheet.get());
			checker = again;
		}
		rows.flush();
		Identification identity = this.identifier.identify(form, original.fileName(), catalog);
		ValidationResult result = this.validator.validate(form, identity.unit(), identity.period(), catalog,
				checker.totals(identity.unit(), identity.period()), this.prior, LocalDate.now(this.clock));
		Outcome outcome = result.accepted() ? Outcome.ACCEPTED : Outcome.REJECTED;
		String reason = "重新校验：" + (result.accepted() ? accepted(result.violations()) : rejected(result.violations()));
		Decision decision = new Decision(outcome, result.accepted() ? null : "INVALID", reason, identity.unit(),
				identity.period(), identity.templateVersion(), result.accepted() && isLate(original, identity.period()),
				result.accepted() ? result.rows() : List.of(), result.violations(), original.storedPath(), null);
		return new Checked(decision, form, identity);
	}

	/** Late as the nightly intake judges it: received after the due day of the month. */
	private boolean isLate(Submission original, YearMonth period) {
		int day = Math.min(this.properties.dueDay(), period.lengthOfMonth());
		LocalDateTime due = period.atDay(day).plusDays(1).atStartOfDay();
		return !original.receivedAt().isBefore(due);
	}

	private static String accepted(List<Violation> violations) {
		return violations.isEmpty() ? "通过校验" : "通过校验，有 " + violations.size() + " 条提醒";
	}

	private static String rejected(List<Violation> violations) {
		List<Violation> errors = violations.stream().filter(Violation::isError).toList();
		return "数据校验未通过，共 " + errors.size() + " 处错误："
				+ errors.stream().limit(5).map(Violation::message).collect(Collectors.joining("；"))
				+ (errors.size() > 5 ? "……" : "");
	}

	/** The new decision with what it was read from. */
	record Checked(Decision decision, ParsedForm form, Identification identity) {
	}

}
