package cn.minsheng.rollup.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may see what: everything but the login page and the style sheet needs a login; uploading and starting a run need
 * the 管理 role. Spring Security's defaults stay on: CSRF tokens on every form (Thymeleaf adds them), a new session at
 * login, security headers. Sessions time out after {@code rollup.web.session-timeout}.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	@Bean
	SecurityFilterChain pages(HttpSecurity http, AccountLogin login) throws Exception {
		http.authenticationProvider(login)
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers("/login", "/web.css", "/error").permitAll()
				.requestMatchers("/upload", "/run").hasRole("MANAGER")
				.requestMatchers(HttpMethod.POST, "/templates").hasRole("MANAGER")
				.anyRequest().hasRole("VIEWER"))
			.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?error"))
			.logout((logout) -> logout.logoutSuccessUrl("/login?logout"))
			.exceptionHandling((denied) -> denied.accessDeniedPage("/error/forbidden"));
		return http.build();
	}

}
