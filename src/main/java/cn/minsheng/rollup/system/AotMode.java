package cn.minsheng.rollup.system;

import java.security.CodeSource;
import java.util.regex.Pattern;

/**
 * Starts the packaged program from the bean definitions the build generated ahead of time (Spring AOT,
 * {@code spring-boot-maven-plugin:process-aot}) instead of scanning the classes and evaluating every auto-configuration
 * condition at each start: 0.4 s of the 2.4 s a nightly run took to reach its first file.
 * <p>
 * Only when the application runs from a jar — the jar the build made, whose generated code matches its classes. Run
 * from a folder of classes (the IDE, {@code mvn test}), generated code left by an earlier build may be stale, so the
 * definitions are made as usual. The operator's {@code -Dspring.aot.enabled=false} (or {@code true}) is left as it is.
 */
public final class AotMode {

	/** Spring's switch, read when the application starts. */
	static final String PROPERTY = "spring.aot.enabled";

	/** A jar file, or a folder inside one ({@code jar:nested:/…/minsheng-rollup.jar/!BOOT-INF/classes/!/}). */
	private static final Pattern IN_A_JAR = Pattern.compile(".*\\.jar(/?!.*)?", Pattern.CASE_INSENSITIVE);

	private AotMode() {
	}

	/** Turns ahead-of-time mode on for {@code application} when it was built that way and runs from its jar. */
	public static void enableWhenPackaged(Class<?> application) {
		if (shouldEnable(System.getProperty(PROPERTY), generated(application), location(application))) {
			System.setProperty(PROPERTY, "true");
		}
	}

	/**
	 * @param property the operator's setting, {@code null} when none
	 * @param generated the build generated the application's bean definitions
	 * @param location the URL the application's classes were loaded from, {@code null} when unknown
	 */
	static boolean shouldEnable(String property, boolean generated, String location) {
		return property == null && generated && location != null && IN_A_JAR.matcher(location).matches();
	}

	private static boolean generated(Class<?> application) {
		try {
			Class.forName(application.getName() + "__ApplicationContextInitializer", false,
					application.getClassLoader());
			return true;
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return false;
		}
	}

	private static String location(Class<?> application) {
		CodeSource source = application.getProtectionDomain().getCodeSource();
		return source == null || source.getLocation() == null ? null : source.getLocation().toString();
	}

}
