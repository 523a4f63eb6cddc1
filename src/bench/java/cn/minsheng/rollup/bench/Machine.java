package cn.minsheng.rollup.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The machine a benchmark ran on, and how busy it was: other work on the same server slows every figure.
 *
 * @param loadBefore the 1-minute load average when the benchmark started
 * @param loadAfter the 1-minute load average when it ended
 */
record Machine(String date, String host, String cpu, int cores, long memoryMb, String java, String os,
		String loadBefore, String loadAfter) {

	static Machine now() {
		return new Machine(ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")), hostName(),
				cpuModel(), Runtime.getRuntime().availableProcessors(), totalMemoryMb(),
				System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
				System.getProperty("os.name") + " " + System.getProperty("os.arch"), load(), "");
	}

	Machine withLoadAfter() {
		return new Machine(this.date, this.host, this.cpu, this.cores, this.memoryMb, this.java, this.os,
				this.loadBefore, load());
	}

	String describe() {
		return this.host + "，" + this.cpu + "，" + this.cores + " 核，" + this.memoryMb + " MB，" + this.java + "，"
				+ this.os + "，负载 " + this.loadBefore + (this.loadAfter.isEmpty() ? "" : " → " + this.loadAfter);
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (IOException ex) {
			return "?";
		}
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo"))
				.stream()
				.filter((l) -> l.startsWith("model name"))
				.map((l) -> l.substring(l.indexOf(':') + 1).strip())
				.findFirst()
				.orElse(System.getProperty("os.arch"));
		}
		catch (IOException ex) {
			return System.getProperty("os.arch");
		}
	}

	private static long totalMemoryMb() {
		var os = ManagementFactory.getOperatingSystemMXBean();
		if (os instanceof com.sun.management.OperatingSystemMXBean bean) {
			return bean.getTotalMemorySize() / (1024 * 1024);
		}
		return 0;
	}

	private static String load() {
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		return load < 0 ? "?" : String.format("%.2f", load);
	}

}
