package cn.minsheng.rollup.dispatch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The ledger's record of the dispatch documents: the bulletin number of each month and the register of supervision
 * letters. A number or serial once given stays with its month or its unit's month.
 */
@Repository
public class DispatchRegister {

	private final JdbcClient jdbc;

	public DispatchRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The bulletin of a month as numbered. */
	public record BulletinRecord(YearMonth period, int number, LocalDate signedOn, String file,
			LocalDateTime writtenAt) {
	}

	/**
	 * One entry of the register of supervision letters.
	 * @param indicators the codes the letter names
	 * @param withdrawn whether a later redraft of the month no longer draws the letter
	 */
	public record LetterRecord(String serial, int year, int number, String unit, YearMonth period,
			List<String> indicators, LocalDate signedOn, LocalDate deadline, String file, LocalDateTime writtenAt,
			boolean withdrawn) {

		public LetterRecord {
			indicators = List.copyOf(indicators);
		}

	}

	public Optional<BulletinRecord> bulletin(YearMonth period) {
		return this.jdbc.sql("SELECT period, number, signed_on, file, written_at FROM bulletin WHERE period = :period")
			.param("period", period.toString())
			.query((rs, n) -> new BulletinRecord(YearMonth.parse(rs.getString(1)), rs.getInt(2),
					rs.getDate(3).toLocalDate(), rs.getString(4), rs.getTimestamp(5).toLocalDateTime()))
			.optional();
	}

	/** The month of the latest bulletin numbered; empty when none was. */
	public Optional<YearMonth> latestBulletinPeriod() {
		return this.jdbc.sql("SELECT period FROM bulletin ORDER BY period DESC LIMIT 1")
			.query(String.class)
			.optional()
			.map(YearMonth::parse);
	}

	/** The next bulletin number of a year: one after the last, and at least {@code start}. */
	int nextBulletinNumber(int year, int start) {
		int last = this.jdbc.sql("SELECT COALESCE(MAX(number), 0) FROM bulletin WHERE bulletin_year = :year")
			.param("year", year)
			.query(Integer.class)
			.single();
		return Math.max(start, last + 1);
	}

	/** Records a newly numbered bulletin, or the redraft of one already numbered. */
	void saveBulletin(YearMonth period, int number, LocalDate signedOn, String file, LocalDateTime at) {
		int updated = this.jdbc.sql("UPDATE bulletin SET file = :file, rewritten_at = :at WHERE period = :period")
			.param("file", file)
			.param("at", Timestamp.valueOf(at))
			.param("period", period.toString())
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO bulletin (period, bulletin_year, number, signed_on, file, written_at)
					VALUES (:period, :year, :number, :signed, :file, :at)""")
				.param("period", period.toString())
				.param("year", period.getYear())
				.param("number", number)
				.param("signed", java.sql.Date.valueOf(signedOn))
				.param("file", file)
				.param("at", Timestamp.valueOf(at))
				.update();
		}
	}

	/** The letters of a month, withdrawn ones included, by serial. */
	public List<LetterRecord> letters(YearMonth period) {
		return this.jdbc.sql("SELECT * FROM supervision_letter WHERE period = :period ORDER BY serial_year, serial_no")
			.param("period", period.toString())
			.query(DispatchRegister::letter)
			.list();
	}

	/** The whole register, by serial. */
	public List<LetterRecord> letters() {
		return this.jdbc.sql("SELECT * FROM supervision_letter ORDER BY serial_year, serial_no")
			.query(DispatchRegister::letter)
			.list();
	}

	/** The next letter number of a year: one after the last, and at least {@code start}. */
	int nextLetterNumber(int year, int start) {
		int last = this.jdbc.sql("SELECT COALESCE(MAX(serial_no), 0) FROM supervision_letter WHERE serial_year = :year")
			.param("year", year)
			.query(Integer.class)
			.single();
		return Math.max(start, last + 1);
	}

	/** Records a new letter, or the redraft of one registered (which also reinstates a withdrawn one). */
	void saveLetter(LetterRecord letter, LocalDateTime at) {
		int updated = this.jdbc.sql("""
				UPDATE supervision_letter SET indicators = :indicators, file = :file, rewritten_at = :at,
					withdrawn_at = NULL
				WHERE serial = :serial""")
			.param("indicators", String.join("、", letter.indicators()))
			.param("file", letter.file())
			.param("at", Timestamp.valueOf(at))
			.param("serial", letter.serial())
			.update();
		if (updated == 0) {
			this.jdbc.sql("""
					INSERT INTO supervision_letter (serial, serial_year, serial_no, unit, period, indicators, signed_on,
						deadline, file, written_at)
					VALUES (:serial, :year, :number, :unit, :period, :indicators, :signed, :deadline, :file, :at)""")
				.param("serial", letter.serial())
				.param("year", letter.year())
				.param("number", letter.number())
				.param("unit", letter.unit())
				.param("period", letter.period().toString())
				.param("indicators", String.join("、", letter.indicators()))
				.param("signed", java.sql.Date.valueOf(letter.signedOn()))
				.param("deadline", java.sql.Date.valueOf(letter.deadline()))
				.param("file", letter.file())
				.param("at", Timestamp.valueOf(at))
				.update();
		}
	}

	void withdrawLetter(String serial, LocalDateTime at) {
		this.jdbc.sql("UPDATE supervision_letter SET withdrawn_at = :at "
				+ "WHERE serial = :serial AND withdrawn_at IS NULL")
			.param("at", Timestamp.valueOf(at))
			.param("serial", serial)
			.update();
	}

	private static LetterRecord letter(ResultSet rs, int row) throws SQLException {
		String indicators = rs.getString("indicators");
		return new LetterRecord(rs.getString("serial"), rs.getInt("serial_year"), rs.getInt("serial_no"),
				rs.getString("unit"), YearMonth.parse(rs.getString("period")),
				indicators.isEmpty() ? List.of() : List.of(indicators.split("、")),
				rs.getDate("signed_on").toLocalDate(), rs.getDate("deadline").toLocalDate(), rs.getString("file"),
				rs.getTimestamp("written_at").toLocalDateTime(),
				rs.getTimestamp("withdrawn_at") != null);
	}

}
