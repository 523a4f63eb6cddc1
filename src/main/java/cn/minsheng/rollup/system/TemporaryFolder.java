package cn.minsheng.rollup.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Gives the program its own temporary folder, {@code <data folder>/tmp}, before anything writes a temporary file, and
 * makes {@code <data folder>/logs}. The system's {@code /tmp} is shared: a {@code /tmp/poifiles} left there by
 * another account (Apache POI keeps its temporary files in {@code <java.io.tmpdir>/poifiles}) made every summary
 * write fail. Installed by {@code main} only, so that tests in one JVM keep theirs.
 */
public final class TemporaryFolder implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		use(dataDir(event.getEnvironment()));
	}

	/** Makes {@code <dataDir>/tmp} and {@code <dataDir>/logs} and points {@code java.io.tmpdir} at the first. */
	static Path use(Path dataDir) {
		Path temporary = dataDir.resolve("tmp").toAbsolutePath().normalize();
		try {
			Files.createDirectories(temporary);
			Files.createDirectories(dataDir.resolve("logs"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("无法在数据文件夹中建立临时文件夹或日志文件夹 " + temporary.getParent()
					+ "：请确认运行程序的账户对数据文件夹有写权限", ex);
		}
		System.setProperty("java.io.tmpdir", temporary.toString());
		return temporary;
	}

	private static Path dataDir(Environment environment) {
		return Path.of(environment.getProperty("rollup.data-dir", "data"));
	}

}
