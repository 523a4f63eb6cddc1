package cn.minsheng.rollup.cli;

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

	ExitCode execute(CommandArguments arguments) throws Exception;

}
