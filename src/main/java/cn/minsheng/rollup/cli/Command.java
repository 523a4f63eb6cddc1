package cn.minsheng.rollup.cli;

import java.util.Set;

/**
 * One subcommand of the executable ({@code run}, {@code template}, …).
 */
public interface Command {

	/** The word typed on the command line. */
	String name();

	/** One line of Chinese help for the command list. */
	String summary();

	/** Chinese help for {@code <command> --help}: usage, options, examples. */
	String help();

	/**
	 * The options of this command beyond the common ones ({@code --period}, {@code --input}, {@code --output},
	 * {@code --data}, {@code --catalog}, {@code --quiet}, {@code --help}) and the configuration keys
	 * ({@code --rollup.year=2024}); any other option is refused, naming it.
	 */
	default Set<String> options() {
		return Set.of();
	}

	ExitCode execute(CommandArguments arguments) throws Exception;

}
