package cn.minsheng.rollup.report;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.minsheng.rollup.ledger.MemoryLedger;

class JdbcSummarySourceTest {

	private static final YearMonth NOVEMBER = YearMonth.of(2023, 11);

	private JdbcClient jdbc;

	private JdbcSummarySource source;

	@BeforeEach
	void migrateAFreshLedger() {
		this.jdbc = JdbcClient.create(MemoryLedger.migrated());
		this.source = new JdbcSummarySource(this.jdbc);
	}

	private long submission(String unit, String period, String outcome, Integer version, boolean current,
			Boolean late, String reason, String fileName, String receivedAt) {
		this.jdbc.sql("""
				INSERT INTO submission (file_name, source_path, sha256, size_bytes, received_at, picked_up_at, state,
					outcome, reason, unit, period, version, current_version, late)
				VALUES (:file, :file, :sha, 100, :received, :received, 'PLACED', :outcome, :reason, :unit, :period,
					:version, :current, :late)""")
			.param("file", fileName)
			.param("sha", "0".repeat(64))
			.param("received", java.sql.Timestamp.valueOf(receivedAt))
			.param("outcome", outcome)
			.param("reason", reason)
			.param("unit", unit)
			.param("period", period)
			.param("version", version)
			.param("current", current)
			.param("late", late)
			.update();
		return this.jdbc.sql("SELECT MAX(id) FROM submission").query(Long.class).single();
	}

	private void row(long submission, String code, String cumulative, String problems) {
		this.jdbc.sql("""
				INSERT INTO reported_row (submission_id, code, row_number, cumulative_done, status, online_accepted,
					start_date, problems)
				VALUES (?, ?, 7, ?, '在建', TRUE, DATE '2023-03-01', ?)""")
			.params(submission, code, new java.math.BigDecimal(cumulative), problems)
			.update();
	}

	private void violation(long submission, String rule, String severity, String cell) {
		this.jdbc.sql("INSERT INTO violation (submission_id, rule_code, severity, sheet, cell_ref, message) "
				+ "VALUES (?, ?, ?, '月报表', ?, '提醒内容')")
			.params(submission, rule, severity, cell)
			.update();
	}

	@Test
	void readsOnlyTheAcceptedVersionInForceForEachUnitAndMonth() {
		// given: 县人社局 corrected its November form; version 1 is superseded
		long v1 = submission("县人社局", "2023-11", "ACCEPTED", 1, false, false, null, "人社-v1.xlsx",
				"2023-11-25 09:00:00");
		long v2 = submission("县人社局", "2023-11", "ACCEPTED", 2, true, true, null, "人社-v2.xlsx",
				"2023-11-30 09:00:00");
		long october = submission("县人社局", "2023-10", "ACCEPTED", 1, true, false, null, "人社-10.xlsx",
				"2023-10-25 09:00:00");
		long lastYear = submission("县人社局", "2022-12", "ACCEPTED", 1, true, false, null, "old.xlsx",
				"2022-12-25 09:00:00");
		row(v1, "S01-1", "5000", null);
		row(v2, "S01-1", "5200", "=SUM(A1)");
		row(october, "S01-1", "4800", null);
		row(lastYear, "S01-1", "6400", null);

		// when
		PeriodData data = this.source.load(NOVEMBER);

		// then
		assertThat(data.rows()).extracting(UnitRow::month, (r) -> r.row().cumulativeDone().intValue())
			.containsExactly(tuple(YearMonth.of(2023, 10), 4800),
					tuple(NOVEMBER, 5200));
		UnitRow november = data.rows().get(1);
		assertThat(november.unit()).isEqualTo("县人社局");
		assertThat(november.row().problems()).isEqualTo("=SUM(A1)");
		assertThat(november.row().onlineAccepted()).isTrue();
		assertThat(november.row().offlineAccepted()).isNull();
		assertThat(november.row().startDate()).isEqualTo(LocalDate.of(2023, 3, 1));
		// the correction came late, but the unit's first accepted form was on time
		assertThat(data.submissions()).containsExactly(
				new UnitSubmission("县人社局", SubmissionStatus.ON_TIME, null, "人社-v2.xlsx", 2));
	}

	@Test
	void tellsLateRejectedAndUnitsThatOnlyHadTheirFilesRefused() {
		submission("县医保局", "2023-11", "ACCEPTED", 1, true, true, null, "医保.xlsx", "2023-12-02 09:00:00");
		submission("县民政局", "2023-11", "REJECTED", null, false, null, "表头被修改", "民政-1.xlsx",
				"2023-11-20 09:00:00");
		submission("县民政局", "2023-11", "REJECTED", null, false, null, "累计完成小于上月", "民政-2.xlsx",
				"2023-11-22 09:00:00");
		submission("县残联", "2023-11", "REJECTED", null, false, null, "文件损坏", "残联.xlsx", "2023-11-20 09:00:00");
		submission("县残联", "2023-11", "ACCEPTED", 1, true, false, null, "残联-2.xlsx", "2023-11-21 09:00:00");
		submission("县水利局", "2023-11", "DUPLICATE", null, false, null, "重复", "水利.xlsx", "2023-11-21 09:00:00");

		PeriodData data = this.source.load(NOVEMBER);

		assertThat(data.submissions()).containsExactlyInAnyOrder(
				new UnitSubmission("县医保局", SubmissionStatus.LATE, null, "医保.xlsx", 1),
				new UnitSubmission("县民政局", SubmissionStatus.REJECTED, "累计完成小于上月", "民政-2.xlsx", null),
				new UnitSubmission("县残联", SubmissionStatus.ON_TIME, null, "残联-2.xlsx", 1));
	}

	@Test
	void readsTheWarningsOfTheFormsInForceOnly() {
		long superseded = submission("县人社局", "2023-11", "ACCEPTED", 1, false, false, null, "v1.xlsx",
				"2023-11-25 09:00:00");
		long current = submission("县人社局", "2023-11", "ACCEPTED", 2, true, false, null, "v2.xlsx",
				"2023-11-26 09:00:00");
		long rejected = submission("县民政局", "2023-11", "REJECTED", null, false, null, "错误", "m.xlsx",
				"2023-11-26 09:00:00");
		violation(superseded, "V301", "WARNING", "J7");
		violation(current, "V302", "WARNING", "K8");
		violation(current, "V303", "ERROR", "K9");
		violation(rejected, "V304", "WARNING", "K10");

		PeriodData data = this.source.load(NOVEMBER);

		assertThat(data.warnings())
			.containsExactly(new QualityWarning("县人社局", "V302", "月报表", "K8", "提醒内容"));
	}

	@Test
	void givesNothingForAnEmptyLedger() {
		PeriodData data = this.source.load(NOVEMBER);

		assertThat(data.period()).isEqualTo(NOVEMBER);
		assertThat(data.submissions()).isEmpty();
		assertThat(data.rows()).isEmpty();
		assertThat(data.warnings()).isEmpty();
	}

}
