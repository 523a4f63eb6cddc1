package cn.minsheng.rollup.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.web.server.servlet.context.AnnotationConfigServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * The office's page, started by {@code serve} as a child of the program's context: its controllers, templates,
 * security and the embedded Tomcat live only here. The main context (the one every command starts, processed ahead of
 * time by the build) stays a plain non-web context, so {@code run} from cron loads none of this; the child is defined
 * at run time from its configuration classes and sees the ledger, the runner and the settings of its parent.
 */
public final class WebServer implements AutoCloseable {

	private final AnnotationConfigServletWebServerApplicationContext context;

	private WebServer(AnnotationConfigServletWebServerApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts the page on {@code rollup.web.address}:{@code rollup.web.port}; fails when the port is taken.
	 *
	 * @param night what 「立即处理」 runs
	 */
	public static WebServer start(ConfigurableApplicationContext parent, NightRun night) {
		WebSettings settings = WebSettings.of(parent.getEnvironment());
		var context = new AnnotationConfigServletWebServerApplicationContext();
		context.setParent(parent);
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("rollup.web", server(settings)));
		context.registerBean(NightRun.class, () -> night);
		context.register(WebConfiguration.class);
		try {
			context.refresh();
		}
		catch (RuntimeException ex) {
			context.close();
			throw ex;
		}
		return new WebServer(context);
	}

	/** Boot's server, session and upload settings, from the page's own. */
	private static Map<String, Object> server(WebSettings settings) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("server.port", settings.port());
		properties.put("server.address", settings.address());
		properties.put("server.servlet.session.timeout", settings.sessionTimeout());
		properties.put("server.servlet.session.cookie.name", "ROLLUP_SESSION");
		properties.put("server.servlet.session.cookie.http-only", true);
		properties.put("server.servlet.session.cookie.same-site", "strict");
		properties.put("server.servlet.session.tracking-modes", "cookie");
		properties.put("server.error.whitelabel.enabled", false);
		// Tomcat's own limit sits above the page's, so an oversize file reaches the page and gets a Chinese answer
		properties.put("spring.servlet.multipart.max-file-size", settings.maxUploadSize().toBytes() * 2);
		properties.put("spring.servlet.multipart.max-request-size", settings.maxUploadSize().toBytes() * 20);
		properties.put("spring.thymeleaf.cache", true);
		return properties;
	}

	/** The address the page answers on, e.g. {@code http://127.0.0.1:8080/}. */
	public String url() {
		String address = this.context.getEnvironment().getProperty("server.address", "127.0.0.1");
		String host = "0.0.0.0".equals(address) ? "本机地址" : address;
		return "http://" + host + ":" + port() + "/";
	}

	public int port() {
		return this.context.getWebServer().getPort();
	}

	/** Whether any account can log in (the first start has none). */
	public boolean hasAccounts() {
		return this.context.getBean(Accounts.class).anyEnabled();
	}

	/** The page's context, for tests in this package. */
	AnnotationConfigServletWebServerApplicationContext context() {
		return this.context;
	}

	@Override
	public void close() {
		this.context.close();
	}

}
