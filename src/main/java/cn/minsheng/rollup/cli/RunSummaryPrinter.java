package cn.minsheng.rollup.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.intake.Correction;
import cn.minsheng.rollup.job.NightlyReports;
import cn.minsheng.rollup.job.RunNotes;
import cn.minsheng.rollup.ledger.Outcome;
import cn.minsheng.rollup.ledger.Submission;
import cn.minsheng.rollup.report.RunFiles;
import cn.minsheng.rollup.system.RollupProperties;

/**
 * What the terminal shows after a run: the files of this run by outcome, and where to look next.
 */
@Component
class RunSummaryPrinter {

	private final NightlyReports reports;

	private final RollupProperties properties;

	private final RunNotes notes;

	RunSummaryPrinter(NightlyReports reports, RollupProperties properties, RunNotes notes) {
		this.reports = reports;
		this.properties = properties;
		this.notes = notes;
	}

	void print(JobExecution execution, PrintStream out) {
		long runId = execution.getJobInstance().getInstanceId();
		// a completed run ended with its reports step, which read its files: the run report's figures, not a new read
		RunFiles run = (execution.getStatus() == BatchStatus.COMPLETED ? this.reports.lastRun(runId)
				: Optional.<RunFiles>empty()).orElseGet(() -> this.reports.runFiles(runId));
		List<Submission> files = run.files();
		out.println("本次运行（第 " + runId + " 次）共处理文件 " + files.size() + " 个：已接收 " + run.count(Outcome.ACCEPTED)
				+ "，已退回 " + run.count(Outcome.REJECTED) + "，重复报送 " + run.count(Outcome.DUPLICATE) + "。");
		for (Submission s : files) {
			if (s.outcome() != null && s.outcome() != Outcome.ACCEPTED) {
				out.println("  - " + s.sourcePath() + "：" + s.outcome().label() + "，" + s.reason());
			}
			else if (s.outcome() == Outcome.ACCEPTED && s.reason() != null && s.reason().contains(Correction.MARK)) {
				// a changed earlier month alters a summary that may already have been used: never only in the report
				out.println("  - " + s.sourcePath() + "：" + s.unit() + " "
						+ s.reason().substring(s.reason().indexOf(Correction.MARK)));
			}
		}
		for (String note : this.notes.list()) {
			out.println("  ! " + note);
		}
		Path report = this.properties.reportsDir().resolve("运行报告-第" + runId + "次.xlsx");
		if (!files.isEmpty() && Files.exists(report)) {
			out.println("运行报告：" + report.toAbsolutePath().normalize());
			out.println("汇总表文件夹：" + this.properties.outputDir().resolve("summary").toAbsolutePath().normalize());
		}
		if (execution.getStatus() == BatchStatus.COMPLETED) {
			out.println("运行完成。");
		}
		else {
			out.println("运行未完成（" + execution.getStatus() + "），下次运行会接着完成；详情见日志。");
		}
	}

}
