package cn.minsheng.rollup.web;

import java.time.Duration;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;

/**
 * The page's settings under {@code rollup.web} (documented in {@code application.yml}). Bound by hand from the
 * environment, not by a configuration-properties scan, so the main context has no bean of the page.
 *
 * @param port the TCP port; 0 picks a free one (tests)
 * @param address the address to listen on: 127.0.0.1 is this machine only, 0.0.0.0 every network
 * @param sessionTimeout a login idle this long has to log in again
 * @param maxUploadSize the largest file staff may upload
 * @param loginAttempts failed logins in a row, per name and per computer, before logins are refused for a while
 * @param loginLockout how long logins are refused then
 */
public record WebSettings(@DefaultValue("8080") int port, @DefaultValue("127.0.0.1") String address,
		@DefaultValue("30m") Duration sessionTimeout, @DefaultValue("20MB") DataSize maxUploadSize,
		@DefaultValue("5") int loginAttempts, @DefaultValue("5m") Duration loginLockout) {

	public static WebSettings of(Environment environment) {
		return Binder.get(environment).bindOrCreate("rollup.web", WebSettings.class);
	}

}
