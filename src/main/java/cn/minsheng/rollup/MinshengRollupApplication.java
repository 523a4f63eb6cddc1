package cn.minsheng.rollup;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import cn.minsheng.rollup.cli.CommandLineArgs;
import cn.minsheng.rollup.system.AnotherRunActiveException;
import cn.minsheng.rollup.system.AotMode;
import cn.minsheng.rollup.system.FileNameEncoding;
import cn.minsheng.rollup.system.OfficeTimeZone;
import cn.minsheng.rollup.system.TemporaryFolder;
import cn.minsheng.rollup.system.XmlFactories;

/**
 * 民生实事月报汇总: the one executable; its first argument names the command (run, template, …).
 * <p>
 * This context is the same for every command and is the one the build processes ahead of time; it is not a web
 * application ({@code spring.main.web-application-type: none}). The office's page ({@code web}) is a child context that
 * {@code serve} starts on its own, so its classes are kept out of the scan here and the auto-configurations that would
 * otherwise come alive in any context (template engine, security, JSON) are left to that child: {@code run} from cron
 * defines and starts nothing of the page. The scan declared here replaces the one {@code @SpringBootApplication}
 * brings (a directly declared {@code @ComponentScan} wins over a meta-annotation's) and keeps its two filters.
 */
@SpringBootApplication(excludeName = { "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
		"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
		"org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration" })
@ComponentScan(excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.REGEX, pattern = "cn\\.minsheng\\.rollup\\.web\\..*") })
@ConfigurationPropertiesScan
public class MinshengRollupApplication {

	/** Spring Boot's switch for its background warm-up, read once when the application starts. */
	static final String BACKGROUND_PREINITIALIZER_IGNORE = "spring.backgroundpreinitializer.ignore";

	public static void main(String[] args) {
		XmlFactories.useJdkDefaults();
		AotMode.enableWhenPackaged(MinshengRollupApplication.class);
		Optional<String> encoding = FileNameEncoding.problem();
		if (encoding.isPresent()) {
			new PrintStream(System.out, true, StandardCharsets.UTF_8).println(encoding.get());
			System.exit(2);
		}
		String[] normalized = CommandLineArgs.normalize(args);
		skipWebPreinitializationUnlessServing(normalized);
		try {
			SpringApplication application = new SpringApplication(MinshengRollupApplication.class);
			application.addListeners(new OfficeTimeZone(), new TemporaryFolder());
			System.exit(SpringApplication.exit(application.run(normalized)));
		}
		catch (SpringApplication.AbandonedRunException ex) {
			// the build's ahead-of-time processing stops the run once the context is defined
			throw ex;
		}
		catch (RuntimeException ex) {
			// The console shows no log lines; say in Chinese why nothing ran. The log file has the stack trace.
			PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
			AnotherRunActiveException busy = anotherRun(ex);
			if (busy != null) {
				out.println(busy.getMessage());
				System.exit(AnotherRunActiveException.EXIT_CODE);
			}
			out.println("启动失败：" + rootMessage(ex));
			out.println("请检查配置（application.yml、--data 等选项）；详情见数据文件夹下的 logs/rollup.log。");
			System.exit(2);
		}
	}

	/**
	 * Spring Boot warms up, on a background thread at every start, whatever libraries it finds: with the page's
	 * libraries that is Tomcat, JSON and the HTTP message converters too, CPU that a nightly {@code run} on a 2-core
	 * server pays for and never uses. Only {@code serve} serves the page; the other commands start without the warm-up
	 * (the operator's own {@code -Dspring.backgroundpreinitializer.ignore} is left as it is).
	 */
	static void skipWebPreinitializationUnlessServing(String[] args) {
		String command = Arrays.stream(args).filter((a) -> !a.startsWith("-")).findFirst().orElse("");
		if (!"serve".equals(command) && System.getProperty(BACKGROUND_PREINITIALIZER_IGNORE) == null) {
			System.setProperty(BACKGROUND_PREINITIALIZER_IGNORE, "true");
		}
	}

	private static AnotherRunActiveException anotherRun(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof AnotherRunActiveException busy) {
				return busy;
			}
		}
		return null;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
