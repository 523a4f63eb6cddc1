package cn.minsheng.rollup.system;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.cli.RollupProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's page in the jar the build made, which starts from bean definitions generated ahead of time: those
 * definitions hold nothing of the page, a nightly {@code run} loads no class of a web server, and {@code serve} still
 * serves the page (its context is defined when {@code serve} starts) with login against an account the {@code account}
 * command made.
 */
class PackagedWebIT {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	/**
	 * Packages of the page and its server; none of their classes belongs in a nightly run. (Spring Boot's check whether
	 * the program could be a web application, {@code WebMvcWebApplicationTypeDeducer}, looks for the servlet API and
	 * Spring MVC's DispatcherServlet before it reads {@code web-application-type: none}: those few classes are loaded,
	 * nothing that serves.)
	 */
	private static final List<String> WEB_PACKAGES = List.of("org.apache.catalina.",
			"org.apache.tomcat.", "org.apache.coyote.", "org.springframework.boot.tomcat.", "org.thymeleaf.",
			"org.springframework.security.web.", "org.springframework.boot.webmvc.autoconfigure.");

	private static final Pattern THE_COMMANDS_NAME = Pattern
		.compile(" cn\\.minsheng\\.rollup\\.web\\.(Account|AccountRole|Accounts|WebServer) source");

	@TempDir
	Path dir;

	@Test
	void theAheadOfTimeDefinitionsHoldNothingOfThePage() throws IOException {
		Path jar = Path.of(System.getProperty(RollupProcess.PACKAGED_JAR));
		try (JarFile file = new JarFile(jar.toFile())) {
			List<String> generated = Collections.list(file.entries())
				.stream()
				.map((e) -> e.getName())
				.filter((name) -> name.contains("__BeanDefinitions") || name.contains("__Autowiring"))
				.toList();

			assertThat(generated).anyMatch((name) -> name.contains("cn/minsheng/rollup/cli/RunCommand__"));
			assertThat(generated).noneMatch((name) -> name.contains("cn/minsheng/rollup/web/")
					|| name.contains("/tomcat/") || name.contains("/webmvc/") || name.contains("/thymeleaf/")
					|| name.contains("/security/"));
		}
	}

	@Test
	void aNightlyRunFromTheJarLoadsNoClassOfTheWebServer() throws IOException {
		Path classes = this.dir.resolve("classes.log");
		RollupProcess office = RollupProcess.in(this.dir.resolve("run"))
			.withJvmOption("-Xlog:class+load=info:file=" + classes);
		assertThat(office.packaged()).as("run by failsafe with " + RollupProcess.PACKAGED_JAR).isTrue();

		RollupProcess.Finished run = office.run(TIMEOUT, "run");

		assertThat(run.exitCode()).as(run.toString()).isZero();
		assertThat(office.data().resolve("logs/rollup.log")).content().contains("Starting AOT-processed");
		List<String> loaded = Files.readAllLines(classes);
		assertThat(loaded).anyMatch((line) -> line.contains("cn.minsheng.rollup.cli.RunCommand"));
		assertThat(loaded).noneMatch((line) -> WEB_PACKAGES.stream().anyMatch((p) -> line.contains(" " + p)));
		// of the page's own classes, at most the few that the account and serve commands name (the JVM's bytecode
		// verifier may load them with those commands): never its context, controllers or security
		assertThat(loaded).filteredOn((line) -> line.contains(" cn.minsheng.rollup.web."))
			.allMatch((line) -> THE_COMMANDS_NAME.matcher(line).find());
	}

	@Test
	void serveFromTheJarServesThePageAndLetsAnAccountLogIn() throws Exception {
		RollupProcess office = RollupProcess.in(this.dir.resolve("serve"));
		Path password = Files.writeString(this.dir.resolve("pw.txt"), "打包测试的长密码\n", StandardCharsets.UTF_8);
		RollupProcess.Finished added = office.run(TIMEOUT, "account", "--add=张三", "--role=管理",
				"--password-file=" + password);
		assertThat(added.exitCode()).as(added.toString()).isZero();

		RollupProcess.Started serve = office.start("serve", "--rollup.web.port=0");
		try {
			serve.awaitOutput("服务运行中", TIMEOUT);
			Matcher url = Pattern.compile("网页已启动：(http://127\\.0\\.0\\.1:\\d+/)").matcher(serve.output());
			assertThat(url.find()).as(serve.output()).isTrue();
			HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

			HttpResponse<String> anonymous = http.send(get(url.group(1)), HttpResponse.BodyHandlers.ofString());
			assertThat(anonymous.statusCode()).isEqualTo(302);
			assertThat(anonymous.headers().firstValue("Location"))
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));

			String login = http.send(get(url.group(1) + "login"), HttpResponse.BodyHandlers.ofString()).body();
			Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
			assertThat(csrf.find()).as(login).isTrue();
			String form = "username=" + URLEncoder.encode("张三", StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode("打包测试的长密码", StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
			HttpResponse<String> loggedIn = http.send(HttpRequest.newBuilder(URI.create(url.group(1) + "login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(loggedIn.headers().firstValue("Location")).hasValue(url.group(1));

			HttpResponse<String> start = http.send(get(url.group(1)), HttpResponse.BodyHandlers.ofString());
			assertThat(start.statusCode()).isEqualTo(200);
			assertThat(start.body()).contains("湘潭县 2023 年月报表报送情况", "张三（管理）");
			assertThat(office.data().resolve("logs/rollup.log")).content().contains("Starting AOT-processed");
		}
		finally {
			serve.process().destroy();
			serve.process().waitFor();
		}
	}

	@Test
	void serveWithNoWebServesNoPage() {
		RollupProcess.Finished serve = RollupProcess.in(this.dir.resolve("noweb"))
			.run(TIMEOUT, "serve", "--no-web", "--max-runs=0");

		assertThat(serve.exitCode()).as(serve.toString()).isZero();
		assertThat(serve.output()).contains("项目清单：2023 年").doesNotContain("网页");
	}

	private static HttpRequest get(String url) {
		return HttpRequest.newBuilder(URI.create(url)).GET().build();
	}

}
