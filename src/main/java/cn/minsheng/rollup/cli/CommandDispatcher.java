package cn.minsheng.rollup.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.catalog.CatalogException;

/**
 * Runs the command named by the first argument and turns its outcome into the process exit code.
 */
@Component
class CommandDispatcher implements ApplicationRunner, ExitCodeGenerator {

	private static final Logger log = LoggerFactory.getLogger(CommandDispatcher.class);

	private final List<Command> commands;

	private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

	private ExitCode exitCode = ExitCode.OK;

	CommandDispatcher(List<Command> commands) {
		this.commands = commands.stream().sorted(Comparator.comparing(CommandDispatcher::order)).toList();
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> words = args.getNonOptionArgs();
		String name = words.isEmpty() ? "" : words.get(0);
		Optional<Command> command = this.commands.stream().filter((c) -> c.name().equals(name)).findFirst();
		if (command.isEmpty()) {
			if (!name.isEmpty() && !"help".equals(name)) {
				this.out.println("未知命令「" + name + "」。\n");
				this.exitCode = ExitCode.BAD_CONFIGURATION;
			}
			this.out.print(HelpText.overview(this.commands));
			return;
		}
		CommandArguments arguments = new CommandArguments(name, words.subList(1, words.size()), args);
		if (arguments.wantsHelp()) {
			this.out.print(command.get().help());
			return;
		}
		Optional<String> unknown = CommandLineArgs.unknownOption(args.getOptionNames(), command.get().options());
		if (unknown.isPresent()) {
			this.out.println("未知选项「--" + unknown.get() + "」：命令「" + name + "」没有这个选项，本次未运行。可用的选项见 "
					+ name + " --help。");
			this.exitCode = ExitCode.BAD_CONFIGURATION;
			return;
		}
		this.exitCode = execute(command.get(), arguments);
	}

	private ExitCode execute(Command command, CommandArguments arguments) {
		try {
			return command.execute(arguments);
		}
		catch (UsageException ex) {
			this.out.println(ex.getMessage());
			return ExitCode.BAD_CONFIGURATION;
		}
		catch (CatalogException ex) {
			this.out.println(ex.getMessage());
			return ExitCode.BAD_CONFIGURATION;
		}
		catch (Exception ex) {
			log.error("command.failed command={}", command.name(), ex);
			this.out.println("命令「" + command.name() + "」运行失败：" + ex.getMessage() + "（详情见日志）");
			return ExitCode.RUN_FAILED;
		}
	}

	@Override
	public int getExitCode() {
		return this.exitCode.code();
	}

	private static int order(Command command) {
		List<String> order = List.of("run", "serve", "status", "template", "summary", "reprocess", "dispatch",
				"yearend", "backup", "restore", "sample", "account");
		int index = order.indexOf(command.name());
		return index < 0 ? order.size() : index;
	}

}
