package cn.minsheng.rollup.dispatch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.task.TaskExecutor;

import cn.minsheng.rollup.report.CountySummary;
import cn.minsheng.rollup.report.LaggingLine;
import cn.minsheng.rollup.system.SafeNames;

/**
 * Which units get a 督办函 for a month and under which serial: one letter per unit with lagging lines that draw one
 * (red, or lagging two months running), units in catalog order; a unit already in the register keeps its serial,
 * date and deadline, a new one gets the next serial of the year.
 */
final class LetterPlan {

	/** A letter to draft: the register entry it will have and the lines it names. */
	record Planned(DispatchRegister.LetterRecord record, List<LaggingLine> lines, boolean registered) {
	}

	private final DispatchRegister register;

	private final DispatchProperties properties;

	private final Path folder;

	private final TaskExecutor letterWriters;

	LetterPlan(DispatchRegister register, DispatchProperties properties, Path folder, TaskExecutor letterWriters) {
		this.register = register;
		this.properties = properties;
		this.folder = folder;
		this.letterWriters = letterWriters;
	}

	List<Planned> plan(CountySummary summary, LocalDate today) {
		YearMonth period = summary.period();
		Map<String, DispatchRegister.LetterRecord> registered = new LinkedHashMap<>();
		this.register.letters(period).forEach((l) -> registered.put(l.unit(), l));
		LocalDate signedOn = this.properties.signatureDate(period, today);
		int year = signedOn.getYear();
		int next = this.register.nextLetterNumber(year, this.properties.letterStart());
		List<Planned> planned = new ArrayList<>();
		for (Map.Entry<String, List<LaggingLine>> unit : byUnit(summary).entrySet()) {
			List<String> codes = unit.getValue().stream().map((l) -> l.line().indicator().code()).toList();
			Optional<DispatchRegister.LetterRecord> known = Optional.ofNullable(registered.get(unit.getKey()));
			DispatchRegister.LetterRecord record;
			if (known.isPresent()) {
				DispatchRegister.LetterRecord k = known.get();
				record = new DispatchRegister.LetterRecord(k.serial(), k.year(), k.number(), k.unit(), period, codes,
						k.signedOn(), k.deadline(), k.file(), k.writtenAt(), k.withdrawn());
			}
			else {
				String serial = this.properties.serial(year, next);
				Path file = this.folder.resolve(SafeNames.fileName(serial + "-" + unit.getKey() + ".docx"));
				record = new DispatchRegister.LetterRecord(serial, year, next++, unit.getKey(), period, codes, signedOn,
						signedOn.plusDays(this.properties.replyDays()), file.toString(), null, false);
			}
			planned.add(new Planned(record, unit.getValue(), known.isPresent()));
		}
		return planned;
	}

	/**
	 * Starts drafting the planned letters on {@link LetterDrafting} threads: the serials are all given by
	 * {@link #plan}, so the drafts do not depend on each other.
	 */
	LetterDrafting startDrafting(CountySummary summary, List<Planned> planned, DraftFiles drafts, LocalDateTime now) {
		LetterComposer composer = new LetterComposer(this.properties);
		return LetterDrafting.start(this.letterWriters, planned, (p) -> {
			DispatchRegister.LetterRecord r = p.record();
			OfficialDocument letter = composer.compose(summary, r.unit(), p.lines(),
					new LetterComposer.Particulars(r.serial(), r.signedOn(), r.deadline()));
			return drafts.writeIfChanged(letter, Path.of(r.file()), now);
		});
	}

	/**
	 * Waits for the drafts and registers the new, rewritten and reinstated letters in serial order, up to the first
	 * draft that could not be written, whose failure is raised as it would have been had the letters been drafted one
	 * by one; returns the files written.
	 */
	List<Path> register(List<Planned> planned, LetterDrafting drafting, LocalDateTime now) {
		List<LetterDrafting.Result> results = drafting.results();
		List<Path> written = new ArrayList<>();
		for (int i = 0; i < planned.size(); i++) {
			Planned p = planned.get(i);
			DispatchRegister.LetterRecord r = p.record();
			boolean changed = results.get(i).changedOrThrow();
			if (changed) {
				written.add(Path.of(r.file()));
			}
			if (!p.registered() || changed || r.withdrawn()) {
				this.register.saveLetter(r, now);
			}
		}
		return written;
	}

	/**
	 * Withdraws the letters registered for the month that the figures no longer draw (a correction brought the unit
	 * back on schedule): the register keeps them, marked, and their drafts move to the old drafts folder.
	 * @return their serials
	 */
	List<String> withdrawOthers(YearMonth period, List<Planned> planned, DraftFiles drafts, LocalDateTime now) {
		List<String> kept = planned.stream().map((p) -> p.record().serial()).toList();
		List<String> withdrawn = new ArrayList<>();
		for (DispatchRegister.LetterRecord letter : this.register.letters(period)) {
			if (!letter.withdrawn() && !kept.contains(letter.serial())) {
				this.register.withdrawLetter(letter.serial(), now);
				drafts.retire(Path.of(letter.file()), now);
				withdrawn.add(letter.serial());
			}
		}
		return withdrawn;
	}

	/** The lines that draw a letter, by unit in catalog order. */
	private static Map<String, List<LaggingLine>> byUnit(CountySummary summary) {
		Map<String, List<LaggingLine>> byUnit = new LinkedHashMap<>();
		summary.indicatorLines().forEach((l) -> byUnit.put(l.indicator().responsibleUnit(), new ArrayList<>()));
		summary.lagging().stream().filter(LaggingLine::supervisionLetter)
			.forEach((l) -> byUnit.get(l.line().indicator().responsibleUnit()).add(l));
		byUnit.values().removeIf(List::isEmpty);
		return byUnit;
	}

}
