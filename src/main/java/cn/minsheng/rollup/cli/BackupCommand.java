package cn.minsheng.rollup.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.stereotype.Component;

import cn.minsheng.rollup.backup.SnapshotWriter;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.system.RunLock;

/**
 * {@code backup --to=DIR}: a consistent snapshot of the ledger, the originals, the input folder with the catalogs and
 * {@code config/}, taken under the run lock (waiting for a running night to end), beside a running {@code serve}.
 */
@Component
class BackupCommand implements Command {

	private static final Duration POLL = Duration.ofSeconds(1);

	private final RollupProperties properties;

	private final SnapshotWriter snapshots;

	BackupCommand(RollupProperties properties, SnapshotWriter snapshots) {
		this.properties = properties;
		this.snapshots = snapshots;
	}

	@Override
	public String name() {
		return "backup";
	}

	@Override
	public String summary() {
		return "备份台账、原件、项目清单和 config/ 到指定文件夹（服务运行时也可以）";
	}

	@Override
	public String help() {
		return """
				用法：java -jar minsheng-rollup.jar backup --to=/backup/rollup [--wait=2h]

				在 --to 指定的文件夹中新建「民生实事备份-日期-时间」文件夹，写入：
				  ledger.sql        台账（H2 数据库导出的 SQL，由本命令自己写出，serve 运行时也可以备份）
				  data/archive/     已接收报表的原件；data/rejected/ 已退回的原件和退回原因
				  input/            投放文件夹（含 input/catalog/ 各年度项目清单和尚未处理的文件）
				  config/           本地设置
				  SHA256SUMS        每个文件的校验和（可用 sha256sum -c SHA256SUMS 检查）
				备份时占用运行锁：夜间任务正在运行时，先等它结束（最多 --wait，默认 2h）再备份；备份期间到点的
				夜间任务跳过一次。output/ 不备份（可用 summary、template 命令从台账重新生成）。

				退出码：0 成功；1 备份失败（如磁盘已满）；2 参数有误；3 等待后任务仍在运行，未备份
				""";
	}

	@Override
	public Set<String> options() {
		return Set.of("to", "wait");
	}

	@Override
	public ExitCode execute(CommandArguments arguments) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		Path to = arguments.option("to").filter((t) -> !t.isBlank()).map(Path::of)
			.orElseThrow(() -> new UsageException("请用 --to=文件夹 指定备份写到哪里，例如 backup --to=/backup/rollup"));
		Duration wait = wait(arguments);
		Optional<RunLock> lock = waitForLock(out, wait);
		if (lock.isEmpty()) {
			out.println("等待 " + DurationStyle.SIMPLE.print(wait) + " 后任务仍在运行，本次未备份。请稍后再试。");
			return ExitCode.ANOTHER_RUN_ACTIVE;
		}
		try (RunLock held = lock.get()) {
			SnapshotWriter.Snapshot snapshot = this.snapshots.write(to);
			out.println("已备份到 " + snapshot.folder() + "：台账、原件、投放文件夹（含项目清单）、config/，共 " + snapshot.files()
					+ " 个文件，校验和见 SHA256SUMS。");
			if (!snapshot.missing().isEmpty()) {
				out.println("注意：台账中有 " + snapshot.missing().size() + " 个原件在数据文件夹中已找不到（不是备份造成的）："
						+ String.join("、", snapshot.missing()));
			}
			return ExitCode.OK;
		}
	}

	private Optional<RunLock> waitForLock(PrintStream out, Duration wait) throws Exception {
		long deadline = System.nanoTime() + wait.toNanos();
		boolean told = false;
		while (true) {
			Optional<RunLock> lock = RunLock.tryAcquire(this.properties.dataDir(), "backup");
			if (lock.isPresent() || System.nanoTime() > deadline) {
				return lock;
			}
			if (!told) {
				out.println("夜间任务正在运行（" + RunLock.holder(this.properties.dataDir()) + "），等它结束后再备份……");
				told = true;
			}
			Thread.sleep(POLL.toMillis());
		}
	}

	private static Duration wait(CommandArguments arguments) {
		String text = arguments.option("wait").orElse("2h");
		try {
			return DurationStyle.detectAndParse(text);
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			throw new UsageException("等待时间「" + text + "」格式不对，应写作 30m、2h 或 0s");
		}
	}

}
