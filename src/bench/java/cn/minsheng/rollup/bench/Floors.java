package cn.minsheng.rollup.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the floor programs share: the workbooks they read, and the start-up time they print, so that the ratio after
 * start-up compares the reading alone.
 */
final class Floors {

	private Floors() {
	}

	/** The {@code .xlsx} files under a folder, in name order. */
	static List<Path> workbooks(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter((p) -> p.toString().endsWith(".xlsx")).sorted().toList();
		}
	}

	/**
	 * Prints {@code startup.seconds=}, from the JVM's start to now, the moment before the first file is opened, and
	 * {@code startup.at=}, now in epoch milliseconds, so the benchmark can count from the launch as it does for the
	 * pipeline.
	 */
	static void printStartup() {
		long now = System.currentTimeMillis();
		System.out.println("startup.seconds=" + (now - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0);
		System.out.println("startup.at=" + now);
	}

}
