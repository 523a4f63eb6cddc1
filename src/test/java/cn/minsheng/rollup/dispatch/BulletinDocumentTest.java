package cn.minsheng.rollup.dispatch;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.progress.ProgressClass;
import cn.minsheng.rollup.progress.ProgressTally;
import cn.minsheng.rollup.report.CountySummary;
import cn.minsheng.rollup.report.IndicatorLine;
import cn.minsheng.rollup.report.LaggingLine;
import cn.minsheng.rollup.report.ScopeFigures;
import cn.minsheng.rollup.report.SubmissionStatus;
import cn.minsheng.rollup.report.UnitLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulletin read back from the .docx: every figure equals the county summary's of the same month.
 */
class BulletinDocumentTest {

	@TempDir
	Path dir;

	private DispatchHarness harness;

	private CountySummary summary;

	private DocxText bulletin;

	@BeforeEach
	void draftNovember() {
		this.harness = new DispatchHarness(this.dir);
		this.summary = this.harness.fixture.summary(DispatchFixture.NOVEMBER);
		DispatchService.DispatchOutcome outcome = this.harness.service().writeDocuments(DispatchFixture.NOVEMBER);
		assertThat(outcome.bulletin())
			.isEqualTo(this.dir.resolve("output/dispatch/2023-11/湘潭县重点民生实事工作情况通报（第1期）.docx"));
		this.bulletin = DocxText.read(outcome.bulletin());
	}

	@Test
	void opensWithTitleIssueNumberAndAddressee() {
		assertThat(this.bulletin.paragraphs()).startsWith("湘潭县重点民生实事工作情况通报", "（第1期）", "", "各县直责任单位：");
		assertThat(this.bulletin.paragraphs()).containsSubsequence("一、总体进展情况", "二、新完成年度目标任务情况", "三、滞后指标情况",
				"四、未按要求报送情况", "五、主要工作举措", "六、下步工作打算");
	}

	@Test
	void statesTheCountysCompletionAndClassCountsAsTheSummaryDoes() {
		ProgressTally county = this.summary.overview().county().tally();
		String text = this.bulletin.after("一、总体进展情况");

		assertThat(text).contains("共有重点民生实事项目" + county.indicators() + "项",
				"已完成年度目标任务" + county.count(ProgressClass.COMPLETED) + "项，完成率" + pct(county.completionShare()),
				"超序时进度" + county.count(ProgressClass.AHEAD) + "项",
				"正常推进" + county.count(ProgressClass.ON_SCHEDULE) + "项",
				"滞后" + county.lagging() + "项（其中严重滞后" + county.count(ProgressClass.SERIOUSLY_BEHIND) + "项）",
				"尚无进度数据" + county.count(ProgressClass.NOT_REPORTED) + "项",
				"全县平均进度" + pct(county.meanProgress()));
		// the fixture's own arithmetic: 39 indicators, 4 lagging of which 2 red
		assertThat(county.indicators()).isEqualTo(39);
		assertThat(county.lagging()).isEqualTo(4);
		assertThat(text).contains("滞后4项（其中严重滞后2项）");
	}

	@Test
	void countsTheIndicatorsJudgedOnOctoberFiguresInTheHeadline() {
		// 县妇幼保健院 sent nothing and 县残联 only a refused file in November: their October figures count
		long carried = this.summary.indicatorLines().stream()
			.filter((l) -> l.indicator().responsibleUnit().equals(DispatchFixture.SILENT)
					|| l.indicator().responsibleUnit().equals(DispatchFixture.REJECTED))
			.count();

		assertThat(carried).isPositive();
		assertThat(this.summary.overview().county().carried()).isEqualTo((int) carried);
		assertThat(this.bulletin.after("一、总体进展情况")).contains("其中" + carried + "项沿用上月数据（本月未报送或报表被退回）。");
	}

	@Test
	void countsLaggingOneWaySoThatTheLevelsAddUpToTheHeadline() {
		String headline = this.bulletin.after("一、总体进展情况");
		String levels = this.bulletin.paragraphStarting("分层级看：");
		int sum = 0;
		for (ScopeFigures level : this.summary.overview().levels()) {
			sum += level.tally().lagging();
		}
		int county = this.summary.overview().county().tally().lagging();

		assertThat(sum).isEqualTo(county);
		assertThat(headline).contains("滞后" + county + "项（其中严重滞后");
		assertThat(levels).doesNotContain("一般滞后");
		assertThat(this.bulletin.paragraphStarting("截至11月底，滞后指标")).contains("滞后指标" + county + "项，其中严重滞后2项",
				"一般滞后" + (county - 2) + "项");
	}

	@Test
	void breaksTheFiguresDownByLevel() {
		String text = this.bulletin.paragraphStarting("分层级看：");
		for (ScopeFigures level : this.summary.overview().levels()) {
			ProgressTally t = level.tally();
			assertThat(text).contains(level.label() + t.indicators() + "项，已完成" + t.count(ProgressClass.COMPLETED)
					+ "项、完成率" + pct(t.completionShare()) + "，平均进度" + pct(t.meanProgress()) + "，滞后" + t.lagging()
					+ "项（其中严重滞后" + t.count(ProgressClass.SERIOUSLY_BEHIND) + "项）");
		}
		assertThat(this.summary.overview().levels()).hasSize(3);
	}

	@Test
	void givesFundsAcceptanceAndSubmissionsAsTheSummaryDoes() {
		var funds = this.summary.overview().county().funds();
		var acceptance = this.summary.overview().county().acceptance();
		var units = this.summary.overview().units();

		assertThat(this.bulletin.paragraphStarting("资金方面")).contains(
				"计划投资" + money(funds.planned()) + "万元", "累计到位资金" + money(funds.inPlace()) + "万元、到位率"
						+ pct(funds.inPlaceRate()),
				"累计完成投资" + money(funds.spent()) + "万元、支出率" + pct(funds.spentRate()));
		assertThat(this.bulletin.paragraphStarting("验收方面")).contains(
				"线上验收" + acceptance.online() + "项、线上验收率" + pct(acceptance.onlineRate()),
				"线下验收" + acceptance.offline() + "项");
		assertThat(this.bulletin.paragraphStarting("报送方面")).isEqualTo("报送方面，" + units.units() + "个责任单位中，按时报送"
				+ units.onTime() + "个，逾期报送" + units.late() + "个，报表被退回" + units.rejected() + "个，未报送"
				+ units.notSubmitted() + "个。");
		assertThat(units.late()).isEqualTo(2);
		assertThat(units.rejected()).isEqualTo(1);
		assertThat(units.notSubmitted()).isEqualTo(2);
	}

	@Test
	void namesTheIndicatorsCompletedThisMonthForTheFirstTimeByUnit() {
		String text = this.bulletin.after("二、新完成年度目标任务情况");
		List<IndicatorLine> firstTime = firstCompletedInNovember();

		assertThat(text).startsWith("本月新完成年度目标任务" + firstTime.size() + "项：");
		firstTime.forEach((l) -> assertThat(text).contains("“" + l.indicator().name() + "”"));
		// S01-1 ran ahead and completed in November, a month before it was due
		assertThat(text).contains("县人社局完成“城镇新增就业”");
		// S02-1 was due and completed in June: not news in November
		assertThat(text).doesNotContain("乡镇(街道)医保代办服务网点覆盖");
		assertThat(text).endsWith("截至11月底，累计完成年度目标任务"
				+ this.summary.overview().county().tally().count(ProgressClass.COMPLETED) + "项。");
	}

	@Test
	void listsTheLaggingIndicatorsOfTheSummaryInItsOrderWithTheirFigures() {
		List<List<String>> table = this.bulletin.tables().get(0);

		assertThat(table.get(0)).isEqualTo(BulletinLagging.HEADERS);
		assertThat(table).hasSize(this.summary.lagging().size() + 1);
		for (int i = 0; i < this.summary.lagging().size(); i++) {
			LaggingLine l = this.summary.lagging().get(i);
			var p = l.line().progress();
			assertThat(table.get(i + 1)).containsExactly(Integer.toString(i + 1), l.line().indicator().name(),
					l.line().indicator().responsibleUnit(), pct(p.progress()), pct(p.schedule()),
					String.format(Locale.ROOT, "%.1f", p.gapPoints()), p.progressClass().label(),
					Integer.toString(l.monthsBehind()), l.action());
		}
		assertThat(table).extracting((row) -> row.get(1)).contains("开工改造城镇老旧小区", "失业人员再就业", "补贴性职业技能培训",
				"孕产妇免费产前筛查");
		assertThat(this.bulletin.paragraphStarting("截至11月底，滞后指标")).contains("滞后指标4项，其中严重滞后2项",
				"连续两个月及以上滞后的3项指标拟发督办函，涉及2个单位");
	}

	@Test
	void namesTheUnitsThatDidNotReportAsRequired() {
		List<String> silent = unitsWith(SubmissionStatus.NOT_SUBMITTED);

		assertThat(silent).containsExactly(DispatchFixture.SILENT, DispatchFixture.NEVER);
		assertThat(this.bulletin.paragraphStarting("本月未报送报表的单位："))
			.isEqualTo("本月未报送报表的单位：" + String.join("、", silent) + "。");
		// the validation's reasons went to the unit with its feedback; the bulletin only names the unit
		assertThat(this.bulletin.paragraphStarting("报表被退回")).isEqualTo("报表被退回、尚未报送合格报表的单位："
				+ DispatchFixture.REJECTED + "（退回原因已随反馈表告知各单位）。");
		assertThat(this.bulletin.paragraphStarting("逾期报送的单位：")).contains("县医保局", "县发改局");
	}

	@Test
	void leavesMarkedPlaceholdersForTheOfficesParagraphsAndSuggestsTheLetters() {
		assertThat(this.bulletin.after("五、主要工作举措")).startsWith("【待补充");
		assertThat(this.bulletin.after("六、下步工作打算")).startsWith("【待补充").contains("对2个单位的3项指标发出督办函",
				"于2023年12月8日前书面反馈");
	}

	@Test
	void endsWithTheOfficeAndTheDateOfDrafting() {
		List<String> p = this.bulletin.paragraphs();

		assertThat(p.subList(p.size() - 2, p.size())).containsExactly("湘潭县重点民生实事工作专班办公室", "2023年12月1日");
	}

	@Test
	void saysDoubleHalfOnlyInTheJuneBulletin() {
		DispatchService service = this.harness.service();
		DocxText june = DocxText.read(service.writeDocuments(YearMonth.of(2023, 6)).bulletin());
		var doubleHalf = this.harness.fixture.summary(YearMonth.of(2023, 6)).overview().doubleHalf();

		assertThat(june.paragraphStarting("截至6月底，全县平均进度")).isEqualTo("截至6月底，全县平均进度" + pct(doubleHalf.progress())
				+ "，投资完成率" + pct(doubleHalf.investmentRate()) + "，" + (doubleHalf.reached() ? "已" : "未")
				+ "实现“双过半”目标。");
		assertThat(this.bulletin.all()).doesNotContain("双过半");
	}

	@Test
	void saysJuneWasNotReportedWhenTheJuneBulletinHasNoJuneData() {
		DispatchFixture fixture = this.harness.fixture;
		var june = YearMonth.of(2023, 6);
		var data = fixture.data(june);
		var withoutJune = new cn.minsheng.rollup.report.PeriodData(june, List.of(),
				data.rows().stream().filter((r) -> !r.month().equals(june)).toList(), List.of());
		CountySummary summary = CountySummary.of(fixture.theCatalog(), withoutJune,
				cn.minsheng.rollup.progress.ProgressThresholds.defaults());

		DocxText text = DocxText.read(this.harness.service().writeDocuments(summary).bulletin());

		assertThat(text.paragraphs()).contains("截至6月底，各单位6月数据未报送，无法判断是否实现“双过半”目标。");
		assertThat(text.all()).doesNotContain("未实现“双过半”", "已实现“双过半”");
	}

	/** Independently of the code under test: completed in November's summary and in no earlier month's. */
	private List<IndicatorLine> firstCompletedInNovember() {
		List<IndicatorLine> firstTime = new ArrayList<>();
		for (IndicatorLine line : this.summary.indicatorLines()) {
			boolean now = line.progress().progressClass() == ProgressClass.COMPLETED;
			boolean before = false;
			for (int m = 1; m < 11; m++) {
				before |= this.harness.fixture.summary(YearMonth.of(2023, m)).indicatorLines().get(line.seq() - 1)
					.progress().progressClass() == ProgressClass.COMPLETED;
			}
			if (now && !before) {
				firstTime.add(line);
			}
		}
		assertThat(firstTime).extracting((l) -> l.indicator().code()).contains("S01-1").doesNotContain("S02-1");
		return firstTime;
	}

	private List<String> unitsWith(SubmissionStatus status) {
		List<String> catalogOrder = this.harness.fixture.theCatalog().units();
		return this.summary.units().stream().filter((u) -> u.submission().status() == status).map(UnitLine::unit)
			.sorted(java.util.Comparator.comparingInt(catalogOrder::indexOf)).toList();
	}

	static String pct(BigDecimal fraction) {
		return String.format(Locale.ROOT, "%.1f%%", fraction.multiply(BigDecimal.valueOf(100)));
	}

	private static String money(BigDecimal wan) {
		return String.format(Locale.ROOT, "%,.2f", wan);
	}

}
