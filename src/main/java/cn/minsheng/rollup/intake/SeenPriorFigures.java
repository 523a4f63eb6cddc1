package cn.minsheng.rollup.intake;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.minsheng.rollup.validation.PriorFigures.Prior;
import cn.minsheng.rollup.validation.PriorFigures;

/**
 * The earlier months' figures one check asked the ledger for, remembered with the answers, so a check made ahead of
 * its turn can be confirmed (or redone) once the files before it are decided.
 */
public final class SeenPriorFigures implements PriorFigures {

	private final PriorFigures ledger;

	private final Map<Question, Optional<Prior>> answers = new ConcurrentHashMap<>();

	SeenPriorFigures(PriorFigures ledger) {
		this.ledger = ledger;
	}

	static SeenPriorFigures none() {
		return new SeenPriorFigures(PriorFigures.none());
	}

	@Override
	public Optional<Prior> latestBefore(String unit, String code, YearMonth period) {
		return this.answers.computeIfAbsent(new Question(unit, code, period),
				(q) -> this.ledger.latestBefore(unit, code, period));
	}

	/** Asked afresh: it only warns (V314), and a later month decided meanwhile is still found on a check made again. */
	@Override
	public Optional<Prior> earliestAfter(String unit, String code, YearMonth period) {
		return this.ledger.earliestAfter(unit, code, period);
	}

	/** Whether the ledger would give every remembered answer again. */
	boolean unchangedIn(PriorFigures now) {
		return this.answers.entrySet()
			.stream()
			.allMatch((e) -> now.latestBefore(e.getKey().unit(), e.getKey().code(), e.getKey().period())
				.equals(e.getValue()));
	}

	private record Question(String unit, String code, YearMonth period) {
	}

}
