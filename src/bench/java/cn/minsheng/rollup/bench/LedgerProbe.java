package cn.minsheng.rollup.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Looks into a ledger a finished run left behind (plain JDBC on the H2 file): when the first file was registered, what
 * was decided, and, for the summary workload, a whole year made from one decided month.
 */
final class LedgerProbe implements AutoCloseable {

	/** The zone the measured program runs in: rollup.zone's default, which the benchmark does not change. */
	private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");


	private final Connection connection;

	LedgerProbe(Path dataDir) throws SQLException {
		try {
			Class.forName("org.h2.Driver", true, Thread.currentThread().getContextClassLoader());
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("H2 driver missing from the jar", ex);
		}
		String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("ledger") + ";IFEXISTS=TRUE";
		this.connection = DriverManager.getConnection(url, "sa", "");
	}

	/**
	 * When the run registered its first file: the ledger's {@code picked_up_at}, in local time of the office's zone
	 * ({@code rollup.zone}, Asia/Shanghai by default), which the program makes its default zone.
	 */
	Optional<Instant> firstPickedUp() throws SQLException {
		try (Statement st = this.connection.createStatement();
				ResultSet rs = st.executeQuery("SELECT MIN(picked_up_at) FROM submission")) {
			rs.next();
			Timestamp first = rs.getTimestamp(1);
			return Optional.ofNullable(first).map((t) -> t.toLocalDateTime().atZone(OFFICE_ZONE).toInstant());
		}
	}

	/** Files per state and outcome, e.g. {@code PLACED/ACCEPTED=1008}. */
	Map<String, Integer> outcomes() throws SQLException {
		Map<String, Integer> counts = new LinkedHashMap<>();
		try (Statement st = this.connection.createStatement();
				ResultSet rs = st.executeQuery("SELECT state, outcome, COUNT(*) FROM submission GROUP BY state, outcome "
						+ "ORDER BY state, outcome")) {
			while (rs.next()) {
				counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getInt(3));
			}
		}
		return counts;
	}

	/**
	 * Copies the accepted submissions of {@code month} into every other month of its year, 累计完成 and 完成率 scaled by
	 * month, so the ledger holds a year of the same units. The copies are marked in their stored path.
	 * @return the reported rows the year now holds
	 */
	long fillYearFrom(YearMonth month) throws SQLException {
		for (int m = 1; m <= 12; m++) {
			if (m != month.getMonthValue()) {
				copyMonth(month, YearMonth.of(month.getYear(), m));
			}
		}
		try (Statement st = this.connection.createStatement()) {
			try (ResultSet rs = st.executeQuery("SELECT MAX(id) + 1 FROM submission")) {
				rs.next();
				st.execute("ALTER TABLE submission ALTER COLUMN id RESTART WITH " + rs.getLong(1));
			}
			try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM reported_row")) {
				rs.next();
				return rs.getLong(1);
			}
		}
	}

	private void copyMonth(YearMonth from, YearMonth to) throws SQLException {
		long offset = to.getMonthValue() * 1_000_000L;
		String submissions = """
				INSERT INTO submission (id, file_name, source_path, sha256, size_bytes, received_at, picked_up_at, run_id,
				  period_hint, attempts, state, outcome, unit, period, template_version, version, current_version, late,
				  warning_count, error_count, stored_path, reason)
				SELECT id + ?, file_name, source_path, sha256, size_bytes, received_at, picked_up_at, run_id, ?, attempts,
				  state, outcome, unit, ?, template_version, version, current_version, late, warning_count, error_count,
				  stored_path || '#bench-' || ?, reason
				FROM submission WHERE period = ? AND outcome = 'ACCEPTED'""";
		String rows = """
				INSERT INTO reported_row (submission_id, code, row_number, month_done, cumulative_done, completion_rate,
				  status, funds_in_place, investment_done, online_accepted, offline_accepted, start_date, finish_date,
				  problems, next_steps, remarks)
				SELECT r.submission_id + ?, r.code, r.row_number, r.month_done, r.cumulative_done * ? / ?,
				  r.completion_rate * ? / ?, r.status, r.funds_in_place, r.investment_done, r.online_accepted,
				  r.offline_accepted, r.start_date, r.finish_date, r.problems, r.next_steps, r.remarks
				FROM reported_row r JOIN submission s ON s.id = r.submission_id
				WHERE s.period = ? AND s.outcome = 'ACCEPTED'""";
		try (PreparedStatement ps = this.connection.prepareStatement(submissions)) {
			ps.setLong(1, offset);
			ps.setString(2, to.toString());
			ps.setString(3, to.toString());
			ps.setString(4, to.toString());
			ps.setString(5, from.toString());
			ps.executeUpdate();
		}
		try (PreparedStatement ps = this.connection.prepareStatement(rows)) {
			ps.setLong(1, offset);
			ps.setInt(2, to.getMonthValue());
			ps.setInt(3, from.getMonthValue());
			ps.setInt(4, to.getMonthValue());
			ps.setInt(5, from.getMonthValue());
			ps.setString(6, from.toString());
			ps.executeUpdate();
		}
	}

	@Override
	public void close() throws SQLException {
		this.connection.close();
	}

}
