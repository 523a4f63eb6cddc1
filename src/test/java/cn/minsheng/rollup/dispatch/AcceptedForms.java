package cn.minsheng.rollup.dispatch;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accepted forms written straight into the application's ledger, for the tests of what a night drafts from it: a
 * submission placed and accepted as the current version of its unit and month, and the rows it reported.
 */
final class AcceptedForms {

	/** Children first: a bulletin or a letter of a later month would keep an earlier one from drafting its own. */
	private static final List<String> TABLES = List.of("supervision_letter", "bulletin", "reported_row",
			"distribution_block", "violation", "submission");

	private final JdbcClient jdbc;

	private final Timestamp received;

	/** @param received when every form arrived */
	AcceptedForms(JdbcClient jdbc, LocalDateTime received) {
		this.jdbc = jdbc;
		this.received = Timestamp.valueOf(received);
	}

	/** Empties the ledger's submissions and the documents drafted from them. */
	void deleteAll() {
		for (String table : TABLES) {
			this.jdbc.sql("DELETE FROM " + table).update();
		}
	}

	/** A form of the unit and month accepted in the run, current and on time; returns its submission id. */
	long accepted(long run, String unit, String period, int version) {
		this.jdbc.sql("""
				INSERT INTO submission (file_name, source_path, sha256, size_bytes, received_at, picked_up_at, run_id,
					state, outcome, unit, period, version, current_version, late)
				VALUES (:file, :file, :sha, 100, :received, :received, :run, 'PLACED', 'ACCEPTED', :unit, :period,
					:version, TRUE, FALSE)""")
			.param("file", unit + "-" + period + "-v" + version + ".xlsx")
			.param("sha", Long.toString(run).repeat(64).substring(0, 64))
			.param("received", this.received)
			.param("run", run)
			.param("unit", unit)
			.param("period", period)
			.param("version", version)
			.update();
		return this.jdbc.sql("SELECT MAX(id) FROM submission").query(Long.class).single();
	}

	/** A row the form reported: the indicator's cumulative figure, 在建. */
	void row(long submission, String code, String cumulative) {
		this.jdbc.sql("""
				INSERT INTO reported_row (submission_id, code, row_number, cumulative_done, status)
				VALUES (?, ?, 7, ?, '在建')""")
			.params(submission, code, new BigDecimal(cumulative))
			.update();
	}

}
