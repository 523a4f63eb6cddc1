package cn.minsheng.rollup.yearend;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.ledger.LedgerPaths;
import cn.minsheng.rollup.ledger.StoredDistribution;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.validation.ReportedRow;

/**
 * Reads the year's accepted forms in force from the ledger, with their rows and the totals of their 项目分布清单.
 */
@Repository
public class YearLedger {

	private static final String FORMS = """
			SELECT id, unit, period, file_name, stored_path, version, sha256
			FROM submission
			WHERE outcome = 'ACCEPTED' AND current_version = TRUE AND period BETWEEN :first AND :last
			ORDER BY period, unit, id""";

	private static final String ROWS = """
			SELECT r.*
			FROM reported_row r JOIN submission s ON s.id = r.submission_id
			WHERE s.outcome = 'ACCEPTED' AND s.current_version = TRUE AND s.period BETWEEN :first AND :last
			ORDER BY r.submission_id, r.row_number, r.code""";

	private final JdbcClient jdbc;

	private final StoredDistribution lists;

	private final Path dataDir;

	public YearLedger(JdbcClient jdbc, StoredDistribution lists, RollupProperties properties) {
		this.jdbc = jdbc;
		this.lists = lists;
		// the ledger keeps originals relative to the data folder
		this.dataDir = properties.dataDir();
	}

	@Transactional(readOnly = true)
	public YearFigures load(Catalog catalog) {
		int year = catalog.year();
		Map<Long, List<ReportedRow>> rows = new LinkedHashMap<>();
		this.jdbc.sql(ROWS)
			.param("first", YearMonth.of(year, 1).toString())
			.param("last", YearMonth.of(year, 12).toString())
			.query((rs, n) -> rows.computeIfAbsent(rs.getLong("submission_id"), (id) -> new ArrayList<>())
				.add(reportedRow(rs)))
			.list();
		List<MonthForm> forms = this.jdbc.sql(FORMS)
			.param("first", YearMonth.of(year, 1).toString())
			.param("last", YearMonth.of(year, 12).toString())
			.query((rs, n) -> new MonthForm(rs.getString("unit"), YearMonth.parse(rs.getString("period").strip()),
					rs.getLong("id"), rs.getString("file_name"), absolute(rs.getString("stored_path")),
					rs.getObject("version", Integer.class) == null ? 1 : rs.getInt("version"), rs.getString("sha256"),
					rows.getOrDefault(rs.getLong("id"), List.of())))
			.list();
		return new YearFigures(catalog, forms);
	}

	/** The units with an accepted form in force for the month. */
	@Transactional(readOnly = true)
	public java.util.Set<String> unitsWithAcceptedForm(YearMonth period) {
		return new java.util.HashSet<>(this.jdbc.sql("SELECT DISTINCT unit FROM submission WHERE outcome = 'ACCEPTED' "
				+ "AND current_version = TRUE AND period = :period")
			.param("period", period.toString())
			.query(String.class)
			.list());
	}

	/** The totals of each form's 项目分布清单 by indicator code, for the forms in force of the year. */
	@Transactional(readOnly = true)
	public List<ListTotal> listTotals(int year) {
		List<Long> forms = this.jdbc.sql("SELECT id FROM submission WHERE outcome = 'ACCEPTED' AND current_version = TRUE "
				+ "AND period BETWEEN :first AND :last ORDER BY id")
			.param("first", YearMonth.of(year, 1).toString())
			.param("last", YearMonth.of(year, 12).toString())
			.query(Long.class)
			.list();
		return this.lists.totals(forms)
			.stream()
			.map((total) -> new ListTotal(total.submissionId(), total.code(), total.total(), (int) total.lines()))
			.toList();
	}

	private static final String UNIT_FORMS = """
			SELECT id, period, file_name FROM submission
			WHERE outcome = 'ACCEPTED' AND current_version = TRUE AND unit = :unit AND period BETWEEN :first AND :last
			ORDER BY period DESC, id""";

	/** Per code of the unit's lists, the latest accepted month whose list has lines for it; by code. */
	@Transactional(readOnly = true)
	public List<ListSource> listSources(String unit, int year) {
		record UnitForm(long id, YearMonth month, String fileName) {
		}
		List<UnitForm> forms = this.jdbc.sql(UNIT_FORMS)
			.param("unit", unit)
			.param("first", YearMonth.of(year, 1).toString())
			.param("last", YearMonth.of(year, 12).toString())
			.query((rs, n) -> new UnitForm(rs.getLong("id"), YearMonth.parse(rs.getString("period").strip()),
					rs.getString("file_name")))
			.list();
		// latest month first: a code's source is the first form whose list has it; by code, as SQL ordered them
		Map<String, ListSource> latest = new TreeMap<>();
		for (UnitForm form : forms) {
			for (StoredDistribution.CodeTotal total : this.lists.totals(List.of(form.id()))) {
				latest.putIfAbsent(total.code(), new ListSource(total.code(), form.id(), form.month(), form.fileName(),
						(int) total.lines()));
			}
		}
		return List.copyOf(latest.values());
	}

	/** Streams the lines of one form's list for one code, in sheet order, without holding them. */
	@Transactional(readOnly = true)
	public void streamList(ListSource source, java.util.function.Consumer<ListLine> consumer) {
		this.lists.forEachOfCode(source.submissionId(), source.code(),
				(line) -> consumer.accept(new ListLine(line.rowNumber(), line.code(), line.town(), line.site(),
						line.quantity(), line.doneDate(), line.remarks())));
	}

	static ReportedRow reportedRow(ResultSet rs) throws SQLException {
		return new ReportedRow(rs.getInt("row_number"), rs.getString("code"), rs.getBigDecimal("month_done"),
				rs.getBigDecimal("cumulative_done"), rs.getBigDecimal("completion_rate"), rs.getString("status"),
				rs.getBigDecimal("funds_in_place"), rs.getBigDecimal("investment_done"),
				rs.getObject("online_accepted", Boolean.class), rs.getObject("offline_accepted", Boolean.class),
				rs.getObject("start_date", LocalDate.class), rs.getObject("finish_date", LocalDate.class),
				rs.getString("problems"), rs.getString("next_steps"), rs.getString("remarks"));
	}

	/** One form's 项目分布清单 total for one indicator. */
	public record ListTotal(long submissionId, String code, java.math.BigDecimal total, int lines) {
	}

	/** The original's path as a file of this data folder, for the readers of these rows. */
	private String absolute(String stored) {
		Path file = LedgerPaths.file(this.dataDir, stored);
		return file == null ? null : file.toString();
	}

}
