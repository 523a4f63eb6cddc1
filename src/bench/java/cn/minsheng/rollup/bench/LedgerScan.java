package cn.minsheng.rollup.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The floor of the summary workload, in its own JVM: opens the ledger and reads every accepted row of the year with
 * plain JDBC, touching each column, and nothing else. Arguments: data folder, year; prints {@code rows=N}.
 */
public final class LedgerScan {

	private LedgerScan() {
	}

	public static void main(String[] args) throws Exception {
		Class.forName("org.h2.Driver");
		String url = "jdbc:h2:file:" + Path.of(args[0]).toAbsolutePath().resolve("ledger") + ";IFEXISTS=TRUE";
		long rows = 0;
		long touched = 0;
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				PreparedStatement ps = connection.prepareStatement("SELECT s.period, s.unit, r.* FROM reported_row r "
						+ "JOIN submission s ON s.id = r.submission_id WHERE s.outcome = 'ACCEPTED' AND s.current_version "
						+ "AND s.period BETWEEN ? AND ? ORDER BY s.period, s.unit, r.row_number, r.code")) {
			ps.setString(1, args[1] + "-01");
			ps.setString(2, args[1] + "-12");
			try (ResultSet rs = ps.executeQuery()) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					rows++;
					for (int c = 1; c <= columns; c++) {
						touched += rs.getObject(c) == null ? 0 : 1;
					}
				}
			}
		}
		System.out.println("rows=" + rows + " values=" + touched);
	}

}
