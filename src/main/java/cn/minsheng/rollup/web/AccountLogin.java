package cn.minsheng.rollup.web;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks a login against the ledger's accounts, behind the {@link LoginThrottle}. A 管理 account holds both roles.
 */
@Component
class AccountLogin implements AuthenticationProvider {

	private static final Logger log = LoggerFactory.getLogger(AccountLogin.class);

	private final Accounts accounts;

	private final LoginThrottle throttle;

	private final PasswordEncoder encoder = new BCryptPasswordEncoder();

	/** Compared against when the name is unknown, so a wrong name takes as long as a wrong password. */
	private final String noSuchHash = this.encoder.encode("no such account");

	AccountLogin(Accounts accounts, LoginThrottle throttle) {
		this.accounts = accounts;
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String name = authentication.getName() == null ? "" : authentication.getName().strip();
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		String address = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "";
		if (this.throttle.locked(name, address)) {
			log.warn("login.throttled name={} address={}", name, address);
			throw new LockedException("登录失败次数过多，请 " + this.throttle.lockoutMinutes() + " 分钟后再试");
		}
		Account account = this.accounts.find(name).orElse(null);
		String hash = account == null ? this.noSuchHash : account.passwordHash();
		boolean matches = this.encoder.matches(password.strip(), hash);
		if (account == null || !matches) {
			this.throttle.failed(name, address);
			log.warn("login.failed name={} address={}", name, address);
			throw new BadCredentialsException("用户名或密码不正确");
		}
		if (!account.enabled()) {
			log.warn("login.disabled name={} address={}", name, address);
			throw new DisabledException("该账户已停用，请联系管理员");
		}
		this.throttle.succeeded(name, address);
		log.info("login.ok name={} role={} address={}", name, account.role(), address);
		List<SimpleGrantedAuthority> roles = new ArrayList<>(List.of(new SimpleGrantedAuthority("ROLE_VIEWER")));
		if (account.role() == AccountRole.MANAGER) {
			roles.add(new SimpleGrantedAuthority("ROLE_MANAGER"));
		}
		return UsernamePasswordAuthenticationToken.authenticated(account.name(), null, roles);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
