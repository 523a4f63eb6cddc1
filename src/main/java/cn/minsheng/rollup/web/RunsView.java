package cn.minsheng.rollup.web;

import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.ledger.LedgerStatus.RunRecord;
import cn.minsheng.rollup.ledger.LedgerStatus;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.system.RunLock;

/**
 * The runs as the start page shows them: the last few with their results, the one going on, the next scheduled one.
 */
@Component
class RunsView {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final LedgerStatus ledger;

	private final RunNow runNow;

	private final RollupProperties properties;

	private final Clock clock;

	private final String cron;

	RunsView(LedgerStatus ledger, RunNow runNow, RollupProperties properties, Clock clock,
			@Value("${rollup.schedule.cron:0 0 2 * * *}") String cron) {
		this.ledger = ledger;
		this.runNow = runNow;
		this.properties = properties;
		this.clock = clock;
		this.cron = cron;
	}

	List<RunLine> last(int count) {
		return this.ledger.lastRuns(count).stream().map(this::line).toList();
	}

	/** The next run of {@code serve}'s schedule, e.g. 2023-12-02 02:00. */
	String nextScheduled() {
		try {
			ZonedDateTime next = CronExpression.parse(this.cron).next(ZonedDateTime.now(this.clock));
			return next == null ? "—" : next.format(TIME);
		}
		catch (IllegalArgumentException ex) {
			return "—";
		}
	}

	/** What is running now: a run started from this page, or another process holding the run lock. */
	Optional<String> running() {
		return this.runNow.running()
			.map((since) -> "网页启动的运行（开始于 " + since.format(TIME) + "）")
			.or(() -> RunLock.activeHolder(this.properties.dataDir()));
	}

	private RunLine line(RunRecord run) {
		return new RunLine(run.runId(), text(run.started()), text(run.ended()), statusLabel(run.status()), run.files(),
				run.accepted(), run.notAccepted());
	}

	/** The job repository keeps the server's local time; the page shows the office's (rollup.zone), as the schedule. */
	private String text(java.time.LocalDateTime time) {
		return time == null ? "—"
				: time.atZone(ZoneId.systemDefault()).withZoneSameInstant(this.properties.zone()).format(TIME);
	}

	private static String statusLabel(String status) {
		return switch (status) {
			case "COMPLETED" -> "成功";
			case "FAILED" -> "失败";
			case "STARTED", "STARTING" -> "运行中或已中断";
			case "STOPPED", "ABANDONED" -> "已停止";
			default -> status;
		};
	}

	/** One run as a line of the table. */
	record RunLine(long runId, String started, String ended, String status, int files, int accepted,
			int notAccepted) {
	}

}
