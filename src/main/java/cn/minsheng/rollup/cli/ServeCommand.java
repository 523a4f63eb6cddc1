package cn.minsheng.rollup.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.catalog.CatalogProvider;
import cn.minsheng.rollup.job.NightlyRunner;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.system.RunLock;
import cn.minsheng.rollup.web.WebServer;

/**
 * {@code serve}: stays up and runs the nightly job at the configured cron time. Runs happen one after another on this
 * thread, so they never overlap; a run from another shell holding the lock makes this night's run wait for the next.
 * Unless {@code --no-web}, it also serves the office's page ({@link WebServer}, a context of its own beside this one).
 */
@Component
class ServeCommand implements Command {

	private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

	static final String STOPPED_DURING_RUN = "服务停止，本次运行中断，下次运行会接着完成";

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final RollupProperties properties;

	private final NightlyRunner runner;

	private final RunSummaryPrinter printer;

	private final CatalogProvider catalogs;

	private final Clock clock;

	private final String cron;

	private final ConfigurableApplicationContext context;

	/** Set when the service is being stopped (systemctl stop, Ctrl+C): a run then failing is an interruption. */
	private volatile boolean stopping;

	private volatile boolean running;

	private volatile boolean serving;

	ServeCommand(RollupProperties properties, NightlyRunner runner, RunSummaryPrinter printer,
			CatalogProvider catalogs, Clock clock, @Value("${rollup.schedule.cron:0 0 2 * * *}") String cron,
			ConfigurableApplicationContext context) {
		this.context = context;
		this.properties = properties;
		this.runner = runner;
		this.printer = printer;
		this.catalogs = catalogs;
		this.clock = clock;
		this.cron = cron;
	}

	@Override
	public String name() {
		return "serve";
	}

	@Override
	public String summary() {
		return "常驻运行：按计划时间（默认每天 02:00，北京时间）自动运行夜间任务，并提供办公室网页";
	}

	@Override
	public String help() {
		return """
				用法：java -jar target/minsheng-rollup.jar serve [--rollup.schedule.cron="0 0 2 * * *"] [--no-web]

				常驻运行，按 rollup.schedule.cron（秒 分 时 日 月 周，时区 rollup.zone，默认 Asia/Shanghai）
				定时运行夜间任务。两次运行不会重叠；若到点时另一个任务（如手动 run）正在运行，本次跳过并记入日志。
				启动时检查项目清单，有误则立即退出（退出码 2）。项目清单在启动时读入，更换或修改后请重启服务。
				按 Ctrl+C 或 systemctl stop 停止；运行中被停止也无妨，下次运行会接着完成。

				同时提供办公室网页（报送情况、下载、上传、立即处理），默认 http://127.0.0.1:8080/ ，
				只有本机能打开；端口和地址用 rollup.web.port、rollup.web.address 设置（对局域网开放见 README）。
				登录账户用 account 命令创建。--no-web：不提供网页，只按计划运行。

				例：每天 22:30 运行：serve --rollup.schedule.cron="0 30 22 * * *"

				退出码：0 正常停止；2 计划时间或项目清单有误
				""";
	}

	@Override
	public Set<String> options() {
		return Set.of("max-runs", "no-web");
	}

	@Override
	public ExitCode execute(CommandArguments arguments) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		CronExpression schedule = parse(this.cron);
		// a broken catalog stops the service at once (exit 2) instead of failing every night unseen
		out.println(ExclusiveRun.describeCatalogs(this.catalogs));
		try (WebServer web = arguments.raw().containsOption("no-web") ? null : startWeb(out)) {
			serveSchedule(arguments, schedule, out);
		}
		log.info("serve.stopped reason=max-runs");
		return ExitCode.OK;
	}

	private WebServer startWeb(PrintStream out) {
		WebServer web;
		try {
			web = WebServer.start(this.context, () -> this.runner.runOnce().getStatus().toString());
		}
		catch (RuntimeException ex) {
			log.error("web.start-failed", ex);
			throw new UsageException("网页无法启动：" + rootMessage(ex) + "（端口被占用时用 --rollup.web.port=其他端口，"
					+ "或 --no-web 不提供网页）");
		}
		log.info("web.started url={}", web.url());
		out.println("网页已启动：" + web.url());
		if (!web.hasAccounts()) {
			out.println("网页还没有任何账户，无法登录。请另开终端创建第一个管理账户（密码写在文件第一行，至少 8 个字符）：");
			out.println("  java -jar minsheng-rollup.jar account --add=名字 --role=管理 --password-file=密码文件");
		}
		return web;
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage();
	}

	private void serveSchedule(CommandArguments arguments, CronExpression schedule, PrintStream out)
			throws Exception {
		int maxRuns = arguments.option("max-runs").map(Integer::parseInt).orElse(Integer.MAX_VALUE);
		this.serving = true;
		log.info("serve.started cron=\"{}\" zone={} next={} data={}", this.cron, this.properties.zone(),
				schedule.next(ZonedDateTime.now(this.clock)), this.properties.dataDir());
		for (int runs = 0; runs < maxRuns;) {
			ZonedDateTime now = ZonedDateTime.now(this.clock);
			ZonedDateTime next = schedule.next(now);
			out.println("服务运行中，下次运行时间：" + next.format(TIME) + "（" + next.getZone() + "）");
			Thread.sleep(Math.max(0, Duration.between(now, next).toMillis()));
			runOnce(out);
			runs++;
		}
	}

	/** The service is being stopped: says so, and whether a run was cut short (the next run completes it). */
	@EventListener(ContextClosedEvent.class)
	void stopping() {
		if (!this.serving) {
			return;
		}
		this.stopping = true;
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		if (this.running) {
			log.warn("serve.stopped during-run=true");
			out.println(STOPPED_DURING_RUN);
		}
		else {
			log.info("serve.stopped during-run=false");
			out.println("服务停止。");
		}
	}

	private void runOnce(PrintStream out) throws Exception {
		Optional<RunLock> lock = RunLock.tryAcquire(this.properties.dataDir(), "serve");
		if (lock.isEmpty()) {
			log.warn("serve.skipped reason=another-run-active holder={}", RunLock.holder(this.properties.dataDir()));
			out.println("到点时另一个任务正在运行，本次跳过。");
			return;
		}
		this.running = true;
		try (RunLock held = lock.get()) {
			JobExecution execution = this.runner.runOnce();
			if (!this.stopping) {
				this.printer.print(execution, out);
			}
		}
		catch (Exception ex) {
			if (this.stopping) {
				// systemctl stop during a run closes the ledger under it: not a failure, the next run completes it
				log.info("serve.run-interrupted reason={}", ex.getMessage());
				return;
			}
			// one failed night must not end the service; the next night completes it
			log.error("serve.run-failed", ex);
			out.println("本次运行失败：" + ex.getMessage() + "（下次运行会接着完成）");
		}
		finally {
			this.running = false;
		}
	}

	private static CronExpression parse(String cron) {
		try {
			return CronExpression.parse(cron);
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("计划时间 rollup.schedule.cron「" + cron + "」格式不对，应如 \"0 0 2 * * *\"（每天 02:00）");
		}
	}

}
