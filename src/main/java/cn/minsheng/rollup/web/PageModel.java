package cn.minsheng.rollup.web;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's header shows: who is logged in and whether they may upload and run (管理).
 */
@ControllerAdvice
class PageModel {

	@ModelAttribute("account")
	String account(Authentication authentication) {
		return authentication == null ? null : authentication.getName();
	}

	@ModelAttribute("manager")
	boolean manager(Authentication authentication) {
		return authentication != null && authentication.getAuthorities()
			.stream()
			.anyMatch((a) -> "ROLE_MANAGER".equals(a.getAuthority()));
	}

}
