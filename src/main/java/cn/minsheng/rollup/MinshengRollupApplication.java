package cn.minsheng.rollup;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;

import cn.minsheng.rollup.cli.CommandLineArgs;
import cn.minsheng.rollup.system.AotMode;
import cn.minsheng.rollup.system.XmlFactories;

/**
 * 民生实事月报汇总: the one executable; its first argument names the command (run, template, …).
 * <p>
 * This context is the same for every command and is the one the build processes ahead of time; it is not a web
 * application ({@code spring.main.web-application-type: none}). The office's page ({@code web}) is a child context that
 * {@code serve} starts on its own, so its classes are kept out of the scan here and the auto-configurations that would
 * otherwise come alive in any context (template engine, security, JSON) are left to that child: {@code run} from cron
 * defines and starts nothing of the page.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = { "org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
		"org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
		"org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration" })
@ComponentScan(excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.REGEX, pattern = "cn\\.minsheng\\.rollup\\.web\\..*") })
@ConfigurationPropertiesScan
public class MinshengRollupApplication {

	public static void main(String[] args) {
		XmlFactories.useJdkDefaults();
		AotMode.enableWhenPackaged(MinshengRollupApplication.class);
		String[] normalized = CommandLineArgs.normalize(args);
		try {
			System.exit(SpringApplication.exit(SpringApplication.run(MinshengRollupApplication.class, normalized)));
		}
		catch (SpringApplication.AbandonedRunException ex) {
			// the build's ahead-of-time processing stops the run once the context is defined
			throw ex;
		}
		catch (RuntimeException ex) {
			// The console shows no log lines; say in Chinese why nothing ran. The log file has the stack trace.
			PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
			out.println("启动失败：" + rootMessage(ex));
			out.println("请检查配置（application.yml、--data 等选项）；详情见数据文件夹下的 logs/rollup.log。");
			System.exit(2);
		}
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
