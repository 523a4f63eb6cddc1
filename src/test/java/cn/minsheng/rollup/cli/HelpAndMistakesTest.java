package cn.minsheng.rollup.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.testing.SlowTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --help}, a command's help, an unknown command and a broken catalog, as a user meets them on the terminal.
 */
@SlowTest
class HelpAndMistakesTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(2);

	@TempDir
	Path dir;

	@Test
	void helpListsEveryCommandInChineseWithTheExitCodes() {
		RollupProcess.Finished help = RollupProcess.in(this.dir).run(TIMEOUT, "--help");

		assertThat(help.exitCode()).as(help.toString()).isZero();
		assertThat(help.output()).contains("用法：", "run", "serve", "status", "template", "summary", "reprocess",
				"sample",
				"立即运行一次夜间任务", "退出码：0 成功；1 运行失败（下次运行会接着完成）；2 参数或配置有误；3 已有任务在运行");
	}

	@Test
	void eachCommandExplainsItselfInChinese() {
		RollupProcess.Finished help = RollupProcess.in(this.dir).run(TIMEOUT, "reprocess", "--help");

		assertThat(help.exitCode()).as(help.toString()).isZero();
		assertThat(help.output()).contains("用法：java -jar target/minsheng-rollup.jar reprocess --period=2023-11",
				"原有记录全部保留", "退出码");
		assertThat(Files.exists(this.dir.resolve("data/archive"))).isFalse();
	}

	@Test
	void unknownCommandExitsWithTwoAndShowsTheCommands() {
		RollupProcess.Finished unknown = RollupProcess.in(this.dir).run(TIMEOUT, "rnu");

		assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(2);
		assertThat(unknown.output()).contains("未知命令「rnu」", "命令：", "summary");
	}

	@Test
	void brokenCatalogStopsTheRunWithTwoAndSaysWhatIsWrong() throws IOException {
		Path catalog = this.dir.resolve("坏的项目清单.xlsx");
		Files.writeString(catalog, "这不是一个 Excel 文件");
		RollupProcess process = RollupProcess.in(this.dir);
		Files.createDirectories(process.input());

		RollupProcess.Finished run = process.run(TIMEOUT, "run", "--catalog=" + catalog);

		assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
		assertThat(run.output()).contains("项目清单");
		assertThat(run.output()).doesNotContain("运行完成");
	}

}
