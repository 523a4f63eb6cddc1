package cn.minsheng.rollup.cli;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import cn.minsheng.rollup.testing.SlowTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code yearend} as the office types it, each a real process: a mistyped or wrong year is refused with 2, a year
 * is written, and written again with nothing changed it rewrites nothing.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SlowTest
class YearendCommandTest extends OfficeSteps {

	@Test
	@Order(1)
	void aMistypedYearExitsWithTwoAndSaysHowToWriteIt() {
		RollupProcess.Finished run = office().run(TIMEOUT, "yearend", "--year=23");

		assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
		assertThat(run.output()).contains("年度「23」格式不对，应写作 --year=2023");
	}

	@Test
	@Order(2)
	void aYearWithoutACatalogExitsWithTwoAndSaysWhereToPutOne() {
		RollupProcess.Finished run = office().run(TIMEOUT, "yearend", "--year=2022");

		assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
		assertThat(run.output()).contains("没有 2022 年的项目清单", "2022-项目清单.xlsx");
		assertThat(office().output().resolve("yearend")).doesNotExist();
	}

	@Test
	@Order(3)
	void writesTheYearAndAgainWithNothingChangedRewritesNothing() {
		RollupProcess.Finished first = office().run(TIMEOUT, "yearend", "--year=2023");

		assertThat(first.exitCode()).as(first.toString()).isZero();
		assertThat(first.output()).contains("2023 年年终材料", "年度资金统计表-2023.xlsx", "指标 39 项");
		assertThat(office().output().resolve("yearend/2023/验收情况表-2023.xlsx")).isRegularFile();

		RollupProcess.Finished again = office().run(TIMEOUT, "yearend");

		assertThat(again.exitCode()).as(again.toString()).isZero();
		assertThat(again.output()).contains("年度资金统计表-2023.xlsx（内容未变，未重写）")
			.doesNotContainPattern("(?m)^  [^\\n]*\\.(xlsx|docx|html)$")
			.doesNotContainPattern("写入 [1-9]")
			.contains("台账资料/：写入 0 个文件");
	}

	@Test
	@Order(4)
	void helpExplainsTheCommandInChinese() {
		RollupProcess.Finished help = office().run(TIMEOUT, "yearend", "--help");

		assertThat(help.exitCode()).as(help.toString()).isZero();
		assertThat(help.output()).contains("用法：java -jar target/minsheng-rollup.jar yearend --year=2023",
				"验收记录-2023.xlsx", "退出码");
	}

}
