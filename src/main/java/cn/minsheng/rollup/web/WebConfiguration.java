package cn.minsheng.rollup.web;

import java.time.Clock;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The page's context: the auto-configurations of a servlet web application named one by one (the child must not pick
 * up the batch, data source or migration configurations its parent already ran), and the page's own components.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
		WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class, HttpEncodingAutoConfiguration.class,
		MultipartAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class,
		ThymeleafAutoConfiguration.class, SecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class })
@ComponentScan
class WebConfiguration {

	@Bean
	WebSettings webSettings(Environment environment) {
		return WebSettings.of(environment);
	}

	@Bean
	Accounts accounts(JdbcClient jdbc, Clock clock) {
		return new Accounts(jdbc, clock);
	}

	/** Runs started from the page, one at a time (the run lock refuses a second one anyway). */
	@Bean
	TaskExecutor webRunExecutor() {
		SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("web-run-");
		executor.setConcurrencyLimit(1);
		return executor;
	}

}
