package cn.minsheng.rollup.dispatch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.report.CountySummary;
import cn.minsheng.rollup.report.SummaryFollowUp;
import cn.minsheng.rollup.report.SummaryService;
import cn.minsheng.rollup.system.BackgroundExecutors;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.system.SafeNames;

/**
 * Drafts the dispatch documents of a month from its county summary: the numbered 工作情况通报 and one 督办函 per unit
 * with indicators that draw one; numbers them from the ledger and keeps the register of letters.
 * <p>
 * Redrafting a month keeps its bulletin number, its letters' serials, dates and deadlines; a draft whose text would
 * not change is left untouched. The documents go to {@code output/dispatch/2023-11/}.
 */
@Component
public class DispatchService implements SummaryFollowUp {

	private static final Logger log = LoggerFactory.getLogger(DispatchService.class);

	private final SummaryService summaries;

	private final DispatchRegister register;

	private final DispatchProperties properties;

	private final RollupProperties rollup;

	private final Clock clock;

	private final DraftFiles drafts = new DraftFiles();

	private final TaskExecutor letterWriters;

	public DispatchService(SummaryService summaries, DispatchRegister register, DispatchProperties properties,
			RollupProperties rollup, Clock clock, @Qualifier(BackgroundExecutors.LETTERS) TaskExecutor letterWriters) {
		this.summaries = Objects.requireNonNull(summaries, "summaries");
		this.register = Objects.requireNonNull(register, "register");
		this.properties = Objects.requireNonNull(properties, "properties");
		this.rollup = Objects.requireNonNull(rollup, "rollup");
		this.clock = Objects.requireNonNull(clock, "clock");
		this.letterWriters = Objects.requireNonNull(letterWriters, "letterWriters");
	}

	/** The folder of a month's documents: {@code output/dispatch/2023-11}. */
	public Path folder(YearMonth period) {
		return this.rollup.outputDir().resolve(this.properties.folder()).resolve(period.toString());
	}

	/**
	 * Drafts (or redrafts) the bulletin and the supervision letters of {@code period}.
	 * @throws java.io.UncheckedIOException when a draft cannot be written, e.g. while it is open in Word on Windows
	 */
	public DispatchOutcome writeDocuments(YearMonth period) {
		return writeDocuments(this.summaries.summarize(period));
	}

	/** Drafts (or redrafts) the documents of the summarized month from its figures. */
	public DispatchOutcome writeDocuments(CountySummary summary) {
		YearMonth period = summary.period();
		LocalDateTime now = LocalDateTime.now(this.clock);
		LetterPlan letters = new LetterPlan(this.register, this.properties, folder(period), this.letterWriters);
		List<LetterPlan.Planned> planned = letters.plan(summary, now.toLocalDate());
		LocalDate deadline = planned.stream()
			.map((p) -> p.record().deadline())
			.max(LocalDate::compareTo)
			.orElse(null);
		List<Path> written = new ArrayList<>();
		DispatchRegister.BulletinRecord bulletin;
		// the letters are drafted on threads of their own while this one drafts the bulletin
		try (LetterDrafting drafting = letters.startDrafting(summary, planned, this.drafts, now)) {
			bulletin = writeBulletin(summary, deadline, now, written);
			written.addAll(letters.register(planned, drafting, now));
		}
		List<String> withdrawn = letters.withdrawOthers(period, planned, this.drafts, now);
		log.info("dispatch.written period={} bulletin={} letters={} written={} withdrawn={}", period,
				bulletin.number(), planned.size(), written.size(), withdrawn);
		List<DispatchOutcome.Letter> inForce = planned.stream()
			.map((p) -> new DispatchOutcome.Letter(p.record().serial(), p.record().unit(), Path.of(p.record().file())))
			.toList();
		return new DispatchOutcome(period, bulletin.number(), Path.of(bulletin.file()), inForce, written, withdrawn);
	}

	/**
	 * Numbers (or keeps the number of) the month's bulletin, drafts it and records it.
	 * @param replyDeadline the letters' reply deadline; {@code null} when the month draws no letter
	 */
	private DispatchRegister.BulletinRecord writeBulletin(CountySummary summary, LocalDate replyDeadline,
			LocalDateTime now, List<Path> written) {
		YearMonth period = summary.period();
		Optional<DispatchRegister.BulletinRecord> numbered = this.register.bulletin(period);
		int number = numbered.map(DispatchRegister.BulletinRecord::number)
			.orElseGet(() -> this.register.nextBulletinNumber(period.getYear(), this.properties.bulletinStart()));
		LocalDate signedOn = numbered.map(DispatchRegister.BulletinRecord::signedOn)
			.orElseGet(() -> this.properties.signatureDate(period, now.toLocalDate()));
		LocalDate deadline = replyDeadline != null ? replyDeadline : signedOn.plusDays(this.properties.replyDays());
		OfficialDocument bulletin = new BulletinComposer(this.properties,
				this.properties.bulletinTitle(this.rollup.county()))
			.compose(summary, NewlyCompleted.of(summary, this.summaries.completedBefore(period)),
					new BulletinComposer.Issue(number, signedOn, deadline));
		Path file = folder(period).resolve(SafeNames.fileName(String.join("", bulletin.title()) + ".docx"));
		boolean changed = this.drafts.writeIfChanged(bulletin, file, now);
		if (changed) {
			written.add(file);
		}
		if (numbered.isEmpty() || changed) {
			this.register.saveBulletin(period, number, signedOn, file.toString(), now);
		}
		return new DispatchRegister.BulletinRecord(period, number, signedOn, file.toString(),
				numbered.map(DispatchRegister.BulletinRecord::writtenAt).orElse(now));
	}

	/**
	 * The nightly hook: drafts the documents of a month whose summary was just rewritten. A month older than the
	 * latest bulletin that never had one gets none, so that a late correction to an old month does not issue a
	 * bulletin out of turn; use the {@code dispatch --period} command for that. A failure is logged, not raised:
	 * the drafts can be made again, the night's intake stands.
	 */
	@Override
	public void summaryWritten(YearMonth period) {
		followUp(period, () -> this.summaries.summarize(period));
	}

	/** The nightly hook with the figures the summary was written from: the same, without computing them again. */
	@Override
	public void summaryWritten(CountySummary figures) {
		followUp(figures.period(), () -> figures);
	}

	private void followUp(YearMonth period, Supplier<CountySummary> figures) {
		if (!this.properties.nightly()) {
			return;
		}
		Optional<YearMonth> latest = this.register.latestBulletinPeriod();
		if (this.register.bulletin(period).isEmpty() && latest.filter(period::isBefore).isPresent()) {
			log.info("dispatch.skipped period={} latestBulletin={} reason=older-month-without-bulletin", period,
					latest.get());
			return;
		}
		try {
			writeDocuments(figures.get());
		}
		catch (RuntimeException ex) {
			log.error("dispatch.failed period={} retry=\"dispatch --period={}\"", period, period, ex);
		}
	}

	/**
	 * What a drafting produced.
	 * @param letters the letters in force for the month, by serial
	 * @param written the files (re)written by this call; unchanged drafts are not listed
	 * @param withdrawn serials of letters registered for the month that the figures no longer draw
	 */
	public record DispatchOutcome(YearMonth period, int bulletinNumber, Path bulletin, List<Letter> letters,
			List<Path> written, List<String> withdrawn) {

		public DispatchOutcome {
			letters = List.copyOf(letters);
			written = List.copyOf(written);
			withdrawn = List.copyOf(withdrawn);
		}

		/** One supervision letter of the month. */
		public record Letter(String serial, String unit, Path file) {
		}

	}

}
