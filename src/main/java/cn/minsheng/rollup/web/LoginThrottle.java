package cn.minsheng.rollup.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@code rollup.web.login-attempts} failures in a row for one name, or from one
 * computer, logins for it are refused for {@code rollup.web.login-lockout}, whatever the password. A success clears
 * the name's and the computer's count. Kept in memory: a restart forgets it, which is fine for a lockout of minutes.
 */
@Component
class LoginThrottle {

	/** Beyond this many names and addresses tracked, the oldest entries are dropped (a flood cannot fill memory). */
	private static final int MAX_TRACKED = 10_000;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final WebSettings settings;

	private final Clock clock;

	LoginThrottle(WebSettings settings, Clock clock) {
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether a login for the name from the address is refused now. */
	boolean locked(String name, String address) {
		Instant now = this.clock.instant();
		return lockedKey("name:" + name, now) || lockedKey("addr:" + address, now);
	}

	void failed(String name, String address) {
		if (this.failures.size() > MAX_TRACKED) {
			this.failures.clear();
		}
		Instant now = this.clock.instant();
		this.failures.merge("name:" + name, new Failures(1, now), (old, one) -> old.plusOne(now));
		this.failures.merge("addr:" + address, new Failures(1, now), (old, one) -> old.plusOne(now));
	}

	void succeeded(String name, String address) {
		this.failures.remove("name:" + name);
		this.failures.remove("addr:" + address);
	}

	/** Minutes of the lockout, for the message. */
	long lockoutMinutes() {
		return Math.max(1, this.settings.loginLockout().toMinutes());
	}

	private boolean lockedKey(String key, Instant now) {
		Failures f = this.failures.get(key);
		if (f == null || f.count() < this.settings.loginAttempts()) {
			return false;
		}
		if (f.last().plus(this.settings.loginLockout()).isBefore(now)) {
			this.failures.remove(key);
			return false;
		}
		return true;
	}

	private record Failures(int count, Instant last) {

		Failures plusOne(Instant now) {
			return new Failures(this.count + 1, now);
		}

	}

}
