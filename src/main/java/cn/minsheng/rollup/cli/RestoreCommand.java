package cn.minsheng.rollup.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import cn.minsheng.rollup.backup.SnapshotRestore;
import cn.minsheng.rollup.system.RollupProperties;
import cn.minsheng.rollup.system.RunLock;

/**
 * {@code restore --from=DIR}: puts a {@code backup} snapshot back, into this folder or another one (the ledger's paths
 * are relative to the data folder), after checking its checksums; refuses to replace a ledger with records unless
 * told to with {@code --force}.
 */
@Component
class RestoreCommand implements Command {

	private final RollupProperties properties;

	private final SnapshotRestore restore;

	RestoreCommand(RollupProperties properties, SnapshotRestore restore) {
		this.properties = properties;
		this.restore = restore;
	}

	@Override
	public String name() {
		return "restore";
	}

	@Override
	public String summary() {
		return "从 backup 生成的备份恢复台账、原件、项目清单和 config/（可恢复到另一个文件夹或另一台服务器）";
	}

	@Override
	public String help() {
		return """
				用法：java -jar minsheng-rollup.jar restore --from=/backup/rollup/民生实事备份-20240105-020000 [--force]

				先按 SHA256SUMS 逐个核对备份中的文件，有缺失或损坏则不恢复。然后把台账、原件（data/archive、
				data/rejected）、投放文件夹（含项目清单）和 config/ 放回本程序的文件夹（--data、--input 等选项
				或 config/application.yml 指定的位置），恢复的文件归安装文件夹的所有者（服务账户）所有。
				数据文件夹中已有台账记录或原件时不恢复，除非加 --force：原有的台账和原件移到
				data/恢复前-日期-时间/ 中保留，不删除。请先停止服务（systemctl stop minsheng-rollup）。

				退出码：0 成功；1 恢复失败；2 备份有误或数据文件夹不是空的；3 有任务正在运行
				""";
	}

	@Override
	public Set<String> options() {
		return Set.of("from", "force");
	}

	@Override
	public ExitCode execute(CommandArguments arguments) throws Exception {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		Path from = arguments.option("from").filter((t) -> !t.isBlank()).map(Path::of)
			.orElseThrow(() -> new UsageException("请用 --from=文件夹 指定要恢复的备份（backup 命令生成的文件夹）"));
		List<String> problems = this.restore.verify(from);
		if (!problems.isEmpty()) {
			out.println("备份不完整或已损坏，未恢复：");
			problems.forEach((p) -> out.println("  - " + p));
			return ExitCode.BAD_CONFIGURATION;
		}
		Optional<RunLock> lock = RunLock.tryAcquire(this.properties.dataDir(), "restore");
		if (lock.isEmpty()) {
			out.println("有任务正在使用数据文件夹（" + RunLock.holder(this.properties.dataDir()) + "），未恢复。"
					+ "请先停止服务（sudo systemctl stop minsheng-rollup）或等任务结束。");
			return ExitCode.ANOTHER_RUN_ACTIVE;
		}
		try (RunLock held = lock.get()) {
			if (this.restore.hasData() && !arguments.raw().containsOption("force")) {
				out.println("数据文件夹 " + this.properties.dataDir().toAbsolutePath().normalize()
						+ " 中已有台账记录或原件，未恢复。确认要用备份替换时加 --force（原有的台账和原件会移到 data/恢复前-日期-时间/ 保留）。");
				return ExitCode.BAD_CONFIGURATION;
			}
			int files = this.restore.restore(from);
			out.println("已从 " + from.toAbsolutePath().normalize() + " 恢复台账和 " + files + " 个文件到 "
					+ this.properties.dataDir().toAbsolutePath().normalize() + " 等文件夹。请用 status 命令核对最近的运行和各月报送情况。");
			return ExitCode.OK;
		}
	}

}
