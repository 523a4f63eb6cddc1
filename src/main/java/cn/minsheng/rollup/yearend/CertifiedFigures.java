package cn.minsheng.rollup.yearend;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import cn.minsheng.rollup.ledger.LedgerPaths;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * The certified figures (V7) of the returned 评估认定表: stored while the return is read, under its submission; the
 * latest accepted return of a unit's year is in force, earlier ones stay.
 */
@Repository
public class CertifiedFigures {

	private static final String IN_FORCE = """
			SELECT c.*, s.file_name, s.stored_path
			FROM certified_figure c JOIN submission s ON s.id = c.submission_id
			WHERE c.record_year = :year AND s.outcome = 'ACCEPTED'
				AND c.submission_id = (SELECT MAX(c2.submission_id) FROM certified_figure c2
					JOIN submission s2 ON s2.id = c2.submission_id
					WHERE c2.record_year = c.record_year AND c2.unit = c.unit AND s2.outcome = 'ACCEPTED')
			ORDER BY c.unit, c.row_number""";

	private final JdbcClient jdbc;

	private final Path dataDir;

	public CertifiedFigures(JdbcClient jdbc, RollupProperties properties) {
		this.jdbc = jdbc;
		// the ledger keeps originals relative to the data folder
		this.dataDir = properties.dataDir();
	}

	/** Replaces what a submission's return holds (what an interrupted reading left goes first). */
	@Transactional
	void store(long submissionId, int year, List<CertifiedFigure> figures, LocalDateTime at) {
		this.jdbc.sql("DELETE FROM certified_figure WHERE submission_id = :id").param("id", submissionId).update();
		for (CertifiedFigure figure : figures) {
			this.jdbc.sql("""
					INSERT INTO certified_figure (submission_id, record_year, unit, code, row_number, reported,
						certified, remarks, recorded_at)
					VALUES (:id, :year, :unit, :code, :row, :reported, :certified, :remarks, :at)""")
				.param("id", submissionId)
				.param("year", year)
				.param("unit", figure.unit())
				.param("code", figure.code())
				.param("row", figure.rowNumber())
				.param("reported", figure.reported())
				.param("certified", figure.certified())
				.param("remarks", figure.remarks())
				.param("at", Timestamp.valueOf(at))
				.update();
		}
	}

	/** The returns in force of a year, by unit: the file's name and its figures. */
	@Transactional(readOnly = true)
	Map<String, Return> inForce(int year) {
		Map<String, Return> returns = new LinkedHashMap<>();
		this.jdbc.sql(IN_FORCE).param("year", year).query((rs, n) -> {
			String unit = rs.getString("unit");
			CertifiedFigure figure = new CertifiedFigure(unit, rs.getString("code"), rs.getInt("row_number"),
					rs.getBigDecimal("reported"), rs.getBigDecimal("certified"), rs.getString("remarks"));
			long submission = rs.getLong("submission_id");
			String file = rs.getString("file_name");
			String stored = absolute(rs.getString("stored_path"));
			returns.computeIfAbsent(unit, (u) -> new Return(submission, file, stored)).figures().add(figure);
			return figure;
		}).list();
		return returns;
	}

	/**
	 * A unit's return in force.
	 * @param storedPath where the returned original is kept (the archive)
	 */
	record Return(long submissionId, String fileName, String storedPath, List<CertifiedFigure> figures) {

		Return(long submissionId, String fileName, String storedPath) {
			this(submissionId, fileName, storedPath, new java.util.ArrayList<>());
		}

	}

	/** The original's path as a file of this data folder, for the readers of these rows. */
	private String absolute(String stored) {
		Path file = LedgerPaths.file(this.dataDir, stored);
		return file == null ? null : file.toString();
	}

}
