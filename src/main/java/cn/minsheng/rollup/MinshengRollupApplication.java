package cn.minsheng.rollup;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import cn.minsheng.rollup.cli.CommandLineArgs;
import cn.minsheng.rollup.system.AnotherRunActiveException;
import cn.minsheng.rollup.system.AotMode;
import cn.minsheng.rollup.system.XmlFactories;

/**
 * 民生实事月报汇总: the one executable; its first argument names the command (run, template, …).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MinshengRollupApplication {

	public static void main(String[] args) {
		XmlFactories.useJdkDefaults();
		AotMode.enableWhenPackaged(MinshengRollupApplication.class);
		String[] normalized = CommandLineArgs.normalize(args);
		try {
			System.exit(SpringApplication.exit(SpringApplication.run(MinshengRollupApplication.class, normalized)));
		}
		catch (SpringApplication.AbandonedRunException ex) {
			// the build's ahead-of-time processing stops the run once the context is defined
			throw ex;
		}
		catch (RuntimeException ex) {
			// The console shows no log lines; say in Chinese why nothing ran. The log file has the stack trace.
			PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
			AnotherRunActiveException busy = anotherRun(ex);
			if (busy != null) {
				out.println(busy.getMessage());
				System.exit(AnotherRunActiveException.EXIT_CODE);
			}
			out.println("启动失败：" + rootMessage(ex));
			out.println("请检查配置（application.yml、--data 等选项）；详情见数据文件夹下的 logs/rollup.log。");
			System.exit(2);
		}
	}

	private static AnotherRunActiveException anotherRun(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof AnotherRunActiveException busy) {
				return busy;
			}
		}
		return null;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

}
