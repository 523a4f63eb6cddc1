package cn.minsheng.rollup.ledger;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import cn.minsheng.rollup.validation.ReportedRow;

/**
 * The accepted figures in force for a unit's months: what a newly accepted form of an earlier month corrects.
 */
@Repository
public class AcceptedRows {

	private final JdbcClient jdbc;

	public AcceptedRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The newest month of the year for which the unit has an accepted form. */
	public Optional<YearMonth> newestMonth(String unit, int year) {
		return this.jdbc.sql("SELECT MAX(period) FROM submission WHERE unit = :unit AND outcome = 'ACCEPTED' "
				+ "AND current_version AND period >= :first AND period <= :last")
			.param("unit", unit)
			.param("first", YearMonth.of(year, 1).toString())
			.param("last", YearMonth.of(year, 12).toString())
			.query(String.class)
			.optional()
			.map(YearMonth::parse);
	}

	/** The latest month before {@code period}, in its year, for which the unit has an accepted form. */
	public Optional<YearMonth> latestBefore(String unit, YearMonth period) {
		return this.jdbc.sql("SELECT MAX(period) FROM submission WHERE unit = :unit AND outcome = 'ACCEPTED' "
				+ "AND current_version AND period < :period AND period >= :first")
			.param("unit", unit)
			.param("period", period.toString())
			.param("first", YearMonth.of(period.getYear(), 1).toString())
			.query(String.class)
			.optional()
			.map(YearMonth::parse);
	}

	/** The rows of the unit's accepted form in force for the month, by indicator code; empty when there is none. */
	public Map<String, ReportedRow> inForce(String unit, YearMonth period) {
		Map<String, ReportedRow> rows = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT r.* FROM reported_row r JOIN submission s ON s.id = r.submission_id
				WHERE s.unit = :unit AND s.period = :period AND s.outcome = 'ACCEPTED' AND s.current_version
				ORDER BY r.row_number""")
			.param("unit", unit)
			.param("period", period.toString())
			.query((rs, n) -> row(rs))
			.list()
			.forEach((row) -> rows.put(row.code(), row));
		return rows;
	}

	private static ReportedRow row(ResultSet rs) throws SQLException {
		Date start = rs.getDate("start_date");
		Date finish = rs.getDate("finish_date");
		return new ReportedRow(rs.getInt("row_number"), rs.getString("code"), rs.getBigDecimal("month_done"),
				rs.getBigDecimal("cumulative_done"), rs.getBigDecimal("completion_rate"), rs.getString("status"),
				rs.getBigDecimal("funds_in_place"), rs.getBigDecimal("investment_done"),
				(Boolean) rs.getObject("online_accepted"), (Boolean) rs.getObject("offline_accepted"),
				start == null ? null : start.toLocalDate(), finish == null ? null : finish.toLocalDate(),
				rs.getString("problems"), rs.getString("next_steps"), rs.getString("remarks"));
	}

}
