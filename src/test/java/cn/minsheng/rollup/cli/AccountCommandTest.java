package cn.minsheng.rollup.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.minsheng.rollup.testing.SlowTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code account} as an operator uses it: the password from a file, never echoed; a wrong role is a usage error.
 */
@SlowTest
class AccountCommandTest {

	private static final Duration TIMEOUT = Duration.ofMinutes(3);

	@TempDir
	Path dir;

	@Test
	void addsAnAccountFromAPasswordFileListsItAndDisablesIt() throws IOException {
		RollupProcess office = RollupProcess.in(this.dir);
		Path password = Files.writeString(this.dir.resolve("pw.txt"), "一个足够长的密码\n", StandardCharsets.UTF_8);

		RollupProcess.Finished added = office.run(TIMEOUT, "account", "--add=张三", "--role=管理",
				"--password-file=" + password);
		RollupProcess.Finished disabled = office.run(TIMEOUT, "account", "--disable=张三");
		RollupProcess.Finished listed = office.run(TIMEOUT, "account", "--list");

		assertThat(added.exitCode()).as(added.toString()).isZero();
		assertThat(added.output()).contains("已添加账户「张三」（管理）").doesNotContain("一个足够长的密码");
		assertThat(disabled.output()).contains("已停用账户「张三」");
		assertThat(listed.output()).contains("账户（1 个）：", "张三  管理  已停用");
		assertThat(office.data().resolve("logs/rollup.log")).content()
			.contains("account.added name=张三 role=MANAGER")
			.doesNotContain("一个足够长的密码");
	}

	@Test
	void aRoleOtherThanManagerOrViewerIsAUsageError() throws IOException {
		Path password = Files.writeString(this.dir.resolve("pw.txt"), "一个足够长的密码\n", StandardCharsets.UTF_8);

		RollupProcess.Finished added = RollupProcess.in(this.dir)
			.run(TIMEOUT, "account", "--add=张三", "--role=超级", "--password-file=" + password);

		assertThat(added.exitCode()).as(added.toString()).isEqualTo(2);
		assertThat(added.output()).contains("角色「超级」不对：应为 管理 或 查看");
	}

}
