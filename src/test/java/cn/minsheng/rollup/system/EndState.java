package cn.minsheng.rollup.system;

import java.io.IOException;
import java.math.BigDecimal;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import cn.minsheng.rollup.cli.RollupProcess;
import cn.minsheng.rollup.ledger.StoredDistribution;

/**
 * What an office would check after a night, read from the folders and the ledger of a finished process: the ledger's
 * records and row counts, where every file is, and the values in the summary workbooks. Two runs that did the same
 * work have equal end states, whatever their database ids and folder names.
 *
 * @param submissions one line per ledger record: file, outcome, unit, month, version, where the original is kept
 * @param rows per record, its form rows, 项目分布清单 rows and findings
 * @param files every file under input, data/archive, data/rejected and output, relative, ids in names masked
 * @param summaryCells per summary workbook, every non-empty cell as {@code sheet!A1=value}
 */
record EndState(List<String> submissions, List<String> rows, List<String> files, Map<String, List<String>> summaryCells,
		long unplaced) {

	static EndState of(RollupProcess office) throws IOException, SQLException {
		Path data = office.data().toAbsolutePath();
		String url = "jdbc:h2:file:" + data.resolve("ledger") + ";AUTO_SERVER=TRUE";
		try (Connection ledger = DriverManager.getConnection(url, "sa", "")) {
			List<String> submissions = lines(ledger, """
					SELECT file_name, source_path, state, outcome, rejection_kind, unit, period, version,
					  current_version, late, warning_count, error_count, REPLACE(stored_path, '%s', '<data>') AS stored,
					  reason
					FROM submission ORDER BY source_path, version, outcome""".formatted(data));
			List<String> rows = recordRows(ledger);
			rows.addAll(lines(ledger, """
					SELECT 'total', (SELECT COUNT(*) FROM reported_row),
					  (SELECT COALESCE(SUM(row_count), 0) FROM distribution_block), (SELECT COUNT(*) FROM violation)"""));
			long unplaced = lines(ledger, "SELECT id FROM submission WHERE state <> 'PLACED'").size();
			return new EndState(submissions, rows, files(office), summaries(office.output().resolve("summary")),
					unplaced);
		}
	}

	/**
	 * Per record: its file, outcome, version, form rows, 项目分布清单 lines and the sum of their quantities (read
	 * from the stored blocks), the sum of its cumulative figures, its findings.
	 */
	private static List<String> recordRows(Connection ledger) throws SQLException {
		StoredDistribution lists = new StoredDistribution(new JdbcTemplate(new SingleConnectionDataSource(ledger, true)));
		List<String> rows = new ArrayList<>();
		try (ResultSet rs = ledger.createStatement().executeQuery("""
				SELECT s.id, s.source_path, s.outcome, s.version,
				  (SELECT COUNT(*) FROM reported_row r WHERE r.submission_id = s.id) AS form_rows,
				  (SELECT SUM(r.cumulative_done) FROM reported_row r WHERE r.submission_id = s.id) AS cumulative,
				  (SELECT COUNT(*) FROM violation v WHERE v.submission_id = s.id) AS findings
				FROM submission s ORDER BY s.source_path, s.version, s.outcome""")) {
			while (rs.next()) {
				long[] lines = { 0 };
				BigDecimal[] sum = { null };
				lists.forEach(rs.getLong(1), (line) -> {
					lines[0]++;
					if (line.quantity() != null) {
						sum[0] = sum[0] == null ? line.quantity() : sum[0].add(line.quantity());
					}
				});
				rows.add(String.join(" | ", rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
						Long.toString(lines[0]), sum[0] == null ? "null" : sum[0].toPlainString(), rs.getString(6),
						rs.getString(7)));
			}
		}
		return rows;
	}

	private static List<String> lines(Connection ledger, String sql) throws SQLException {
		List<String> lines = new ArrayList<>();
		try (ResultSet rs = ledger.createStatement().executeQuery(sql)) {
			ResultSetMetaData meta = rs.getMetaData();
			while (rs.next()) {
				StringBuilder line = new StringBuilder();
				for (int c = 1; c <= meta.getColumnCount(); c++) {
					line.append(c > 1 ? " | " : "").append(rs.getString(c));
				}
				lines.add(line.toString());
			}
		}
		return lines;
	}

	private static List<String> files(RollupProcess office) throws IOException {
		List<String> files = new ArrayList<>();
		for (Path root : List.of(office.input(), office.data().resolve("archive"), office.data().resolve("rejected"),
				office.output())) {
			if (!Files.isDirectory(root)) {
				continue;
			}
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter(Files::isRegularFile)
					.map((f) -> office.input().getParent().relativize(f).toString())
					.map((f) -> f.replaceAll("-问题反馈-\\d+\\.", "-问题反馈-<id>."))
					.forEach(files::add);
			}
		}
		files.sort(null);
		return files;
	}

	private static Map<String, List<String>> summaries(Path folder) throws IOException {
		Map<String, List<String>> cells = new TreeMap<>();
		if (!Files.isDirectory(folder)) {
			return cells;
		}
		try (Stream<Path> list = Files.list(folder)) {
			for (Path file : list.filter((f) -> f.toString().endsWith(".xlsx")).toList()) {
				cells.put(file.getFileName().toString(), cells(file));
			}
		}
		return cells;
	}

	private static List<String> cells(Path workbookFile) throws IOException {
		DataFormatter formatter = new DataFormatter();
		List<String> cells = new ArrayList<>();
		try (InputStream in = Files.newInputStream(workbookFile); Workbook workbook = WorkbookFactory.create(in)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						String value = formatter.formatCellValue(cell);
						if (!value.isEmpty()) {
							cells.add(sheet.getSheetName() + "!" + cell.getAddress() + "=" + value);
						}
					}
				}
			}
		}
		return cells;
	}

}
