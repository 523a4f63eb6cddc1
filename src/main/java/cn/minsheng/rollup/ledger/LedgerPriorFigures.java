package cn.minsheng.rollup.ledger;

import java.time.YearMonth;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.validation.PriorFigures.Prior;
import cn.minsheng.rollup.validation.PriorFigures;

/**
 * Earlier months as the ledger holds them: the version in force of the latest earlier accepted month of the year.
 */
@Component
public class LedgerPriorFigures implements PriorFigures {

	private final JdbcClient jdbc;

	public LedgerPriorFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Prior> latestBefore(String unit, String code, YearMonth period) {
		return this.jdbc.sql("""
				SELECT s.period, r.cumulative_done FROM reported_row r JOIN submission s ON s.id = r.submission_id
				WHERE s.unit = :unit AND r.code = :code AND s.outcome = 'ACCEPTED' AND s.current_version
				  AND s.period < :period AND s.period >= :yearStart AND r.cumulative_done IS NOT NULL
				ORDER BY s.period DESC LIMIT 1""")
			.param("unit", unit)
			.param("code", code)
			.param("period", period.toString())
			.param("yearStart", YearMonth.of(period.getYear(), 1).toString())
			.query((rs, n) -> new Prior(YearMonth.parse(rs.getString(1)), rs.getBigDecimal(2)))
			.optional();
	}

	@Override
	public Optional<Prior> earliestAfter(String unit, String code, YearMonth period) {
		return this.jdbc.sql("""
				SELECT s.period, r.cumulative_done FROM reported_row r JOIN submission s ON s.id = r.submission_id
				WHERE s.unit = :unit AND r.code = :code AND s.outcome = 'ACCEPTED' AND s.current_version
				  AND s.period > :period AND s.period <= :yearEnd AND r.cumulative_done IS NOT NULL
				ORDER BY s.period LIMIT 1""")
			.param("unit", unit)
			.param("code", code)
			.param("period", period.toString())
			.param("yearEnd", YearMonth.of(period.getYear(), 12).toString())
			.query((rs, n) -> new Prior(YearMonth.parse(rs.getString(1)), rs.getBigDecimal(2)))
			.optional();
	}

}
