package cn.minsheng.rollup.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.minsheng.rollup.intake.FileDigest;
import cn.minsheng.rollup.sample.SampleFormat;
import cn.minsheng.rollup.sample.SampleMistake;
import cn.minsheng.rollup.testing.SlowTest;

/**
 * One night of the real program (its own process, 512 MB heap) over what units' computers and mail really produce:
 * one small file for each reason a file is sent back, hostile files (XML and zip bombs, external entities, a 5 MB
 * string in every cell, 50,000 merged cells, duplicate zip entries) and odd names (spaces, %, .., very long, not
 * UTF-8, formula-like). Every file must end accepted or rejected with the right Chinese reason, kept in one place
 * under a harmless name; nothing may be written outside our folders, no secret read, no formula planted.
 */
@SlowTest
class NightlyJobHostileInputTest {

	private static final String SECRET = "SECRET-7f3a9c-不应出现";

	/** The folders sit a few levels down, so that a path climbing out of them would still land inside the temp dir. */
	@TempDir
	static Path temp;

	static Path staging;

	static ForkedNightlyRun job;

	static final Map<String, String> dropped = new LinkedHashMap<>();

	static Map<String, RunAudit.Placed> placed;

	static ForkedNightlyRun.Result run;

	@BeforeAll
	static void runTheJobOverEveryKindOfBadFile() throws Exception {
		staging = Files.createDirectories(temp.resolve("staging"));
		job = new ForkedNightlyRun(Files.createDirectories(temp.resolve("a/b/c/d/office")));
		Path secret = Files.writeString(staging.resolve("secret.txt"), SECRET);
		Path xlsx = FormFiles.validForm(staging, SampleFormat.XLSX, 1);
		Path xls = FormFiles.validForm(staging, SampleFormat.XLS, 2);
		reasonClasses(xlsx, xls);
		hostileContent(xlsx, secret);
		oddNames();
		run = job.run(Duration.ofMinutes(3));
		Map<String, RunAudit.Placed> byPath = new LinkedHashMap<>();
		RunAudit.decisions(job).forEach((p) -> byPath.put(p.sourcePath(), p));
		placed = byPath;
		System.out.println("Hostile input (run took " + run.took().toSeconds() + " s):\n"
				+ RunAudit.tally(List.copyOf(placed.values())));
	}

	private static void reasonClasses(Path xlsx, Path xls) throws IOException {
		drop("加密.xlsx", BrokenFiles.encryptedXlsx(xlsx, staging.resolve("e1")));
		drop("加密.xls", BrokenFiles.passwordXls(xls, staging.resolve("e2")));
		drop("截断.xlsx", BrokenFiles.truncated(xlsx, staging.resolve("t1")));
		drop("截断.xls", BrokenFiles.truncated(xls, staging.resolve("t2")));
		drop("随机字节.xlsx", BrokenFiles.random(staging.resolve("r1"), 42, 20_000));
		drop("扫描件.xlsx", BrokenFiles.bytes(staging.resolve("p1"), BrokenFiles.utf8("%PDF-1.7\n%âãÏÓ\n1 0 obj\n")));
		drop("二进制工作簿.xlsb", BrokenFiles.xlsb(staging.resolve("b1")));
		drop("开放文档.ods", BrokenFiles.ods(staging.resolve("o1")));
		drop("Excel4.xls", BrokenFiles.excel4(staging.resolve("x4")));
		drop("Excel95.xls", BrokenFiles.excel95(staging.resolve("x5")));
		drop("严格格式.xlsx", BrokenFiles.strictOoxml(xlsx, staging.resolve("s1")));
		drop("压缩炸弹.xlsx", BrokenFiles.zipBomb(xlsx, staging.resolve("z1")));
		drop("空文件.xlsx", BrokenFiles.bytes(staging.resolve("n1"), new byte[0]));
		drop("通讯录.xlsx", BrokenFiles.notOurForm(staging.resolve("c1")));
		drop("数据有误.xls", FormFiles.formWithMistake(staging, SampleFormat.XLS, SampleMistake.TEXT_IN_NUMBER_CELL));
		drop("数据有误-实为xlsx.xls",
				FormFiles.formWithMistake(staging, SampleFormat.XLSX, SampleMistake.MISSING_REQUIRED_CELL));
	}

	private static void hostileContent(Path xlsx, Path secret) throws IOException {
		drop("实体膨胀.xlsx", HostileFiles.billionLaughs(xlsx, staging.resolve("h1")));
		drop("外部实体-表格.xlsx",
				HostileFiles.externalEntity(xlsx, staging.resolve("h2"), HostileFiles.MAIN_SHEET, secret));
		drop("外部实体-工作簿.xlsx",
				HostileFiles.externalEntity(xlsx, staging.resolve("h3"), HostileFiles.WORKBOOK, secret));
		drop("超长共享字符串.xlsx", HostileFiles.hugeSharedString(FormFiles.validForm(staging, SampleFormat.XLSX, 3),
				staging.resolve("h4"), 2_000));
		drop("五万合并单元格.xlsx", HostileFiles.manyMerges(FormFiles.validForm(staging, SampleFormat.XLSX, 4),
				staging.resolve("h5"), 50_000));
		drop("重复条目.xlsx", HostileFiles.duplicateEntries(xlsx, FormFiles.validForm(staging, SampleFormat.XLSX, 5),
				staging.resolve("h6")));
		drop("路径穿越.xlsx", HostileFiles.climbingNames(FormFiles.validForm(staging, SampleFormat.XLSX, 6),
				staging.resolve("h7")));
		// another unit, so that its figures are the ones in force in the summary
		drop("公式样文字.xlsx", HostileFiles.formulaLikeTexts(
				FormFiles.validForm(staging, "县教育局", SampleFormat.XLSX, 7), staging.resolve("h8")));
	}

	private static void oddNames() throws IOException, InterruptedException {
		long seed = 100;
		for (String name : List.of("县人社局 2023年11月 月报表 (1).xlsx", "县人社局%2F..%2F11月%20报表.xlsx", "县人社局11月..xlsx",
				"县".repeat(76) + ".xlsx", "=1+2 县人社局.xlsx", "@SUM(A1) 县人社局.xlsx", "+86 县人社局.xlsx",
				"-县人社局.xlsx")) {
			drop(name, FormFiles.validForm(staging, SampleFormat.XLSX, seed++));
		}
		// a unit sends back the reason note it got, together with the file it was about
		drop("县人社局-退回.xlsx.退回原因.txt", BrokenFiles.bytes(staging.resolve("note"),
				BrokenFiles.utf8("民生实事月报表退回通知\r\n原因：文件已加密\r\n")));
		drop("县人社局-退回.xlsx", BrokenFiles.random(staging.resolve("r2"), 43, 3_000));
		String deep = String.join("/", List.of("很长的文件夹名称".repeat(10), "第二层文件夹".repeat(12),
				"第三层".repeat(20), "县人社局十一月份报送的民生实事月报表".repeat(4) + ".xlsx"));
		drop(deep, FormFiles.validForm(staging, SampleFormat.XLSX, seed++));
		dropWithRawName(new byte[] { 'b', 'a', 'd', (byte) 0xFF, (byte) 0xFE, '.', 'x', 'l', 's', 'x' },
				"bad\uFFFD\uFFFD.xlsx", FormFiles.validForm(staging, SampleFormat.XLSX, seed++));
	}

	private static void drop(String relativePath, Path content) throws IOException {
		Path target = job.inputDir().resolve(relativePath);
		Files.createDirectories(target.getParent());
		Files.copy(content, target);
		Files.setLastModifiedTime(target, FileTime.from(Instant.now().minusSeconds(600)));
		dropped.put(relativePath, FileDigest.sha256(target));
	}

	/**
	 * A name whose bytes are not UTF-8, as an old Windows zip tool or a Samba share in GBK leaves them. Java cannot
	 * spell such a name, so the shell makes the file.
	 */
	private static void dropWithRawName(byte[] rawName, String asDecoded, Path content)
			throws IOException, InterruptedException {
		StringBuilder octal = new StringBuilder();
		for (byte b : rawName) {
			octal.append(String.format("\\%03o", b & 0xff));
		}
		Process cp = new ProcessBuilder("sh", "-c", "cp \"$0\" \"$1/$(printf '" + octal + "')\"", content.toString(),
				job.inputDir().toString()).inheritIO().start();
		assertThat(cp.waitFor()).isZero();
		try (Stream<Path> listing = Files.list(job.inputDir())) {
			Path made = listing.filter((p) -> p.getFileName().toString().equals(asDecoded)).findFirst().orElseThrow();
			Files.setLastModifiedTime(made, FileTime.from(Instant.now().minusSeconds(600)));
		}
		dropped.put(asDecoded.replace('\uFFFD', '_'), FileDigest.sha256(content));
	}

	@Test
	void theRunCompletesAndEveryFileEndsInOnePlaceWithAChineseReason() throws Exception {
		assertThat(run.exitCode()).as("exit code; console:%n%s", run.console()).isZero();

		assertThat(RunAudit.audit(job, dropped)).hasSize(dropped.size());
	}

	static Stream<Arguments> reasonClasses() {
		return Stream.of(Arguments.of("加密.xlsx", "ENCRYPTED", "密码"), Arguments.of("加密.xls", "ENCRYPTED", "密码"),
				Arguments.of("截断.xlsx", "CORRUPT", "损坏"), Arguments.of("截断.xls", "CORRUPT", "损坏"),
				Arguments.of("随机字节.xlsx", "NOT_SPREADSHEET", "不是 Excel 表格"),
				Arguments.of("扫描件.xlsx", "NOT_SPREADSHEET", "PDF"),
				Arguments.of("二进制工作簿.xlsb", "UNSUPPORTED_FORMAT", ".xlsb"),
				Arguments.of("开放文档.ods", "UNSUPPORTED_FORMAT", ".ods"),
				Arguments.of("Excel4.xls", "UNSUPPORTED_FORMAT", "Excel 2.x–4.0"),
				Arguments.of("Excel95.xls", "UNSUPPORTED_FORMAT", "Excel 95"),
				Arguments.of("严格格式.xlsx", "UNSUPPORTED_FORMAT", "Strict OOXML"),
				Arguments.of("压缩炸弹.xlsx", "TOO_LARGE", "压缩炸弹"), Arguments.of("空文件.xlsx", "EMPTY", "文件为空"),
				Arguments.of("通讯录.xlsx", "NOT_OUR_FORM", "未找到月报表"),
				Arguments.of("数据有误.xls", "INVALID", "数据校验未通过"),
				Arguments.of("数据有误-实为xlsx.xls", "INVALID", "数据校验未通过"),
				Arguments.of("实体膨胀.xlsx", "CORRUPT", "DOCTYPE 或实体"),
				Arguments.of("外部实体-表格.xlsx", "CORRUPT", "DOCTYPE 或实体"),
				Arguments.of("外部实体-工作簿.xlsx", "CORRUPT", "DOCTYPE 或实体"),
				Arguments.of("重复条目.xlsx", "CORRUPT", "损坏"));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("reasonClasses")
	void eachFileIsSentBackForItsOwnReasonNamedInChinese(String file, String kind, String named) {
		RunAudit.Placed decided = placed.get(file);

		assertThat(decided).as("decision on %s", file).isNotNull();
		assertThat(decided.outcome()).isEqualTo("REJECTED");
		assertThat(decided.kind()).isEqualTo(kind);
		assertThat(decided.reason()).contains(named);
	}

	@Test
	void aHugeStringInEveryCellAndFiftyThousandMergesAreDecidedWithinTime() {
		RunAudit.Placed huge = placed.get("超长共享字符串.xlsx");
		RunAudit.Placed merges = placed.get("五万合并单元格.xlsx");

		assertThat(huge.took()).isLessThan(RunAudit.PER_FILE_LIMIT);
		assertThat(merges.outcome()).as(merges.reason()).isEqualTo("ACCEPTED");
	}

	@Test
	void noSecretFromAnExternalEntityReachesTheLedgerOrAnyFileWeWrote() throws Exception {
		assertThat(job.query("SELECT reason FROM submission")).allSatisfy(
				(r) -> assertThat(String.valueOf(r.get("reason"))).doesNotContain(SECRET));
		assertThat(job.query("SELECT message FROM violation")).allSatisfy(
				(r) -> assertThat(String.valueOf(r.get("message"))).doesNotContain(SECRET));
		for (Path file : RunAudit.regularFiles(job.outputDir())) {
			assertThat(ProducedWorkbooks.textOf(file)).as(file.toString()).doesNotContain(SECRET);
		}
	}

	@Test
	void oddNamesAreKeptUnderHarmlessNamesThatStillOpen() {
		assertThat(placed.get("县人社局 2023年11月 月报表 (1).xlsx").stored().getFileName())
			.hasToString("县人社局 2023年11月 月报表 (1).xlsx");
		assertThat(placed.get("县人社局%2F..%2F11月%20报表.xlsx").stored().getFileName().toString())
			.startsWith("县人社局%2F").endsWith(".xlsx").doesNotContain("..");
		assertThat(placed.get("县人社局11月..xlsx").stored().getFileName()).hasToString("县人社局11月.xlsx");
		assertThat(placed.get("县".repeat(76) + ".xlsx").stored().getFileName().toString()).endsWith(".xlsx")
			.satisfies((name) -> assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(200));
		assertThat(placed.get("bad__.xlsx").stored().getFileName()).hasToString("bad__.xlsx");
		assertThat(placed.get("县人社局-退回.xlsx.退回原因.txt").stored().getFileName())
			.hasToString("县人社局-退回.xlsx.退回原因（原件）.txt");
	}

	@Test
	void nothingReadFromAFileMakesUsWriteOutsideOurFolders() throws IOException {
		Path office = job.inputDir().getParent();
		List<Path> outside = new ArrayList<>();
		for (Path file : RunAudit.regularFiles(temp)) {
			boolean console = file.getParent().equals(office) && file.getFileName().toString().startsWith("console-");
			boolean ours = file.startsWith(staging) || file.startsWith(job.outputDir())
					|| file.startsWith(job.dataDir()) || console;
			if (!ours) {
				outside.add(file);
			}
		}
		assertThat(outside).isEmpty();
		List<Path> namedByTheFile = new ArrayList<>(RunAudit.regularFiles(job.outputDir()));
		namedByTheFile.addAll(RunAudit.regularFiles(job.dataDir()));
		namedByTheFile.removeIf((p) -> !p.toString().contains("逃逸"));
		assertThat(namedByTheFile).as("files or folders named after text in the file").isEmpty();
	}

	@Test
	void formulaLikeTextIsWrittenAsTextInEveryWorkbookWeProduce() throws IOException {
		Map<String, List<String>> formulaLike = new LinkedHashMap<>();
		for (Path file : RunAudit.regularFiles(job.outputDir())) {
			String name = file.getFileName().toString();
			if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
				formulaLike.put(name, ProducedWorkbooks.formulaLikeTexts(file));
			}
		}
		assertThat(formulaLike).as("formula-like texts found as text, by workbook")
			.hasEntrySatisfying("运行报告-第1次.xlsx", (texts) -> assertThat(texts).contains("=1+2 县人社局.xlsx",
					"@SUM(A1) 县人社局.xlsx", "+86 县人社局.xlsx"))
			.hasEntrySatisfying("湘潭县重点民生实事进展汇总表-2023年11月.xlsx",
					(texts) -> assertThat(texts).contains("=HYPERLINK(\"http://example.com/x\",\"点我\")"));
		assertThat(placed.get("公式样文字.xlsx").outcome()).as(placed.get("公式样文字.xlsx").reason()).isEqualTo("ACCEPTED");
	}

	@Test
	void feedbackWorkbooksOpenUnderTheirOwnExtensionAndOthersMayReadThem() throws IOException {
		List<Path> workbooks = RunAudit.regularFiles(job.outputDir()).stream()
			.filter((p) -> p.getFileName().toString().contains("问题反馈")).toList();

		assertThat(workbooks).extracting((p) -> p.getFileName().toString())
			.anyMatch((n) -> n.startsWith("数据有误-") && n.endsWith(".xls"))
			.anyMatch((n) -> n.startsWith("数据有误-实为xlsx-") && n.endsWith(".xlsx"));
		for (Path workbook : workbooks) {
			FileMagic magic = FileMagic.valueOf(workbook.toFile());
			assertThat(magic).as(workbook.getFileName().toString())
				.isEqualTo(workbook.toString().endsWith(".xls") ? FileMagic.OLE2 : FileMagic.OOXML);
			if (Files.getFileStore(workbook).supportsFileAttributeView("posix")) {
				assertThat(Files.getPosixFilePermissions(workbook)).contains(PosixFilePermission.OTHERS_READ);
			}
		}
	}

}
