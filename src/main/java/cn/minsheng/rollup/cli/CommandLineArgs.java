package cn.minsheng.rollup.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Normalizes what people type before Spring reads it: {@code --period 2023-11} becomes {@code --period=2023-11},
 * so both spellings work.
 */
public final class CommandLineArgs {

	private static final Set<String> VALUED = Set.of("--period", "--input", "--output", "--data", "--catalog",
			"--quiet", "--counties", "--rows", "--seed", "--months", "--format", "--dir", "--units", "--mistake");

	private CommandLineArgs() {
	}

	public static String[] normalize(String[] args) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (VALUED.contains(arg) && i + 1 < args.length && !args[i + 1].startsWith("--")) {
				out.add(arg + "=" + args[++i]);
			}
			else {
				out.add(arg);
			}
		}
		return out.toArray(String[]::new);
	}

	/** The command word: the first argument that is not an option; empty when there is none. */
	public static String command(String[] args) {
		for (String arg : args) {
			if (!arg.startsWith("-")) {
				return arg;
			}
		}
		return "";
	}

}
