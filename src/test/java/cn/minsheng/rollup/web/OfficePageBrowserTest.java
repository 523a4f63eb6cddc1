package cn.minsheng.rollup.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import cn.minsheng.rollup.cli.RollupProcess;
import cn.minsheng.rollup.testing.Prerequisites;
import cn.minsheng.rollup.testing.SlowTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's page as staff use it, in headless Chromium (Debian's chromium and chromium-driver) driven by Selenium,
 * against a real {@code serve} process on a free loopback port: the sample night run, two accounts made with the
 * {@code account} command. Without Chromium the test is skipped on a developer's machine and fails in CI
 * ({@code CI=true}), where {@code .ci/run} installs it. {@code -Dweb.screenshot=docs/web-start-page.png} also saves
 * the start page as the README shows it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SlowTest
class OfficePageBrowserTest {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	private static final String MANAGER_PASSWORD = "管理员的长密码2023";

	private static final String VIEWER_PASSWORD = "查看员的长密码2023";

	@TempDir
	static Path dir;

	private static RollupProcess office;

	private static RollupProcess.Started serve;

	private static String base;

	private static WebDriver browser;

	private static Path downloads;

	@BeforeAll
	static void runTheSampleNightMakeAccountsAndServe() throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		Prerequisites.require(installed, "headless Chromium not installed: apt-get install chromium chromium-driver");
		office = RollupProcess.in(dir.resolve("office")).fromClasses();
		OfficeSample.copyInto(office.input());
		RollupProcess.Finished run = office.run(TIMEOUT, "run");
		assertThat(run.exitCode()).as(run.toString()).isZero();
		account("张三", "管理", MANAGER_PASSWORD);
		account("李四", "查看", VIEWER_PASSWORD);
		serve = office.start("serve", "--rollup.web.port=0");
		serve.awaitOutput("服务运行中", TIMEOUT);
		Matcher url = Pattern.compile("网页已启动：(http://127\\.0\\.0\\.1:\\d+/)").matcher(serve.output());
		assertThat(url.find()).as(serve.output()).isTrue();
		base = url.group(1);
		downloads = Files.createDirectories(dir.resolve("downloads"));
		browser = chromium(downloads, dir.resolve("profile"));
	}

	@AfterAll
	static void stop() throws InterruptedException {
		if (browser != null) {
			browser.quit();
		}
		if (serve != null) {
			serve.process().destroy();
			serve.process().waitFor();
		}
	}

	@Test
	@Order(1)
	void anAnonymousVisitorGetsTheLoginPage() {
		browser.get(base);

		assertThat(browser.getCurrentUrl()).endsWith("/login");
		assertThat(browser.findElement(By.id("login")).getText()).isEqualTo("登录");
	}

	@Test
	@Order(2)
	void aManagerLogsInAndReadsTheSampleMatrix() throws IOException {
		logIn("张三", MANAGER_PASSWORD);

		assertThat(cell("县人社局", "2023-10")).isEqualTo("已报送");
		assertThat(cell("县民政局", "2023-11")).isEqualTo("被退回");
		assertThat(cell("县教育局", "2023-11")).isEqualTo("被退回");
		assertThat(cell("县医保局", "2023-11")).isEqualTo("已报送");
		assertThat(cell("县交警大队", "2023-11")).isEqualTo("未报送");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("已报送 9", "被退回 4", "未报送 1");
		String screenshot = System.getProperty("web.screenshot");
		if (screenshot != null) {
			Files.write(Path.of(screenshot), ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
		}
	}

	@Test
	@Order(3)
	void aRejectedSubmissionShowsItsProblemAndItsFeedbackDownloads() throws IOException {
		browser.findElement(By.cssSelector("tr[data-unit='县民政局'] td[data-month='2023-11'] a")).click();

		assertThat(browser.findElement(By.id("outcome")).getText()).isEqualTo("已退回");
		assertThat(browser.findElement(By.id("problems")).getText()).contains("J4", "约77");
		browser.findElement(By.partialLinkText("问题反馈表：")).click();

		Path feedback = only(office.output().resolve("feedback/2023-11/县民政局"), ".xlsx");
		Path downloaded = downloads.resolve(feedback.getFileName().toString());
		new WebDriverWait(browser, Duration.ofSeconds(30)).until((d) -> Files.isRegularFile(downloaded)
				&& !Files.exists(downloads.resolve(downloaded.getFileName() + ".crdownload")));
		assertThat(downloaded.getFileName().toString()).startsWith("县民政局-2023年11月-月报表-问题反馈-");
		assertThat(downloaded).hasSameBinaryContentAs(feedback);
	}

	@Test
	@Order(4)
	void aManagerUploadsAFormRunsNowAndSeesTheMatrixChange() throws IOException {
		Path form = OfficeSample.trafficPoliceNovemberForm(dir.resolve("made"));
		browser.findElement(By.linkText("上传报表")).click();
		browser.findElement(By.id("files")).sendKeys(form.toAbsolutePath().toString());
		browser.findElement(By.id("upload")).click();

		assertThat(browser.findElement(By.id("upload-results")).getText())
			.contains("县交警大队-2023年11月-月报表.xlsx：已放入 input/县交警大队-2023年11月-月报表.xlsx");
		assertThat(office.input().resolve("县交警大队-2023年11月-月报表.xlsx")).hasSameBinaryContentAs(form);
		browser.findElement(By.id("run-now")).click();
		assertThat(browser.findElement(By.id("run-message")).getText()).contains("已开始处理");

		// received today, long after November's due day: accepted, and late
		new WebDriverWait(browser, TIMEOUT).pollingEvery(Duration.ofSeconds(2)).until((d) -> {
			d.get(base);
			return cell("县交警大队", "2023-11").equals("逾期");
		});
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("已报送 9", "逾期 1", "被退回 4");
		assertThat(office.input().resolve("县交警大队-2023年11月-月报表.xlsx")).doesNotExist();
	}

	@Test
	@Order(5)
	void aViewerCannotUploadAndAPathOutsideTheFoldersIsRefused() throws IOException {
		browser.findElement(By.cssSelector("form.who button")).click();
		logIn("李四", VIEWER_PASSWORD);

		assertThat(browser.findElements(By.linkText("上传报表"))).isEmpty();
		browser.get(base + "upload");
		assertThat(browser.findElement(By.id("forbidden")).getText()).isEqualTo("无权操作");

		browser.get(base + "file?area=output&path=../data/ledger.mv.db");
		assertThat(browser.findElement(By.id("error-status")).getText()).isEqualTo("找不到该页面或文件");
		try (Stream<Path> files = Files.list(downloads)) {
			assertThat(files.map((p) -> p.getFileName().toString())).noneMatch((n) -> n.contains("ledger"));
		}
	}

	private static void logIn(String name, String password) {
		browser.get(base + "login");
		browser.findElement(By.id("username")).sendKeys(name);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.id("login")).click();
		assertThat(browser.findElement(By.className("who")).getText()).contains(name);
	}

	private static String cell(String unit, String month) {
		return browser.findElement(By.cssSelector("tr[data-unit='" + unit + "'] td[data-month='" + month + "']"))
			.getText()
			.strip();
	}

	private static void account(String name, String role, String password) throws IOException {
		Path file = Files.writeString(dir.resolve(name + ".txt"), password + "\n", StandardCharsets.UTF_8);
		RollupProcess.Finished added = office.run(TIMEOUT, "account", "--add=" + name, "--role=" + role,
				"--password-file=" + file);
		assertThat(added.exitCode()).as(added.toString()).isZero();
	}

	private static WebDriver chromium(Path downloadDir, Path profile) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toString());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--window-size=1280,1500",
				"--user-data-dir=" + profile, "--lang=zh-CN");
		options.setExperimentalOption("prefs", Map.of("download.default_directory", downloadDir.toString(),
				"download.prompt_for_download", false, "safebrowsing.enabled", false));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return driver;
	}

	private static Path only(Path folder, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			List<Path> found = files.filter((p) -> p.toString().endsWith(suffix)).toList();
			assertThat(found).hasSize(1);
			return found.get(0);
		}
	}

}
