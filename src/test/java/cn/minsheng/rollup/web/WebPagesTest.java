package cn.minsheng.rollup.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import cn.minsheng.rollup.MinshengRollupApplication;
import cn.minsheng.rollup.job.NightlyRunner;
import cn.minsheng.rollup.system.RunLock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The page's rules checked in this JVM (the browser test drives the same page in Chromium against a real process):
 * the program's context started from its classes as every command starts it, the bundled sample night run in it, and
 * the page's context started beside it as {@code serve} does, then asked through MockMvc.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesTest {

	private static final String MANAGER_PASSWORD = "管理员的长密码2023";

	@TempDir
	static Path office;

	private ConfigurableApplicationContext program;

	private WebServer web;

	private MockMvc mvc;

	@BeforeAll
	void startTheProgramRunTheSampleNightAndStartThePage() throws Exception {
		OfficeSample.copyInto(office.resolve("input"));
		this.program = SpringApplication.run(MinshengRollupApplication.class, "help",
				"--rollup.input-dir=" + office.resolve("input"), "--rollup.output-dir=" + office.resolve("output"),
				"--rollup.data-dir=" + office.resolve("data"), "--rollup.catalog-file=" + OfficeSample.CATALOG,
				"--rollup.quiet-period=0s", "--rollup.web.port=0", "--rollup.web.max-upload-size=1MB");
		try (RunLock lock = RunLock.tryAcquire(office.resolve("data"), "test").orElseThrow()) {
			this.program.getBean(NightlyRunner.class).runOnce();
		}
		Accounts accounts = new Accounts(this.program.getBean(JdbcClient.class), Clock.systemDefaultZone());
		accounts.add("张三", AccountRole.MANAGER, MANAGER_PASSWORD);
		accounts.add("李四", AccountRole.VIEWER, "查看员的长密码2023");
		NightlyRunner runner = this.program.getBean(NightlyRunner.class);
		this.web = WebServer.start(this.program, () -> runner.runOnce().getStatus().toString());
		this.mvc = MockMvcBuilders.webAppContextSetup(this.web.context()).apply(springSecurity()).build();
	}

	@AfterAll
	void stop() {
		if (this.web != null) {
			this.web.close();
		}
		if (this.program != null) {
			this.program.close();
		}
	}

	@Test
	void theProgramsContextHasNoWebServerAndThePagesHasOne() {
		assertThat(this.program).isNotInstanceOf(WebServerApplicationContext.class);
		assertThat(this.program.getBeanDefinitionNames()).noneMatch((name) -> {
			Class<?> type = this.program.getType(name);
			String typeName = type == null ? "" : type.getName();
			return typeName.startsWith("cn.minsheng.rollup.web.")
					|| typeName.startsWith("org.springframework.boot.tomcat")
					|| typeName.startsWith("org.springframework.web.servlet") || typeName.startsWith("org.thymeleaf")
					|| typeName.startsWith("org.springframework.security.web");
		});
		assertThat(this.web.context().getWebServer().getPort()).isPositive();
		assertThat(this.web.context().getServletContext().getSessionTimeout()).as("minutes").isEqualTo(30);
		assertThat(this.web.context().getBeanNamesForType(org.springframework.web.servlet.DispatcherServlet.class))
			.isNotEmpty();
	}

	@Test
	void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
		this.mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get("/file").param("area", "output").param("path", "summary"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
	}

	@Test
	void staffLogInWithNameAndPassword() throws Exception {
		this.mvc.perform(login("张三", MANAGER_PASSWORD, "10.0.0.1"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(login("张三", "不对的密码12345", "10.0.0.1"))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void theStartPageCountsTheSampleMonthsAndListsWhomToRemind() throws Exception {
		String page = page(get("/").with(viewer()));

		assertThat(page).contains("湘潭县 2023 年月报表报送情况", "2023 年 11 月", "已报送 9", "被退回 4", "未报送 1",
				"2023 年 10 月", "已报送 14");
		// 县交警大队 sent nothing for November: its liaison and phone come from its October form
		assertThat(page).containsPattern("县交警大队</td>\\s*<td>未报送</td>\\s*<td>[^<—]+</td>\\s*<td>1\\d{10}</td>");
		assertThat(page).contains("下次计划运行");
	}

	@Test
	void theStartPageShowsARunOfServesOwnScheduleWhileItRuns() throws Exception {
		try (RunLock scheduled = RunLock.tryAcquire(office.resolve("data"), "run").orElseThrow()) {
			assertThat(page(get("/").with(viewer()))).contains("正在运行：" + ProcessHandle.current().pid() + " run ");
		}
		assertThat(page(get("/").with(viewer()))).doesNotContain("正在运行：");
	}

	@Test
	void aRejectedSubmissionShowsItsProblemCellAndItsFeedbackDownloadsUnderItsChineseName() throws Exception {
		long id = this.program.getBean(JdbcClient.class)
			.sql("SELECT id FROM submission WHERE unit = '县民政局' AND period = '2023-11'")
			.query(Long.class)
			.single();

		String page = page(get("/submissions/" + id).with(viewer()));
		assertThat(page).contains("已退回", "J4", "约77", "问题反馈表：县民政局-2023年11月-月报表-问题反馈-", "退回原因：");

		Path feedback = onlyFile(office.resolve("output/feedback/2023-11/县民政局"), ".xlsx");
		MvcResult download = this.mvc
			.perform(get("/file").param("area", "output")
				.param("path", "feedback/2023-11/县民政局/" + feedback.getFileName())
				.with(viewer()))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.contains("filename*=UTF-8''%E5%8E%BF%E6%B0%91%E6%94%BF%E5%B1%80-2023%E5%B9%B411%E6%9C%88");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(Files.readAllBytes(feedback));
	}

	@Test
	void theDownloadsPageListsTheSummariesAndMakesAMonthsBlankFormsOnDemand() throws Exception {
		assertThat(page(get("/downloads").with(viewer()))).contains("湘潭县重点民生实事进展汇总表-2023年11月.xlsx",
				"运行报告-第1次.xlsx").doesNotContain("生成空白月报表模板");

		this.mvc.perform(post("/templates").param("period", "2023-12").with(manager()).with(csrf()))
			.andExpect(redirectedUrl("/downloads"));

		try (Stream<Path> forms = Files.list(office.resolve("output/templates/2023-12"))) {
			assertThat(forms).hasSize(14);
		}
		assertThat(page(get("/downloads").with(manager()))).contains("2023-12/县交警大队-2023年12月-月报表.xlsx",
				"生成空白月报表模板");
		this.mvc.perform(post("/templates").param("period", "2023-12").with(viewer()).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aDownloadPathOutsideTheFoldersIsRefused() throws Exception {
		for (String[] request : new String[][] { { "output", "../data/ledger.mv.db" }, { "data", "ledger.mv.db" },
				{ "archive", "../ledger.mv.db" }, { "output", "/etc/passwd" }, { "output", "summary" },
				{ "rejected", "../logs/rollup.log" } }) {
			this.mvc.perform(get("/file").param("area", request[0]).param("path", request[1]).with(viewer()))
				.andExpect(status().isNotFound());
		}
		assertThat(office.resolve("data/ledger.mv.db")).isRegularFile();
	}

	@Nested
	class Uploads {

		@Test
		void aManagersUploadLandsInTheInputFolderWholeAndANonWorkbookIsRefused() throws Exception {
			Path form = OfficeSample.trafficPoliceNovemberForm(office.resolve("made"));
			MockMultipartFile workbook = new MockMultipartFile("files", form.getFileName().toString(), null,
					Files.readAllBytes(form));
			MockMultipartFile text = new MockMultipartFile("files", "说明.xlsx", null,
					"这不是表格".getBytes(StandardCharsets.UTF_8));

			WebPagesTest.this.mvc.perform(multipart("/upload").file(workbook).file(text).with(manager()).with(csrf()))
				.andExpect(redirectedUrl("/upload"));

			Path input = office.resolve("input");
			assertThat(input.resolve("县交警大队-2023年11月-月报表.xlsx")).hasSameBinaryContentAs(form);
			assertThat(input.resolve("说明.xlsx")).doesNotExist();
			try (Stream<Path> files = Files.list(input)) {
				assertThat(files.map((p) -> p.getFileName().toString())).noneMatch((n) -> n.startsWith(".upload-"));
			}
			Files.delete(input.resolve("县交警大队-2023年11月-月报表.xlsx"));
		}

		@Test
		void aFileOverTheSizeLimitIsRefusedWithTheLimit() throws Exception {
			MockMultipartFile big = new MockMultipartFile("files", "县交警大队-2023年11月-月报表.xlsx", null,
					new byte[1024 * 1024 + 1]);

			MvcResult result = WebPagesTest.this.mvc
				.perform(multipart("/upload").file(big).with(manager()).with(csrf()))
				.andExpect(redirectedUrl("/upload"))
				.andReturn();

			assertThat(result.getFlashMap().get("results").toString()).contains("文件超过上传上限 1 MB");
			assertThat(office.resolve("input/县交警大队-2023年11月-月报表.xlsx")).doesNotExist();
		}

		@Test
		void aViewerCannotUploadOrRun() throws Exception {
			MockMultipartFile file = new MockMultipartFile("files", "县交警大队-2023年11月-月报表.xlsx", null, new byte[] { 1 });

			WebPagesTest.this.mvc.perform(get("/upload").with(viewer())).andExpect(status().isForbidden());
			WebPagesTest.this.mvc.perform(multipart("/upload").file(file).with(viewer()).with(csrf()))
				.andExpect(status().isForbidden());
			WebPagesTest.this.mvc.perform(post("/run").with(viewer()).with(csrf())).andExpect(status().isForbidden());
			assertThat(office.resolve("input/县交警大队-2023年11月-月报表.xlsx")).doesNotExist();
		}

		@Test
		void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
			WebPagesTest.this.mvc.perform(post("/run").with(manager())).andExpect(status().isForbidden());
		}

		@Test
		void runNowIsRefusedWhileAnotherTaskHoldsTheRunLock() throws Exception {
			try (RunLock held = RunLock.tryAcquire(office.resolve("data"), "run").orElseThrow()) {
				WebPagesTest.this.mvc.perform(post("/run").with(manager()).with(csrf()))
					.andExpect(redirectedUrl("/upload"))
					.andExpect((result) -> assertThat(result.getFlashMap().get("runMessage").toString())
						.contains("另一个汇总任务正在运行", "本次未启动"));
			}
		}

	}

	@Test
	void repeatedWrongPasswordsLockTheNameForAWhileEvenWithTheRightOne() throws Exception {
		new Accounts(this.program.getBean(JdbcClient.class), Clock.systemDefaultZone())
			.add("王五", AccountRole.VIEWER, "王五的长密码2023");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(login("王五", "猜的密码" + i, "10.0.0.7"))
				.andExpect(redirectedUrl("/login?error"));
		}

		MvcResult refused = this.mvc.perform(login("王五", "王五的长密码2023", "10.0.0.8"))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		String page = page(get("/login").session((org.springframework.mock.web.MockHttpSession) refused.getRequest()
			.getSession()));
		assertThat(page).contains("登录失败次数过多");
	}

	@Test
	void aDisabledAccountLosesItsOpenSession() throws Exception {
		Accounts accounts = new Accounts(this.program.getBean(JdbcClient.class), Clock.systemDefaultZone());
		accounts.add("赵六", AccountRole.VIEWER, "赵六的长密码2023");
		MvcResult login = this.mvc.perform(login("赵六", "赵六的长密码2023", "10.0.0.9"))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		org.springframework.mock.web.MockHttpSession session = (org.springframework.mock.web.MockHttpSession) login
			.getRequest()
			.getSession();
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());

		accounts.disable("赵六");

		this.mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/login?disabled"));
	}

	@Test
	void theLoginPageSaysHowToCreateTheFirstAccountOnlyWhileThereIsNone() throws Exception {
		assertThat(page(get("/login"))).doesNotContain("还没有任何账户");
	}

	private String page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	/** The login form as a browser posts it, from a computer with the given address. */
	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder login(String name,
			String password, String address) {
		return post("/login").param("username", name).param("password", password).with(csrf()).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		});
	}

	private static RequestPostProcessor viewer() {
		return user("李四").roles("VIEWER");
	}

	private static RequestPostProcessor manager() {
		return user("张三").roles("VIEWER", "MANAGER");
	}

	private static Path onlyFile(Path folder, String suffix) throws java.io.IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter((p) -> p.toString().endsWith(suffix)).findFirst().orElseThrow();
		}
	}

}
