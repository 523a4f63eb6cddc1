package cn.minsheng.rollup.dispatch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

import cn.minsheng.rollup.job.NightlyReports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A correction of June accepted in a December night rewrites, that night, June's summary and December's (its trend,
 * its carried figures, its headline) and redrafts December's dispatch documents: no {@code summary --period} needed.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:later-months;DB_CLOSE_DELAY=-1",
		"rollup.output-dir=target/later-months-output", "rollup.data-dir=target/later-months-data",
		"rollup.catalog-file=src/test/resources/summary/2023-catalog.csv" })
class LaterMonthsFollowCorrectionTest {

	private static final Path OUTPUT = Path.of("target/later-months-output");

	private static final Path DECEMBER = OUTPUT.resolve("summary/湘潭县重点民生实事进展汇总表-2023年12月.xlsx");

	private static final Path JUNE = OUTPUT.resolve("summary/湘潭县重点民生实事进展汇总表-2023年6月.xlsx");

	@Autowired
	NightlyReports nightly;

	@Autowired
	DispatchRegister register;

	@Autowired
	JdbcClient jdbc;

	AcceptedForms forms;

	@BeforeEach
	void cleanOutputAndLedger() {
		FileSystemUtils.deleteRecursively(OUTPUT.toFile());
		this.forms = new AcceptedForms(this.jdbc, LocalDateTime.of(2023, 12, 20, 10, 0));
		this.forms.deleteAll();
	}

	@Test
	void aJuneCorrectionInADecemberNightReachesDecembersTrendHeadlineAndLetters() throws IOException {
		// June: 县住建局 at 5 of 25 on S07-1, 县水利局 at 3 of 12 on J01-2 (and nothing after June)
		this.forms.row(this.forms.accepted(61, "县住建局", "2023-06", 1), "S07-1", "5");
		long waterJune = this.forms.accepted(61, "县水利局", "2023-06", 1);
		this.forms.row(waterJune, "J01-2", "3");
		this.nightly.writeReports(61, LocalDateTime.now());
		// December: 县住建局 completes S07-1; 县水利局's June figure carries forward, 严重滞后: a letter
		this.forms.row(this.forms.accepted(62, "县住建局", "2023-12", 1), "S07-1", "25");
		this.nightly.writeReports(62, LocalDateTime.now());
		assertThat(headline(DECEMBER, 2)).isEqualTo(1);
		assertThat(this.register.letters(YearMonth.of(2023, 12))).extracting(DispatchRegister.LetterRecord::unit)
			.containsExactly("县水利局");

		// a December night accepts 县水利局's corrected June form: J01-2 was 12 of 12 in June
		this.jdbc.sql("UPDATE submission SET current_version = FALSE WHERE id = ?").param(waterJune).update();
		this.forms.row(this.forms.accepted(63, "县水利局", "2023-06", 2), "J01-2", "12");
		List<Path> written = this.nightly.writeReports(63, LocalDateTime.now());

		assertThat(written).extracting((p) -> p.getFileName().toString())
			.containsExactly(JUNE.getFileName().toString(), DECEMBER.getFileName().toString());
		// June's trend cell in December's workbook: S07-1 at 20% and J01-2 at 100% of 39 indicators
		double june = (0.2 + 1.0) / 39;
		assertThat(trendCell(DECEMBER, 6)).isCloseTo(june, within(1e-9));
		assertThat(trendCell(JUNE, 6)).isCloseTo(june, within(1e-9));
		// December's headline: S07-1 done in December, J01-2 done by its carried June figure
		assertThat(headline(DECEMBER, 2)).isEqualTo(2);
		assertThat(headline(DECEMBER, 9)).isCloseTo(2.0 / 39, within(1e-9));
		// the letter December drew for J01-2 is withdrawn, the bulletin redrafted with two completed
		assertThat(this.register.letters(YearMonth.of(2023, 12))).singleElement()
			.satisfies((l) -> assertThat(l.withdrawn()).isTrue());
		Path bulletin = Path.of(this.register.bulletin(YearMonth.of(2023, 12)).orElseThrow().file());
		assertThat(DocxText.read(bulletin).after("一、总体进展情况")).contains("已完成年度目标任务2项");
	}

	/** The county row of 总体情况, one column: 2 = 已完成, 9 = 平均进度. */
	private static double headline(Path file, int column) throws IOException {
		try (XSSFWorkbook workbook = open(file)) {
			return workbook.getSheet("总体情况").getRow(3).getCell(column).getNumericCellValue();
		}
	}

	/** The county row of 月度趋势, one month. */
	private static double trendCell(Path file, int month) throws IOException {
		try (XSSFWorkbook workbook = open(file)) {
			XSSFSheet trend = workbook.getSheet("月度趋势");
			XSSFRow county = trend.getRow(3);
			assertThat(county.getCell(0).getStringCellValue()).isEqualTo("全县");
			assertThat(county.getCell(1 + month).getCellType()).isEqualTo(CellType.NUMERIC);
			return county.getCell(1 + month).getNumericCellValue();
		}
	}

	private static XSSFWorkbook open(Path file) throws IOException {
		try (var in = java.nio.file.Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

}
