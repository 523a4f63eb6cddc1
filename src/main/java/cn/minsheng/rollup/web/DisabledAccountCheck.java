package cn.minsheng.rollup.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * An account disabled with {@code account --disable} loses its open sessions at their next request, not only its
 * future logins.
 */
@Component
class DisabledAccountCheck implements HandlerInterceptor, WebMvcConfigurer {

	private final Accounts accounts;

	DisabledAccountCheck(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).excludePathPatterns("/login", "/web.css", "/error", "/error/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Authentication who = SecurityContextHolder.getContext().getAuthentication();
		if (who == null || who instanceof AnonymousAuthenticationToken || !who.isAuthenticated()) {
			return true;
		}
		boolean enabled = this.accounts.find(who.getName()).map(Account::enabled).orElse(false);
		if (enabled) {
			return true;
		}
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		response.sendRedirect(request.getContextPath() + "/login?disabled");
		return false;
	}

}
