package cn.minsheng.rollup.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The login page, with the reason of a failed login, and the page shown when a 查看 account tries what needs 管理.
 */
@Controller
class LoginController {

	private final Accounts accounts;

	LoginController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/login")
	String login(HttpSession session, Model model) {
		Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		if (failure instanceof AuthenticationException ex) {
			model.addAttribute("message", ex.getMessage());
			session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		}
		model.addAttribute("hasAccounts", this.accounts.anyEnabled());
		return "login";
	}

	@RequestMapping("/error/forbidden")
	String forbidden(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		return "forbidden";
	}

}
