package cn.minsheng.rollup.dispatch;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.report.CountySummary;
import cn.minsheng.rollup.report.LaggingLine;

import static cn.minsheng.rollup.dispatch.BulletinDocumentTest.pct;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 督办函 read back: one per unit whose lagging lines in the summary draw a letter, naming exactly those lines with
 * the summary's figures, with a serial and a reply deadline that the register keeps.
 */
class SupervisionLetterTest {

	@TempDir
	Path dir;

	private CountySummary summary;

	private DispatchService.DispatchOutcome outcome;

	private DispatchHarness harness;

	@BeforeEach
	void draftNovember() {
		this.harness = new DispatchHarness(this.dir);
		this.summary = this.harness.fixture.summary(DispatchFixture.NOVEMBER);
		this.outcome = this.harness.service().writeDocuments(DispatchFixture.NOVEMBER);
	}

	@Test
	void writesOneLetterPerUnitWhoseIndicatorsDrawOneInCatalogOrder() {
		assertThat(this.outcome.letters()).extracting(DispatchService.DispatchOutcome.Letter::unit)
			.containsExactly("县人社局", "县住建局");
		assertThat(this.outcome.letters()).extracting(DispatchService.DispatchOutcome.Letter::serial)
			.containsExactly("督办〔2023〕第1号", "督办〔2023〕第2号");
		assertThat(this.outcome.letters().get(0).file())
			.isEqualTo(this.dir.resolve("output/dispatch/2023-11/督办〔2023〕第1号-县人社局.docx"));
		// 县卫健局's S03-2 lags for the first month: a reminder at the dispatch, no letter
		assertThat(this.summary.lagging()).anySatisfy((l) -> {
			assertThat(l.line().indicator().code()).isEqualTo("S03-2");
			assertThat(l.supervisionLetter()).isFalse();
		});
	}

	@Test
	void namesTheUnitsLetterLinesWithTheSummarysFigures() {
		DocxText letter = DocxText.read(this.outcome.letters().get(0).file());
		List<LaggingLine> lines = this.summary.lagging().stream()
			.filter((l) -> l.supervisionLetter() && l.line().indicator().responsibleUnit().equals("县人社局"))
			.toList();

		assertThat(letter.paragraphs()).startsWith("督办〔2023〕第1号", "", "督办函", "", "县人社局：");
		assertThat(letter.paragraphStarting("根据2023年11月")).contains("以下2项指标进度严重滞后或连续两个月及以上滞后");
		List<List<String>> table = letter.tables().get(0);
		assertThat(table.get(0)).isEqualTo(LetterComposer.HEADERS);
		assertThat(table).hasSize(lines.size() + 1);
		for (int i = 0; i < lines.size(); i++) {
			LaggingLine l = lines.get(i);
			var p = l.line().progress();
			var indicator = l.line().indicator();
			assertThat(table.get(i + 1)).containsExactly(Integer.toString(i + 1), indicator.code(), indicator.name(),
					indicator.annualTarget().stripTrailingZeros().toPlainString() + indicator.unitOfMeasure(),
					l.line().row().cumulativeDone().stripTrailingZeros().toPlainString() + indicator.unitOfMeasure(),
					pct(p.progress()), pct(p.schedule()), String.format(Locale.ROOT, "%.1f", p.gapPoints()),
					p.progressClass().label() + "，连续" + l.monthsBehind() + "个月");
		}
		assertThat(table.subList(1, table.size())).extracting((row) -> row.get(1)).containsExactly("S01-2", "S01-3");
	}

	@Test
	void saysWhenALetterLineIsJudgedOnTheLastMonthsFigure() {
		// 县妇幼保健院 sends nothing in November; its S03-1 (due in October) stood at 40% in October
		DispatchHarness silent = new DispatchHarness(this.dir.resolve("silent"));
		silent.fixture.pace("S03-1", (m) -> 0.4 * m / 10);

		DispatchService.DispatchOutcome drafted = silent.service().writeDocuments(DispatchFixture.NOVEMBER);

		DispatchService.DispatchOutcome.Letter letter = drafted.letters().stream()
			.filter((l) -> l.unit().equals(DispatchFixture.SILENT)).findFirst().orElseThrow();
		List<String> row = DocxText.read(letter.file()).tables().get(0).get(1);
		assertThat(row).startsWith("1", "S03-1");
		assertThat(row.get(4)).isEqualTo("8000人（沿用10月数据）");
		assertThat(row.get(5)).isEqualTo("40.0%");
		assertThat(row.get(6)).isEqualTo("100.0%");
	}

	@Test
	void asksForAReplyWithinTheConfiguredDaysOfTheLettersDate() {
		DocxText letter = DocxText.read(this.outcome.letters().get(1).file());

		assertThat(letter.paragraphStarting("请你单位高度重视")).contains("于2023年12月8日前将整改措施及进展情况书面报送湘潭县重点民生实事工作专班办公室");
		assertThat(letter.paragraphStarting("根据2023年11月")).contains("以下1项指标进度严重滞后（落后序时进度超过30个百分点）");
		// the unit's own words about the problem, as typed (a leading = is plain text in a document)
		assertThat(letter.paragraphStarting("你单位在月报中反映的问题：")).contains("“开工改造城镇老旧小区”：" + DispatchFixture.S07_1_PROBLEM);
		List<String> p = letter.paragraphs();
		assertThat(p.subList(p.size() - 2, p.size())).containsExactly("湘潭县重点民生实事工作专班办公室", "2023年12月1日");
	}

	@Test
	void registersEachLetterWithItsIndicatorsDateAndDeadline() {
		List<DispatchRegister.LetterRecord> register = this.harness.register.letters();

		assertThat(register).extracting(DispatchRegister.LetterRecord::serial, DispatchRegister.LetterRecord::unit,
				DispatchRegister.LetterRecord::indicators, DispatchRegister.LetterRecord::deadline)
			.containsExactly(
					org.assertj.core.groups.Tuple.tuple("督办〔2023〕第1号", "县人社局", List.of("S01-2", "S01-3"),
							LocalDate.of(2023, 12, 8)),
					org.assertj.core.groups.Tuple.tuple("督办〔2023〕第2号", "县住建局", List.of("S07-1"),
							LocalDate.of(2023, 12, 8)));
		assertThat(register).allSatisfy((l) -> {
			assertThat(l.period()).isEqualTo(DispatchFixture.NOVEMBER);
			assertThat(l.signedOn()).isEqualTo(LocalDate.of(2023, 12, 1));
			assertThat(l.withdrawn()).isFalse();
			assertThat(Path.of(l.file())).exists();
		});
	}

}
