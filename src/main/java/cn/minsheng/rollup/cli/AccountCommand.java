package cn.minsheng.rollup.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.web.Account;
import cn.minsheng.rollup.web.AccountRole;
import cn.minsheng.rollup.web.Accounts;

/**
 * {@code account}: adds, disables, enables and resets the logins of the office's page. Passwords are read from a file
 * (never the command line, which other users of the server can see) and stored only as bcrypt hashes.
 */
@Component
class AccountCommand implements Command {

	private static final Logger log = LoggerFactory.getLogger(AccountCommand.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	/** Made when the command runs: the other commands (run from cron above all) load nothing of the page. */
	private Accounts accounts;

	AccountCommand(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "account";
	}

	@Override
	public String summary() {
		return "管理网页的登录账户：添加、停用、启用、重设密码、列出";
	}

	@Override
	public String help() {
		return """
				用法：java -jar target/minsheng-rollup.jar account --add=名字 --role=管理|查看 --password-file=文件
				      java -jar target/minsheng-rollup.jar account --reset=名字 --password-file=文件
				      java -jar target/minsheng-rollup.jar account --disable=名字 | --enable=名字 | --list

				网页（serve 启动后 http://127.0.0.1:8080/）只允许有账户的工作人员登录。角色：
				  查看：查看报送情况、下载文件；
				  管理：另外可以上传报表、「立即处理」。
				密码写在一个文件的第一行（至少 8 个字符），不要写在命令行上；设置完可删除该文件。
				台账中只保存密码的 bcrypt 摘要。账户不删除，不用时停用（--disable）。

				例：echo '一个足够长的密码' > pw.txt && account --add=张三 --role=管理 --password-file=pw.txt && rm pw.txt

				退出码：0 成功；2 参数有误
				""";
	}


	@Override
	public Set<String> options() {
		return Set.of("add", "role", "password-file", "reset", "disable", "enable", "list");
	}
	@Override
	public ExitCode execute(CommandArguments arguments) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		this.accounts = new Accounts(this.jdbc, this.clock);
		try {
			if (arguments.option("add").isPresent()) {
				add(arguments, out);
			}
			else if (arguments.option("reset").isPresent()) {
				String name = arguments.option("reset").get();
				this.accounts.reset(name, password(arguments));
				log.info("account.reset name={}", name);
				out.println("已重设账户「" + name + "」的密码（账户已启用）。");
			}
			else if (arguments.option("disable").isPresent()) {
				String name = arguments.option("disable").get();
				this.accounts.disable(name);
				log.info("account.disabled name={}", name);
				out.println("已停用账户「" + name + "」：它不能再登录（已登录的会话在下次访问时失效）。");
			}
			else if (arguments.option("enable").isPresent()) {
				String name = arguments.option("enable").get();
				this.accounts.enable(name);
				log.info("account.enabled name={}", name);
				out.println("已启用账户「" + name + "」。");
			}
			else {
				list(out);
			}
			return ExitCode.OK;
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException(ex.getMessage());
		}
	}

	private void add(CommandArguments arguments, PrintStream out) throws IOException {
		String name = arguments.option("add").get();
		String roleText = arguments.option("role")
			.orElseThrow(() -> new UsageException("请用 --role=管理 或 --role=查看 指定角色"));
		AccountRole role = AccountRole.of(roleText)
			.orElseThrow(() -> new UsageException("角色「" + roleText + "」不对：应为 管理 或 查看"));
		Account account = this.accounts.add(name, role, password(arguments));
		log.info("account.added name={} role={}", account.name(), role);
		out.println("已添加账户「" + account.name() + "」（" + role.label() + "）。启动 serve 后即可在网页上登录。");
	}

	private void list(PrintStream out) {
		List<Account> all = this.accounts.all();
		if (all.isEmpty()) {
			out.println("还没有账户。添加第一个管理账户：account --add=名字 --role=管理 --password-file=文件");
			return;
		}
		out.println("账户（" + all.size() + " 个）：");
		all.forEach((a) -> out.println("  " + a.name() + "  " + a.role().label() + "  " + (a.enabled() ? "启用" : "已停用")
				+ "  最近修改 " + a.changedAt().withNano(0).toString().replace('T', ' ')));
	}

	private static String password(CommandArguments arguments) throws IOException {
		Optional<String> file = arguments.option("password-file");
		if (file.isEmpty()) {
			throw new UsageException("请用 --password-file=文件 给出密码（写在文件第一行）");
		}
		Path path = Path.of(file.get());
		if (!Files.isRegularFile(path)) {
			throw new UsageException("密码文件 " + path + " 不存在");
		}
		List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
		return lines.isEmpty() ? "" : lines.get(0);
	}

}
