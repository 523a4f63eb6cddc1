package cn.minsheng.rollup.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Stream;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import cn.minsheng.rollup.testing.SlowTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An office's month on the terminal, each step a real process: generate returns, run the night, look at the status,
 * rebuild a summary, validate a month again, hand out next month's blank forms.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SlowTest
class NightlyCommandsTest extends OfficeSteps {

	@Test
	@Order(1)
	void sampleWritesFilledFormsIntoTheInputFolder() throws IOException {
		RollupProcess.Finished sample = office().run(TIMEOUT, "sample", "--period=2023-10,2023-11", "--rows=20",
				"--mistake=县民政局:TEXT_IN_NUMBER_CELL");

		assertThat(sample.exitCode()).as(sample.toString()).isZero();
		assertThat(sample.output()).contains("已生成样例报表 28 个（其中 2 个含故意错误）", "2023-11/县民政局-2023年11月-月报表.xlsx",
				"故意错误");
		assertThat(office().input().resolve("2023-10/县人社局-2023年10月-月报表.xlsx")).isRegularFile();
		assertThat(filesUnder(office().input())).isEqualTo(28);
	}

	@Test
	@Order(2)
	void sampleRefusesAMonthOutsideTheCatalogYear() {
		RollupProcess.Finished sample = office().run(TIMEOUT, "sample", "--period=2024-01",
				"--dir=" + dir.resolve("x"));

		assertThat(sample.exitCode()).as(sample.toString()).isEqualTo(2);
		assertThat(sample.output()).contains("2024");
		assertThat(dir.resolve("x")).doesNotExist();
	}

	@Test
	@Order(3)
	void runTakesInTheFormsShowsProgressAndSaysWhatWasRejected() throws IOException {
		RollupProcess.Finished run = office().run(TIMEOUT, "run", "--rollup.console.progress-interval=0s");

		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(run.output()).contains("项目清单：2023 年", "待处理文件 28 个", "已处理 1/28 个文件，约 ", " 行/秒",
				"已处理 28/28 个文件", "本次运行（第 1 次）共处理文件 28 个：已接收 26，已退回 2，重复报送 0。", "县民政局-2023年10月-月报表.xlsx：已退回",
				"运行报告：" + office().output().resolve("reports/运行报告-第1次.xlsx"), "运行完成。");
		assertThat(filesUnder(office().input())).isZero();
		assertThat(filesUnder(office().data().resolve("archive"))).isEqualTo(26);
		assertThat(office().output().resolve("summary/湘潭县重点民生实事进展汇总表-2023年11月.xlsx")).isRegularFile();
		assertThat(office().output().resolve("reports/运行报告-第1次.xlsx")).isRegularFile();
		assertThat(office().data().resolve("logs/rollup.log")).content()
			.contains("intake.registered file=2023-10/县人社局-2023年10月-月报表.xlsx", "place.done");
	}

	@Test
	@Order(4)
	void statusShowsTheRunTheWaitingFilesAndWhoHasNotReported() throws IOException {
		Path waiting = office().input().resolve("2023-12/县残联-12月.xlsx");
		Files.createDirectories(waiting.getParent());
		Files.writeString(waiting, "还没处理");

		RollupProcess.Finished status = office().run(TIMEOUT, "status", "--period=2023-11");

		assertThat(status.exitCode()).as(status.toString()).isZero();
		assertThat(status.output()).contains("最近的运行（1 次）", "第 1 次", "成功", "文件 28 个（接收 26，未接收 2）",
				"等待处理的文件（1 个）", "2023-12/县残联-12月.xlsx", "2023年11月：已接收 13 个单位的报表；被退回待重报 1 个（县民政局）；未报送 0 个。");
		assertThat(status.output()).doesNotContain("当前正在运行的任务");
		Files.delete(waiting);
	}

	@Test
	@Order(5)
	void summaryRebuildsTheMonthFromTheLedger() throws IOException {
		Path summary = office().output().resolve("summary/湘潭县重点民生实事进展汇总表-2023年10月.xlsx");
		Files.delete(summary);

		RollupProcess.Finished rebuilt = office().run(TIMEOUT, "summary", "--period=2023-10");

		assertThat(rebuilt.exitCode()).as(rebuilt.toString()).isZero();
		assertThat(rebuilt.output()).contains("已生成 2023年10月 全县汇总表：", "责任单位 14 个：", "被退回 1，未报送 0。");
		assertThat(summary).isRegularFile();
	}

	@Test
	@Order(6)
	void summaryWithoutPeriodSaysHowToGiveOne() {
		RollupProcess.Finished summary = office().run(TIMEOUT, "summary");

		assertThat(summary.exitCode()).as(summary.toString()).isEqualTo(2);
		assertThat(summary.output()).contains("请用 --period=YYYY-MM 指定报送月份");
	}

	@Test
	@Order(7)
	void reprocessWithTheSameCatalogChangesNothing() throws SQLException {
		long before = count("SELECT COUNT(*) FROM submission");

		RollupProcess.Finished again = office().run(TIMEOUT, "reprocess", "--period=2023-11");

		assertThat(again.exitCode()).as(again.toString()).isZero();
		assertThat(again.output()).contains("已重新校验 2023年11月 报表 14 份：结果不变 13 份，仍未通过校验 1 份。",
				"县民政局「县民政局-2023年11月-月报表.xlsx」：仍未通过校验");
		assertThat(count("SELECT COUNT(*) FROM submission")).isEqualTo(before);
	}

	@Test
	@Order(8)
	void templateWritesOneBlankFormPerUnit() throws IOException {
		RollupProcess.Finished template = office().run(TIMEOUT, "template", "--period=2023-12");

		assertThat(template.exitCode()).as(template.toString()).isZero();
		assertThat(template.output()).contains("已生成 2023年12月 月报表模板 14 个", "县人社局-2023年12月-月报表.xlsx");
		assertThat(filesUnder(office().output().resolve("templates/2023-12"))).isEqualTo(14);
	}

	@Test
	@Order(9)
	void templateRefusesAMonthOfAnotherYear() {
		RollupProcess.Finished template = office().run(TIMEOUT, "template", "--period=2024-01");

		assertThat(template.exitCode()).as(template.toString()).isEqualTo(2);
		assertThat(template.output()).contains("没有 2024 年的项目清单");
	}

	private static long count(String sql) throws SQLException {
		String url = "jdbc:h2:file:" + office().data().resolve("ledger").toAbsolutePath() + ";AUTO_SERVER=TRUE";
		try (Connection connection = DriverManager.getConnection(url, "sa", "");
				ResultSet rs = connection.createStatement().executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static long filesUnder(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).filter((f) -> !f.toString().endsWith(".txt")).count();
		}
	}

}
