package cn.minsheng.rollup.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Normalizes what people type before Spring reads it: {@code --period 2023-11} becomes {@code --period=2023-11},
 * so both spellings work, and each short folder option is also given under its configuration key
 * ({@code --catalog=F} as {@code --rollup.catalog-file=F}), so that it wins over {@code config/application.yml}
 * as every command-line option does.
 */
public final class CommandLineArgs {

	private static final Set<String> VALUED = Set.of("--period", "--input", "--output", "--data", "--catalog",
			"--quiet", "--counties", "--rows", "--seed", "--months", "--format", "--dir", "--units", "--mistake");

	/** The short options and the configuration keys they set. */
	static final Map<String, String> SHORT = Map.of("--input", "--rollup.input-dir", "--output", "--rollup.output-dir",
			"--data", "--rollup.data-dir", "--catalog", "--rollup.catalog-file", "--quiet", "--rollup.quiet-period");

	/** The options every command takes. */
	static final Set<String> COMMON = Set.of("period", "input", "output", "data", "catalog", "quiet", "help");

	private CommandLineArgs() {
	}

	public static String[] normalize(String[] args) {
		List<String> out = new ArrayList<>();
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (VALUED.contains(arg) && i + 1 < args.length && !args[i + 1].startsWith("--")) {
				arg = arg + "=" + args[++i];
			}
			out.add(arg);
			int equals = arg.indexOf('=');
			String key = SHORT.get(equals < 0 ? arg : arg.substring(0, equals));
			if (key != null && equals > 0) {
				out.add(key + arg.substring(equals));
			}
		}
		return out.toArray(String[]::new);
	}

	/**
	 * The first option not known to the command: neither common, nor the command's own, nor a configuration key
	 * (a name with a dot, such as {@code rollup.year}); empty when all are known.
	 */
	static Optional<String> unknownOption(Set<String> given, Set<String> commandOptions) {
		return given.stream()
			.filter((name) -> !COMMON.contains(name) && !commandOptions.contains(name) && !name.contains("."))
			.sorted()
			.findFirst();
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
