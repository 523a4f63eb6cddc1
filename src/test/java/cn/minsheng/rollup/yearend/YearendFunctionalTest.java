package cn.minsheng.rollup.yearend;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import cn.minsheng.rollup.catalog.Catalog;
import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.catalog.Indicator;
import cn.minsheng.rollup.catalog.Level;
import cn.minsheng.rollup.job.NightlyRunner;
import cn.minsheng.rollup.sample.GeneratedForm;
import cn.minsheng.rollup.sample.SampleMonthGenerator;
import cn.minsheng.rollup.sample.SampleSpec;
import cn.minsheng.rollup.testing.Prerequisites;
import cn.minsheng.rollup.testing.SlowTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A whole year of sample forms through the nightly run, with a missing December, a corrected December form (a
 * resubmission whose funds fall below November's) and a finished project without its completion date; then
 * {@code yearend}, its workbooks checked against the forms as an inspection team would.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SlowTest
class YearendFunctionalTest {

	static final Path ROOT = temp();

	static final Path INPUT = ROOT.resolve("input");

	static final Path OUTPUT = ROOT.resolve("output");

	static final Path CATALOG = INPUT.resolve("catalog/2023-项目清单.xlsx");

	static final Path OFFICE_DOCUMENTS = INPUT.resolve("catalog/台账资料");

	static final YearMonth NOVEMBER = YearMonth.of(2023, 11);

	static final YearMonth DECEMBER = YearMonth.of(2023, 12);

	/** Sends no December form: its figures are carried forward from November. */
	static final String SILENT_IN_DECEMBER = "县交警大队";

	/** Corrects its December form after it was accepted. */
	static final String CORRECTING = "县民政局";

	@Autowired
	NightlyRunner runner;

	@Autowired
	CatalogProvider catalogs;

	@Autowired
	YearendService yearend;

	@Autowired
	JdbcClient jdbc;

	/** The form in force of each unit and month, as the test dropped it (the correction replacing the first). */
	final Map<String, Path> inForce = new HashMap<>();

	Planted correction;

	Planted noFinishDate;

	Indicator recordedOnline;

	Planted certifiedDifferently;

	YearendOutcome first;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("rollup.input-dir", INPUT::toString);
		registry.add("rollup.output-dir", OUTPUT::toString);
		registry.add("rollup.data-dir", ROOT.resolve("data")::toString);
		registry.add("rollup.catalog-file", CATALOG::toString);
		registry.add("rollup.quiet-period", () -> "0s");
		registry.add("rollup.yearend.office-documents", OFFICE_DOCUMENTS::toString);
	}

	@BeforeAll
	void runTheYearThenYearend() throws Exception {
		Files.createDirectories(CATALOG.getParent());
		Files.copy(Path.of("input/catalog/2023-项目清单.xlsx"), CATALOG);
		Files.createDirectories(OFFICE_DOCUMENTS.resolve(CORRECTING));
		Files.writeString(OFFICE_DOCUMENTS.resolve(CORRECTING).resolve(CORRECTING + "2023年重点民生实事实施方案.txt"), "实施方案");
		Catalog catalog = this.catalogs.catalog();
		List<YearMonth> months = new ArrayList<>();
		for (int m = 1; m <= 12; m++) {
			months.add(YearMonth.of(2023, m));
		}
		Path drop = ROOT.resolve("forms");
		for (GeneratedForm form : new SampleMonthGenerator(catalog)
			.generate(SampleSpec.of(DECEMBER).withPeriods(months).withDistributionRows(2), drop)) {
			if (form.catalogUnit().equals(SILENT_IN_DECEMBER) && form.period().equals(DECEMBER)) {
				continue;
			}
			this.inForce.put(key(form.catalogUnit(), form.period()), form.file());
		}
		this.noFinishDate = clearAFinishDate(catalog);
		for (Path form : this.inForce.values()) {
			drop(form);
		}
		assertThat(this.runner.runOnce().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		this.correction = correctDecemberFunds(catalog);
		assertThat(this.runner.runOnce().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		this.recordedOnline = recordAnOnlineAcceptance(catalog);
		writeMeetings(3);
		this.yearend.write(2023);

		this.certifiedDifferently = returnTheCertificationWithOneDifferentFigure();
		assertThat(this.runner.runOnce().getStatus()).isEqualTo(BatchStatus.COMPLETED);
		this.first = this.yearend.write(2023);
	}

	@Test
	@Order(1)
	void everyFormWasAcceptedAndTheCorrectionIsInForce() {
		int forms = 14 * 12 - 1 + 1; // a year of forms but one December, and the correction
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM submission WHERE outcome = 'ACCEPTED' AND period IS NOT NULL")
			.query(Integer.class)
			.single()).isEqualTo(forms);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM submission WHERE outcome <> 'ACCEPTED'").query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("SELECT version FROM submission WHERE unit = :u AND period = '2023-12' "
				+ "AND current_version = TRUE").param("u", CORRECTING).query(Integer.class).single()).isEqualTo(2);
	}

	@Test
	@Order(2)
	void fundsStatisticsShowDecembersFiguresAndCarryNovembersForward() throws IOException {
		Catalog catalog = this.catalogs.catalog();
		Workbooks.Table table = Workbooks.table(this.yearend.folder(2023).resolve("年度资金统计表-2023.xlsx"),
				FundsStatisticsWriter.BY_INDICATOR);
		BigDecimal plannedTotal = BigDecimal.ZERO;
		BigDecimal inPlaceTotal = BigDecimal.ZERO;
		for (Indicator indicator : catalog.indicators()) {
			boolean silent = indicator.responsibleUnit().equals(SILENT_IN_DECEMBER);
			YearMonth month = silent ? NOVEMBER : DECEMBER;
			FormSheet.Line form = FormSheet.lines(this.inForce.get(key(indicator.responsibleUnit(), month)))
				.get(indicator.code());
			List<Object> row = table.only("项目编码", indicator.code());
			assertThat((Double) table.value(row, "累计到位资金(万元)")).as(indicator.code())
				.isCloseTo(form.money("累计到位资金(万元)"), within(1e-9));
			assertThat((Double) table.value(row, "累计完成投资(万元)")).as(indicator.code())
				.isCloseTo(form.money("累计完成投资(万元)"), within(1e-9));
			assertThat(table.value(row, "数据来源")).as(indicator.code()).isEqualTo(silent ? "沿用11月数据" : "12月报表");
			plannedTotal = plannedTotal.add(indicator.plannedFundsWan() == null ? BigDecimal.ZERO
					: indicator.plannedFundsWan());
			inPlaceTotal = inPlaceTotal.add(BigDecimal.valueOf(form.money("累计到位资金(万元)")));
		}
		List<Object> county = table.only("层级", "全县合计");
		assertThat((Double) table.value(county, "计划投资(万元)")).isCloseTo(plannedTotal.doubleValue(), within(1e-6));
		assertThat((Double) table.value(county, "累计到位资金(万元)")).isCloseTo(inPlaceTotal.doubleValue(),
				within(1e-6));
		assertThat((Double) table.value(county, "到位率"))
			.isCloseTo(inPlaceTotal.doubleValue() / plannedTotal.doubleValue(), within(1e-9));
		for (Level level : Level.values()) {
			assertThat(table.where("层级", level.label() + " 小计")).hasSize(1);
		}
	}

	@Test
	@Order(3)
	void fundsByUnitAddUpEachUnitsIndicators() throws IOException {
		Catalog catalog = this.catalogs.catalog();
		Workbooks.Table table = Workbooks.table(this.yearend.folder(2023).resolve("年度资金统计表-2023.xlsx"),
				FundsStatisticsWriter.BY_UNIT);
		List<Object> correcting = table.only("责任单位", CORRECTING);
		Map<String, FormSheet.Line> december = FormSheet.lines(this.inForce.get(key(CORRECTING, DECEMBER)));
		double spent = catalog.indicatorsOf(CORRECTING).stream()
			.mapToDouble((i) -> december.get(i.code()).money("累计完成投资(万元)"))
			.sum();
		assertThat((Double) table.value(correcting, "累计完成投资(万元)")).isCloseTo(spent, within(1e-6));
		assertThat((Double) table.value(correcting, "指标数")).isEqualTo(catalog.indicatorsOf(CORRECTING).size());
		assertThat((String) table.value(table.only("责任单位", SILENT_IN_DECEMBER), "沿用前月数据的指标"))
			.contains("沿用11月数据");
	}

	@Test
	@Order(4)
	void acceptanceFollowsDecembersFormsAndTheOfficesRecord() throws IOException {
		Catalog catalog = this.catalogs.catalog();
		Path file = this.yearend.folder(2023).resolve("验收情况表-2023.xlsx");
		Workbooks.Table lines = Workbooks.table(file, AcceptanceWriter.LINES);
		int online = 0;
		int offline = 0;
		for (Indicator indicator : catalog.indicators()) {
			YearMonth month = indicator.responsibleUnit().equals(SILENT_IN_DECEMBER) ? NOVEMBER : DECEMBER;
			FormSheet.Line form = FormSheet.lines(this.inForce.get(key(indicator.responsibleUnit(), month)))
				.get(indicator.code());
			List<Object> row = lines.only("项目编码", indicator.code());
			String expectedOnline = indicator.equals(this.recordedOnline) ? "是" : form.text("线上验收");
			assertThat(lines.value(row, "线上验收")).as(indicator.code()).isEqualTo(expectedOnline);
			assertThat(lines.value(row, "线下验收")).as(indicator.code()).isEqualTo(form.text("线下验收"));
			online += "是".equals(expectedOnline) ? 1 : 0;
			offline += "是".equals(form.text("线下验收")) ? 1 : 0;
		}
		List<Object> recorded = lines.only("项目编码", this.recordedOnline.code());
		assertThat((String) lines.value(recorded, "线上验收依据")).contains("张三", "2023-12-20", "验收记录-2023.xlsx 第2行");

		Workbooks.Table rates = Workbooks.table(file, AcceptanceWriter.RATES);
		List<Object> county = rates.only("范围", "全县");
		assertThat((Double) rates.value(county, "线上已验收")).isEqualTo(online);
		assertThat((Double) rates.value(county, "线上验收率")).isCloseTo(online / 39.0, within(1e-9));
		assertThat((Double) rates.value(county, "线下已验收")).isEqualTo(offline);
		Workbooks.Table open = Workbooks.table(file, AcceptanceWriter.OPEN);
		long openCount = open.rows().stream().filter((r) -> r.get(1) != null).count();
		assertThat(openCount).isEqualTo(lines.rows().stream()
			.filter((r) -> r.get(1) != null && ("否".equals(lines.value(r, "线上验收"))
					|| "否".equals(lines.value(r, "线下验收"))))
			.count());
		assertThat(this.first.problems()).anySatisfy((p) -> assertThat(p).contains("第3行", "X99-9"));
	}

	@Test
	@Order(5)
	void reviewListNamesEachPlantedInconsistencyWithItsMonthFormAndCell() throws IOException {
		Workbooks.Table findings = Workbooks.table(this.yearend.folder(2023).resolve("回头看问题清单-2023.xlsx"),
				ReviewListWriter.FINDINGS);
		assertThat(findings.rows()).anySatisfy((r) -> {
			assertThat(findings.value(r, "责任单位")).isEqualTo(SILENT_IN_DECEMBER);
			assertThat(findings.value(r, "检查项")).isEqualTo("月报表缺报");
			assertThat(findings.value(r, "月份")).isEqualTo("12月");
		});
		assertThat(findings.rows()).anySatisfy((r) -> {
			assertThat(findings.value(r, "项目编码")).isEqualTo(this.correction.code());
			assertThat(findings.value(r, "检查项")).isEqualTo("资金减少");
			assertThat(findings.value(r, "月份")).isEqualTo("12月");
			assertThat((String) findings.value(r, "报表（文件）")).contains("第2版");
			assertThat(findings.value(r, "单元格")).isEqualTo("月报表!" + this.correction.cell());
		});
		assertThat(findings.rows()).anySatisfy((r) -> {
			assertThat(findings.value(r, "项目编码")).isEqualTo(this.noFinishDate.code());
			assertThat(findings.value(r, "检查项")).isEqualTo("已完工无完工日期");
			assertThat(findings.value(r, "月份")).isEqualTo(this.noFinishDate.month().getMonthValue() + "月");
			assertThat(findings.value(r, "单元格")).isEqualTo("月报表!" + this.noFinishDate.cell());
		});
		Workbooks.Table checks = Workbooks.table(this.yearend.folder(2023).resolve("回头看问题清单-2023.xlsx"),
				ReviewListWriter.CHECKS);
		assertThat(checks.rows().stream().map((r) -> checks.value(r, "检查项")).filter((v) -> v != null))
			.containsAll(Stream.of(ReviewCheck.values()).map(ReviewCheck::label).toList());
	}

	@Test
	@Order(6)
	void certificationReturnIsRecognisedStoredAndItsDifferenceListed() throws IOException {
		Map<String, Object> stored = this.jdbc.sql("SELECT outcome, unit, period, template_version, stored_path, "
				+ "current_version FROM submission WHERE file_name LIKE '评估认定表%'").query().singleRow();
		assertThat(stored.get("OUTCOME")).isEqualTo("ACCEPTED");
		assertThat(stored.get("UNIT")).isEqualTo(CORRECTING);
		assertThat(stored.get("PERIOD")).isNull();
		assertThat(stored.get("CURRENT_VERSION")).isEqualTo(false);
		assertThat((String) stored.get("STORED_PATH")).contains("2023-评估认定表");
		// kept relative to the data folder, as every original is
		assertThat(ROOT.resolve("data").resolve((String) stored.get("STORED_PATH"))).exists();

		Path summary = this.yearend.folder(2023).resolve("评估认定汇总-2023.xlsx");
		Workbooks.Table units = Workbooks.table(summary, CertificationSummaryWriter.UNITS);
		List<Object> unit = units.only("责任单位", CORRECTING);
		assertThat(units.value(unit, "认定表")).isEqualTo("已返回");
		assertThat((Double) units.value(unit, "认定不一致")).isEqualTo(1.0);
		assertThat(units.value(units.only("责任单位", SILENT_IN_DECEMBER), "认定表")).isEqualTo("未返回");
		Workbooks.Table differences = Workbooks.table(summary, CertificationSummaryWriter.DIFFERENCES);
		List<Object> difference = differences.only("项目编码", this.certifiedDifferently.code());
		assertThat((Double) differences.value(difference, "差额")).isCloseTo(1.0, within(1e-9));
		assertThat((String) differences.value(difference, "认定表及单元格")).contains(this.certifiedDifferently.cell());
		assertThat(this.first.certifiedDifferences()).isOne();
		Workbooks.Table inPackage = Workbooks.table(this.yearend.folder(2023).resolve("台账资料").resolve(CORRECTING)
			.resolve("资料目录.xlsx"), PackageIndexWriter.DIFFERENCES);
		assertThat(inPackage.where("项目编码", this.certifiedDifferently.code())).hasSize(1);
		assertThat(inPackage.rows().stream().filter((r) -> r.get(2) != null)).hasSize(1);

		Workbooks.Table findings = Workbooks.table(this.yearend.folder(2023).resolve("回头看问题清单-2023.xlsx"),
				ReviewListWriter.FINDINGS);
		assertThat(findings.where("检查项", "认定数与报送数不符")).singleElement().satisfies((r) -> {
			assertThat(findings.value(r, "项目编码")).isEqualTo(this.certifiedDifferently.code());
			assertThat(findings.value(r, "单元格")).isEqualTo(this.certifiedDifferently.cell());
		});
	}

	@Test
	@Order(7)
	void unitPackageHoldsTheFormsInForceAndItsIndexListsExactlyTheFilesPresent() throws IOException {
		Path folder = this.yearend.folder(2023).resolve("台账资料").resolve(CORRECTING);
		Workbooks.Table index = Workbooks.table(folder.resolve("资料目录.xlsx"), PackageIndexWriter.DOCUMENTS);
		List<String> listed = new ArrayList<>();
		for (List<Object> row : index.rows()) {
			Object file = index.value(row, "文件");
			if (file != null) {
				assertThat(folder.resolve((String) file)).as((String) file).isRegularFile();
				assertThat(index.value(row, "状态")).isEqualTo("已提供");
				listed.add(Path.of((String) file).toString());
			}
		}
		List<String> present;
		try (Stream<Path> files = Files.walk(folder)) {
			present = files.filter(Files::isRegularFile)
				.map((f) -> folder.relativize(f).toString())
				.filter((f) -> !f.equals("资料目录.xlsx"))
				.sorted()
				.toList();
		}
		assertThat(listed).containsExactlyInAnyOrderElementsOf(present);
		assertThat(index.where("类别", "月度报表")).hasSize(12);
		Path december = folder.resolve("月度报表/2023-12");
		try (Stream<Path> files = Files.list(december)) {
			assertThat(files.toList()).singleElement()
				.satisfies((f) -> assertThat(Files.mismatch(f, this.inForce.get(key(CORRECTING, DECEMBER))))
					.isEqualTo(-1));
		}
		assertThat(index.where("类别", "办公室资料")).singleElement()
			.satisfies((r) -> assertThat(index.value(r, "状态")).isEqualTo("已提供"));
		assertThat((String) index.value(index.only("类别", "评估认定"), "资料名称")).contains("已返回");

		Workbooks.Table figures = Workbooks.table(folder.resolve("资料目录.xlsx"), PackageIndexWriter.FIGURES);
		FormSheet.Line line = FormSheet.lines(this.inForce.get(key(CORRECTING, DECEMBER))).get(this.correction.code());
		assertThat(figures.rows()).anySatisfy((r) -> {
			assertThat(figures.value(r, "项目编码")).isEqualTo(this.correction.code());
			assertThat(figures.value(r, "数据")).isEqualTo("累计到位资金(万元)");
			assertThat(new BigDecimal((String) figures.value(r, "数值")))
				.isEqualByComparingTo(BigDecimal.valueOf(line.money("累计到位资金(万元)")));
			assertThat((String) figures.value(r, "来源报表及单元格")).endsWith("月报表!" + this.correction.cell());
		});
	}

	@Test
	@Order(8)
	void silentUnitsPackageMarksWhatIsMissing() throws IOException {
		Path folder = this.yearend.folder(2023).resolve("台账资料").resolve(SILENT_IN_DECEMBER);
		Workbooks.Table index = Workbooks.table(folder.resolve("资料目录.xlsx"), PackageIndexWriter.DOCUMENTS);
		assertThat(index.value(index.only("资料名称", "2023年12月月度报表"), "状态")).isEqualTo("缺失");
		assertThat(index.value(index.only("资料名称", "实施方案"), "状态")).isEqualTo("缺失");
		assertThat(folder.resolve("月度报表/2023-12")).doesNotExist();
		assertThat(folder.resolve("工作总结（草稿）.docx")).isRegularFile();
	}

	@Test
	@Order(9)
	void consolidatedListHoldsTheLatestListOfEachIndicator() throws IOException {
		Path list = this.yearend.folder(2023).resolve("台账资料").resolve(CORRECTING).resolve("项目分布清单-2023.xlsx");
		Workbooks.Table table = Workbooks.table(list, "项目分布清单");
		long expected = FormSheet.listLines(this.inForce.get(key(CORRECTING, DECEMBER)));
		assertThat(expected).isPositive();
		assertThat(table.rows()).hasSize((int) expected);
		assertThat(table.rows()).allSatisfy((r) -> assertThat((String) table.value(r, "来源报表")).startsWith("12月 "));
	}

	@Test
	@Order(10)
	void publicNoticeShowsEachIndicatorsTargetAndCompletionAsTheFormsSay() throws IOException {
		Catalog catalog = this.catalogs.catalog();
		String page = Files.readString(this.yearend.folder(2023).resolve("完成情况公示-2023.html"));
		String document = docxText(this.yearend.folder(2023).resolve("完成情况公示-2023.docx"));
		for (Indicator indicator : catalog.indicators()) {
			YearMonth month = indicator.responsibleUnit().equals(SILENT_IN_DECEMBER) ? NOVEMBER : DECEMBER;
			FormSheet.Line form = FormSheet.lines(this.inForce.get(key(indicator.responsibleUnit(), month)))
				.get(indicator.code());
			String done = form.number("累计完成").stripTrailingZeros().toPlainString() + indicator.unitOfMeasure();
			String row = "<td>" + PublicNoticePage.escape(indicator.name()) + "</td><td>"
					+ indicator.annualTarget().stripTrailingZeros().toPlainString() + indicator.unitOfMeasure()
					+ "</td><td>" + done + "</td>";
			assertThat(page).as(indicator.code()).contains(row);
			assertThat(document).contains(indicator.name());
		}
		assertThat(page).contains("省重点民生实事（27 项", "市重点民生实事（8 项");
	}

	@Test
	@Order(11)
	void yearBulletinCountsMeetingsAndLettersAndNamesTheOpenItems() throws IOException {
		String text = docxText(this.yearend.folder(2023).resolve("年度工作情况通报-2023.docx"));
		int letters = this.jdbc.sql("SELECT COUNT(*) FROM supervision_letter WHERE period LIKE '2023-%' "
				+ "AND withdrawn_at IS NULL").query(Integer.class).single();
		assertThat(text).contains("全年召开调度会议 3 次", "发出督办函 " + letters + " 份", "线上）验收率");
		Workbooks.Table open = Workbooks.table(this.yearend.folder(2023).resolve("验收情况表-2023.xlsx"),
				AcceptanceWriter.OPEN);
		open.rows().stream().filter((r) -> r.get(1) != null).forEach(
				(r) -> assertThat(text).contains((String) open.value(r, "考核指标")));
	}

	@Test
	@Order(12)
	void libreOfficeRendersEveryWorkbook() throws Exception {
		Prerequisites.require(onPath("soffice"),
				"LibreOffice (soffice) is not installed: skipping the rendering check");
		Path folder = this.yearend.folder(2023);
		Path unit = folder.resolve("台账资料").resolve(CORRECTING);
		assertRendered(List.of(folder.resolve("年度资金统计表-2023.xlsx"), folder.resolve("验收情况表-2023.xlsx"),
				folder.resolve("回头看问题清单-2023.xlsx"), folder.resolve("评估认定汇总-2023.xlsx"),
				this.yearend.certificationForm(2023, CORRECTING), unit.resolve("资料目录.xlsx"),
				unit.resolve("项目分布清单-2023.xlsx"), folder.resolve("台账资料/全县/督办函登记表-2023.xlsx")));
	}

	@Test
	@Order(13)
	void libreOfficeRendersEveryDocument() throws Exception {
		Prerequisites.require(onPath("soffice"),
				"LibreOffice (soffice) is not installed: skipping the rendering check");
		Path probe = Files.writeString(ROOT.resolve("probe.txt"), "文字处理");
		convert(List.of(probe));
		org.junit.jupiter.api.Assumptions.assumeTrue(Files.readString(ROOT.resolve("soffice.log")).contains("writer_pdf"),
				"LibreOffice has no Writer here (libreoffice-calc-nogui only?): skipping the .docx rendering check");
		Path folder = this.yearend.folder(2023);
		assertRendered(List.of(folder.resolve("完成情况公示-2023.docx"), folder.resolve("年度工作情况通报-2023.docx"),
				folder.resolve("台账资料").resolve(CORRECTING).resolve("工作总结（草稿）.docx")));
	}

	private static void assertRendered(List<Path> files) throws Exception {
		convert(files);
		for (Path file : files) {
			String name = file.getFileName().toString();
			Path pdf = ROOT.resolve("pdf").resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
			assertThat(pdf).as(name + "; log: " + Files.readString(ROOT.resolve("soffice.log"))).isNotEmptyFile();
		}
	}

	private static void convert(List<Path> files) throws Exception {
		Path pdfs = ROOT.resolve("pdf");
		Files.createDirectories(pdfs);
		List<String> command = new ArrayList<>(List.of("soffice",
				"-env:UserInstallation=file://" + ROOT.resolve("lo-profile").toAbsolutePath(), "--headless",
				"--convert-to", "pdf", "--outdir", pdfs.toString()));
		files.forEach((f) -> command.add(f.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ROOT.resolve("soffice.log").toFile())
			.start();
		assertThat(process.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
	}

	private static boolean onPath(String command) {
		String path = System.getenv("PATH");
		return path != null && Stream.of(path.split(java.io.File.pathSeparator))
			.anyMatch((d) -> Files.isExecutable(Path.of(d, command)));
	}

	@Test
	@Order(99)
	void runningAgainWithNothingChangedChangesNoFile() throws IOException {
		Map<Path, Long> before = modified(this.yearend.folder(2023));
		YearendOutcome again = this.yearend.write(2023);
		assertThat(again.written()).isEmpty();
		assertThat(modified(this.yearend.folder(2023))).isEqualTo(before);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM acceptance_record").query(Integer.class).single()).isOne();
	}

	@Test
	@Order(100)
	void theNightThatCompletesDecemberBringsTheYearEndDocumentsUpToDate() throws Exception {
		String name = this.inForce.get(key(CORRECTING, DECEMBER)).getFileName().toString();
		Path late = ROOT.resolve("forms/2023-12").resolve(name.replace(CORRECTING, SILENT_IN_DECEMBER));
		assertThat(late).as("the generated December form of " + SILENT_IN_DECEMBER).isRegularFile();
		drop(late);

		assertThat(this.runner.runOnce().getStatus()).isEqualTo(BatchStatus.COMPLETED);

		Workbooks.Table table = Workbooks.table(this.yearend.folder(2023).resolve("年度资金统计表-2023.xlsx"),
				FundsStatisticsWriter.BY_INDICATOR);
		for (Indicator indicator : this.catalogs.catalog().indicatorsOf(SILENT_IN_DECEMBER)) {
			assertThat(table.value(table.only("项目编码", indicator.code()), "数据来源")).isEqualTo("12月报表");
		}
		assertThat(this.yearend.folder(2023).resolve("台账资料").resolve(SILENT_IN_DECEMBER).resolve("月度报表/2023-12"))
			.isDirectory();
	}

	// --- planting ---------------------------------------------------------------------------------------------

	/** A cell planted with a mistake: the unit, month, indicator and cell. */
	record Planted(String unit, YearMonth month, String code, String cell) {
	}

	/** Clears the completion date of a finished project in one unit's October form. */
	private Planted clearAFinishDate(Catalog catalog) throws IOException {
		YearMonth october = YearMonth.of(2023, 10);
		for (String unit : catalog.units()) {
			if (unit.equals(CORRECTING) || unit.equals(SILENT_IN_DECEMBER)) {
				continue;
			}
			Path form = this.inForce.get(key(unit, october));
			for (Map.Entry<String, FormSheet.Line> line : FormSheet.lines(form).entrySet()) {
				String status = line.getValue().text("项目状态");
				if ((status.equals("已完工") || status.equals("已验收")) && !line.getValue().text("完工日期").isEmpty()) {
					String cell = "R" + line.getValue().rowNumber();
					FormSheet.edit(form, cell, null);
					return new Planted(unit, october, line.getKey(), cell);
				}
			}
		}
		throw new IllegalStateException("no finished project in October");
	}

	/** Sends a corrected December form whose 累计到位资金 of one indicator is below November's. */
	private Planted correctDecemberFunds(Catalog catalog) throws IOException {
		Map<String, FormSheet.Line> november = FormSheet.lines(this.inForce.get(key(CORRECTING, NOVEMBER)));
		Path original = this.inForce.get(key(CORRECTING, DECEMBER));
		Path corrected = ROOT.resolve("forms/更正").resolve(original.getFileName());
		Files.createDirectories(corrected.getParent());
		Files.copy(original, corrected);
		for (Map.Entry<String, FormSheet.Line> line : FormSheet.lines(corrected).entrySet()) {
			BigDecimal before = november.get(line.getKey()).number("累计到位资金(万元)");
			if (before != null && before.compareTo(BigDecimal.ONE) > 0) {
				String cell = "M" + line.getValue().rowNumber();
				FormSheet.edit(corrected, cell, before.subtract(BigDecimal.ONE));
				this.inForce.put(key(CORRECTING, DECEMBER), corrected);
				drop(corrected);
				return new Planted(CORRECTING, DECEMBER, line.getKey(), cell);
			}
		}
		throw new IllegalStateException("no funds in November for " + CORRECTING);
	}

	/** Fills 认定数 of the unit's 评估认定表 with the reported figures, one of them 1 higher, and drops it. */
	private Planted returnTheCertificationWithOneDifferentFigure() throws IOException {
		Path form = this.yearend.certificationForm(2023, CORRECTING);
		Path filled = INPUT.resolve("认定返回").resolve(form.getFileName());
		Files.createDirectories(filled.getParent());
		Planted different = null;
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(form))) {
			Sheet sheet = workbook.getSheet("评估认定表");
			for (int r = 2; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row.getCell(1) == null || !row.getCell(1).getStringCellValue().matches("[SJC]\\d{2}-\\d+")) {
					continue;
				}
				double reported = row.getCell(5).getNumericCellValue();
				if (different == null) {
					row.getCell(7).setCellValue(reported + 1);
					row.getCell(8).setCellValue("经核实，另有1处未计入");
					different = new Planted(CORRECTING, null, row.getCell(1).getStringCellValue(),
							"评估认定表!H" + (r + 1));
				}
				else {
					row.getCell(7).setCellValue(reported);
				}
			}
			try (OutputStream out = Files.newOutputStream(filled)) {
				workbook.write(out);
			}
		}
		return different;
	}

	/** The office records 线上验收 是 for an indicator December's form says 否; and one line with a wrong code. */
	private Indicator recordAnOnlineAcceptance(Catalog catalog) throws IOException {
		Indicator chosen = null;
		for (Indicator indicator : catalog.indicators()) {
			if (indicator.responsibleUnit().equals(SILENT_IN_DECEMBER)) {
				continue;
			}
			FormSheet.Line line = FormSheet.lines(this.inForce.get(key(indicator.responsibleUnit(), DECEMBER)))
				.get(indicator.code());
			if ("否".equals(line.text("线上验收"))) {
				chosen = indicator;
				break;
			}
		}
		assertThat(chosen).as("an indicator not accepted online in December").isNotNull();
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("验收记录");
			String[][] lines = { { "项目编码", "验收类型", "是否通过", "验收日期", "录入人", "备注" },
					{ chosen.code(), "线上", "是", "2023-12-20", "张三", "省平台已通过" },
					{ "X99-9", "线上", "是", "2023-12-20", "张三", "" } };
			for (int r = 0; r < lines.length; r++) {
				Row row = sheet.createRow(r);
				for (int c = 0; c < lines[r].length; c++) {
					row.createCell(c).setCellValue(lines[r][c]);
				}
			}
			try (OutputStream out = Files.newOutputStream(CATALOG.resolveSibling("验收记录-2023.xlsx"))) {
				workbook.write(out);
			}
		}
		return chosen;
	}

	/** The office's meeting record with {@code meetings} meetings under its header. */
	private static void writeMeetings(int meetings) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("会议");
			sheet.createRow(0).createCell(0).setCellValue("日期");
			sheet.getRow(0).createCell(1).setCellValue("会议名称");
			for (int m = 1; m <= meetings; m++) {
				sheet.createRow(m).createCell(0).setCellValue("2023-0" + m + "-05");
				sheet.getRow(m).createCell(1).setCellValue("第" + m + "次调度会");
			}
			try (OutputStream out = Files.newOutputStream(CATALOG.resolveSibling("会议记录-2023.xlsx"))) {
				workbook.write(out);
			}
		}
	}

	private static String docxText(Path file) throws IOException {
		try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(file));
				var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	/** Puts a form into the input folder, in the folder it has under the generated forms. */
	private static void drop(Path form) throws IOException {
		Path target = INPUT.resolve(ROOT.resolve("forms").relativize(form).toString());
		Files.createDirectories(target.getParent());
		Files.copy(form, target);
	}

	private static String key(String unit, YearMonth month) {
		return unit + "|" + month;
	}

	private static Map<Path, Long> modified(Path folder) throws IOException {
		Map<Path, Long> times = new HashMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				times.put(file, Files.getLastModifiedTime(file).toMillis());
			}
		}
		return times;
	}

	private static Path temp() {
		try {
			return Files.createTempDirectory("yearend-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
