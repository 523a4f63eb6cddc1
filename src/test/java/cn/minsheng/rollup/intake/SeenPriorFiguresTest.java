package cn.minsheng.rollup.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.minsheng.rollup.validation.PriorFigures;

/**
 * A check made ahead of its turn remembers the earlier months it compared with, and is redone only when the ledger
 * now answers differently.
 */
class SeenPriorFiguresTest {

	private static final YearMonth NOVEMBER = YearMonth.of(2023, 11);

	private final Map<String, BigDecimal> ledger = new HashMap<>();

	private final PriorFigures ledgerFigures = (unit, code, period) -> Optional.ofNullable(this.ledger.get(code))
		.map((value) -> new PriorFigures.Prior(period.minusMonths(1), value));

	@Test
	void holdsWhileTheLedgerGivesTheSameAnswers() {
		this.ledger.put("S03-1", new BigDecimal("120"));
		SeenPriorFigures seen = new SeenPriorFigures(this.ledgerFigures);

		assertThat(seen.cumulativeBefore("县人社局", "S03-1", NOVEMBER)).contains(new BigDecimal("120"));
		assertThat(seen.cumulativeBefore("县人社局", "S03-2", NOVEMBER)).isEmpty();

		assertThat(seen.unchangedIn(this.ledgerFigures)).isTrue();
	}

	@Test
	void noLongerHoldsOnceAnEarlierMonthWasDecidedMeanwhile() {
		SeenPriorFigures seen = new SeenPriorFigures(this.ledgerFigures);
		assertThat(seen.cumulativeBefore("县人社局", "S03-1", NOVEMBER)).isEmpty();

		this.ledger.put("S03-1", new BigDecimal("4571"));

		assertThat(seen.unchangedIn(this.ledgerFigures)).isFalse();
	}

	@Test
	void noLongerHoldsWhenTheFigureItSawWasReplacedByACorrection() {
		this.ledger.put("S03-1", new BigDecimal("120"));
		SeenPriorFigures seen = new SeenPriorFigures(this.ledgerFigures);
		seen.cumulativeBefore("县人社局", "S03-1", NOVEMBER);

		this.ledger.put("S03-1", new BigDecimal("130"));

		assertThat(seen.unchangedIn(this.ledgerFigures)).isFalse();
	}

}
