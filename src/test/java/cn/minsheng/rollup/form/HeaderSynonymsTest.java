package cn.minsheng.rollup.form;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The table of header variants (header-synonyms.txt): each way of writing below names its column, every line of the
 * table is exercised by one of them, and headers that name no column, or another one, are not taken.
 */
class HeaderSynonymsTest {

	static final String[][] EXAMPLES = { { "1-11月累计完成", "CUMULATIVE_DONE" }, { "截至本月累计完成", "CUMULATIVE_DONE" },
			{ "11月完成", "MONTH_DONE" }, { "本月完成数", "MONTH_DONE" }, { "累计完成（人）", "CUMULATIVE_DONE" },
			{ "1～11月份累计完成", "CUMULATIVE_DONE" }, { "截止本月累计完成", "CUMULATIVE_DONE" },
			{ "截至11月底累计完成", "CUMULATIVE_DONE" }, { "截至10月累计完成", "CUMULATIVE_DONE" },
			{ "截止11月底累计完成", "CUMULATIVE_DONE" }, { "截止11月累计完成（户）", "CUMULATIVE_DONE" },
			{ "累计完成情况", "CUMULATIVE_DONE" }, { "年度累计完成", "CUMULATIVE_DONE" }, { "11月份完成", "MONTH_DONE" },
			{ "11月完成数", "MONTH_DONE" }, { "11月新增", "MONTH_DONE" }, { "本月新增（个）", "MONTH_DONE" },
			{ "本月进度", "MONTH_DONE" }, { "完成进度(%)", "COMPLETION_RATE" }, { "累计完成率", "COMPLETION_RATE" },
			{ "完成年度目标比例", "COMPLETION_RATE" }, { "资金到位（万元）", "FUNDS_IN_PLACE" },
			{ "到位资金累计", "FUNDS_IN_PLACE" }, { "累计完成投资额（万元）", "INVESTMENT_DONE" },
			{ "已完成投资", "INVESTMENT_DONE" }, { "项目进展状态", "STATUS" }, { "实施状态", "STATUS" },
			{ "开工日期（年月日）", "START_DATE" }, { "完工日期(预计)", "FINISH_DATE" },
			{ "线上验收（是/否）", "ONLINE_ACCEPTED" }, { "本 月\n完成*", "MONTH_DONE" } };

	@Test
	void eachWayOfWritingNamesItsColumn() {
		for (String[] example : EXAMPLES) {
			assertThat(named(example[0])).as(example[0]).contains(FormColumn.valueOf(example[1]));
		}
	}

	@Test
	void everyLineOfTheTableHasAnExample() {
		for (HeaderSynonyms.Synonym synonym : HeaderSynonyms.table()) {
			assertThat(Arrays.stream(EXAMPLES).map((e) -> HeaderText.normalize(e[0])))
				.as("an example for %s", synonym.pattern())
				.anyMatch((e) -> synonym.pattern().matcher(e).matches());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "累计完成投资进度", "完成情况说明", "12月计划", "上月累计完成", "累计完成投资率", "本年计划完成" })
	void headersThatNameNoFormColumnAreNotTaken(String header) {
		assertThat(named(header)).as(header).isNotIn(Optional.of(FormColumn.CUMULATIVE_DONE),
				Optional.of(FormColumn.MONTH_DONE));
	}

	@ParameterizedTest
	@CsvSource({ "累计完成投资(万元), INVESTMENT_DONE", "计划投资(万元), PLANNED_FUNDS", "累计到位资金（万元）, FUNDS_IN_PLACE" })
	void aNoteNeverMovesAHeaderToAnotherColumn(String header, FormColumn column) {
		assertThat(named(header)).contains(column);
	}

	private static Optional<FormColumn> named(String header) {
		String normalized = HeaderText.normalize(header);
		return Arrays.stream(FormColumn.values()).filter((c) -> c.matches(normalized)).findFirst();
	}

}
