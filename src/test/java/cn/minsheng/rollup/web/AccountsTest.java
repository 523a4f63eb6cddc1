package cn.minsheng.rollup.web;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import cn.minsheng.rollup.ledger.MemoryLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The page's accounts in the ledger (migration V8): only a bcrypt hash is kept, names are unique, short passwords and
 * odd names are refused in Chinese, disabling and resetting keep the account.
 */
class AccountsTest {

	private final JdbcClient jdbc = JdbcClient.create(MemoryLedger.migrated());

	private final Accounts accounts = new Accounts(this.jdbc, Clock.systemUTC());

	@Test
	void anAddedAccountKeepsOnlyABcryptHashOfThePassword() {
		this.accounts.add("张三", AccountRole.MANAGER, "一个足够长的密码");

		String stored = this.jdbc.sql("SELECT password_hash FROM web_account WHERE name = '张三'")
			.query(String.class)
			.single();
		assertThat(stored).startsWith("$2a$").doesNotContain("一个足够长的密码");
		assertThat(new BCryptPasswordEncoder().matches("一个足够长的密码", stored)).isTrue();
		assertThat(this.accounts.find("张三")).hasValueSatisfying((a) -> {
			assertThat(a.role()).isEqualTo(AccountRole.MANAGER);
			assertThat(a.enabled()).isTrue();
		});
		assertThat(this.accounts.anyEnabled()).isTrue();
	}

	@Test
	void aNameIsTakenOnceAndAShortPasswordOrOddNameIsRefused() {
		this.accounts.add("张三", AccountRole.VIEWER, "一个足够长的密码");

		assertThatIllegalArgumentException().isThrownBy(() -> this.accounts.add("张三", AccountRole.MANAGER, "另一个很长的密码"))
			.withMessageContaining("已存在");
		assertThatIllegalArgumentException().isThrownBy(() -> this.accounts.add("李四", AccountRole.VIEWER, "1234567"))
			.withMessageContaining("至少 8 个字符");
		assertThatIllegalArgumentException().isThrownBy(() -> this.accounts.add("李 四", AccountRole.VIEWER, "一个足够长的密码"))
			.withMessageContaining("不可用");
		assertThat(this.accounts.all()).extracting(Account::name).containsExactly("张三");
	}

	@Test
	void disablingKeepsTheAccountAndResettingEnablesItWithTheNewPassword() {
		this.accounts.add("张三", AccountRole.VIEWER, "一个足够长的密码");

		this.accounts.disable("张三");
		assertThat(this.accounts.find("张三")).hasValueSatisfying((a) -> assertThat(a.enabled()).isFalse());
		assertThat(this.accounts.anyEnabled()).isFalse();

		this.accounts.reset("张三", "换过的新密码123");
		String stored = this.jdbc.sql("SELECT password_hash FROM web_account").query(String.class).single();
		assertThat(new BCryptPasswordEncoder().matches("换过的新密码123", stored)).isTrue();
		assertThat(this.accounts.anyEnabled()).isTrue();
		assertThatIllegalArgumentException().isThrownBy(() -> this.accounts.disable("王五"))
			.withMessageContaining("没有名为");
	}

}
