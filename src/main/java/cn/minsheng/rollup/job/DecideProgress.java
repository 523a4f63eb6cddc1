package cn.minsheng.rollup.job;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Shows a long run's progress on the terminal: files decided out of those waiting, and rows stored per second (form
 * rows and 项目分布清单 rows), at most once per {@code rollup.console.progress-interval}, and a last line when the
 * files are all decided.
 */
@Component
public class DecideProgress implements StepExecutionListener, ItemWriteListener<AnalyzedSubmission> {

	private final JdbcClient jdbc;

	private final long intervalNanos;

	private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

	private long total;

	private long done;

	private long rows;

	/** Files decided since the last line, whose stored rows are not yet in {@link #rows}. */
	private final List<Long> uncounted = new ArrayList<>();

	private long startedAt;

	private long shownAt;

	public DecideProgress(JdbcClient jdbc, @Value("${rollup.console.progress-interval:5s}") Duration interval) {
		this.jdbc = jdbc;
		this.intervalNanos = interval.toNanos();
	}

	@Override
	public synchronized void beforeStep(StepExecution stepExecution) {
		this.total = this.jdbc.sql("SELECT COUNT(*) FROM submission WHERE state = 'PENDING'")
			.query(Long.class)
			.single();
		this.done = 0;
		this.rows = 0;
		this.uncounted.clear();
		this.startedAt = System.nanoTime();
		this.shownAt = this.startedAt;
		if (this.total > 0) {
			this.out.println("待处理文件 " + this.total + " 个，开始读取和校验……");
		}
	}

	@Override
	public synchronized void afterWrite(Chunk<? extends AnalyzedSubmission> chunk) {
		List<Long> ids = chunk.getItems().stream().map((item) -> item.submission().id()).toList();
		if (System.nanoTime() - this.shownAt < this.intervalNanos) {
			// no line is due: the rows are counted when one is (counting them for every chunk was a tenth of the
			// deciding thread's time in a province night)
			this.uncounted.addAll(ids);
			this.done += ids.size();
			return;
		}
		countUncounted();
		Map<Long, Long> stored = storedRows(ids);
		for (long id : ids) {
			// file by file, as decided: with a zero interval a line for every file
			this.done++;
			this.rows += stored.getOrDefault(id, 0L);
			long now = System.nanoTime();
			if (now - this.shownAt >= this.intervalNanos) {
				this.shownAt = now;
				this.out.println(line(now));
			}
		}
	}

	@Override
	public synchronized ExitStatus afterStep(StepExecution stepExecution) {
		if (this.done > 0) {
			countUncounted();
			this.out.println(line(System.nanoTime()) + "，读取校验完成");
		}
		return null;
	}

	/** The rows counted so far: form rows and 项目分布清单 rows of the files decided up to the last line. */
	synchronized long rowsCounted() {
		return this.rows;
	}

	/** 已处理 120/1000 个文件，约 350 行/秒. */
	private String line(long now) {
		double seconds = Math.max(0.001, (now - this.startedAt) / 1e9);
		long perSecond = Math.round(this.rows / seconds);
		return "已处理 " + this.done + "/" + Math.max(this.total, this.done) + " 个文件，约 " + perSecond + " 行/秒";
	}

	private void countUncounted() {
		for (int from = 0; from < this.uncounted.size(); from += 1000) {
			List<Long> part = this.uncounted.subList(from, Math.min(this.uncounted.size(), from + 1000));
			storedRows(part).values().forEach((n) -> this.rows += n);
		}
		this.uncounted.clear();
	}

	/** Form rows and 项目分布清单 rows each file stored: an accepted file keeps both, another neither. */
	private Map<Long, Long> storedRows(List<Long> submissionIds) {
		if (submissionIds.isEmpty()) {
			return Map.of();
		}
		return this.jdbc.sql("SELECT s.id, (SELECT COUNT(*) FROM reported_row r WHERE r.submission_id = s.id) "
				+ "+ (SELECT COALESCE(SUM(d.row_count), 0) FROM distribution_block d WHERE d.submission_id = s.id) "
				+ "FROM submission s WHERE s.id IN (:ids)")
			.param("ids", submissionIds)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

}
