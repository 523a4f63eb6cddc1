package cn.minsheng.rollup.yearend;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.minsheng.rollup.catalog.Indicator;

/**
 * 评估认定 at year end: which units' returns came back, and every figure certified differently from the 累计完成 in
 * force in the ledger (认定数 ≠ 报送数).
 */
record CertificationStatus(int year, List<UnitReturn> units, List<Difference> differences) {

	CertificationStatus {
		units = List.copyOf(units);
		differences = List.copyOf(differences);
	}

	static CertificationStatus of(YearFigures year, Map<String, CertifiedFigures.Return> returns) {
		List<UnitReturn> units = new ArrayList<>();
		List<Difference> differences = new ArrayList<>();
		for (String unit : year.catalog().units()) {
			CertifiedFigures.Return returned = returns.get(unit);
			int indicators = year.catalog().indicatorsOf(unit).size();
			if (returned == null) {
				units.add(new UnitReturn(unit, indicators, null, 0, 0));
				continue;
			}
			int differing = 0;
			for (CertifiedFigure figure : returned.figures()) {
				Indicator indicator = year.catalog().find(figure.code()).orElse(null);
				if (indicator == null) {
					continue;
				}
				BigDecimal reported = year.latest(indicator, year.december())
					.map((s) -> s.row().cumulativeDone())
					.orElse(null);
				if (reported == null || reported.compareTo(figure.certified()) != 0) {
					differing++;
					differences.add(new Difference(unit, indicator, reported, figure.certified(), figure.remarks(),
							returned.fileName(), CertificationLayout.SHEET + "!H" + figure.rowNumber()));
				}
			}
			units.add(new UnitReturn(unit, indicators, returned.fileName(), returned.figures().size() - differing,
					differing));
		}
		return new CertificationStatus(year.year(), units, differences);
	}

	/** The findings of the 回头看 list: one per difference. */
	List<ReviewLine> reviewLines() {
		return this.differences.stream()
			.map((d) -> new ReviewLine(d.unit(), d.indicator().code(), d.indicator().name(), null,
					ReviewCheck.CERTIFIED_DIFFERS, d.file(), d.cell(), "认定数 " + ReviewChecks.number(d.certified())
							+ "，报送累计完成 " + ReviewChecks.number(d.reported())
							+ (d.remarks() == null ? "" : "；认定说明：" + d.remarks())))
			.toList();
	}

	List<Difference> differencesOf(String unit) {
		return this.differences.stream().filter((d) -> d.unit().equals(unit)).toList();
	}

	/**
	 * A unit's return.
	 * @param file the return in force; {@code null} when none came back
	 */
	record UnitReturn(String unit, int indicators, String file, int agreeing, int differing) {
	}

	/**
	 * A figure certified differently from the one reported.
	 * @param reported 累计完成 in force in the ledger; {@code null} when never reported
	 */
	record Difference(String unit, Indicator indicator, BigDecimal reported, BigDecimal certified, String remarks,
			String file, String cell) {

		Difference {
			Objects.requireNonNull(unit, "unit");
			Objects.requireNonNull(indicator, "indicator");
		}

	}

}
