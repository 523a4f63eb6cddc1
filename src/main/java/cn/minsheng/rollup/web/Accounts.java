package cn.minsheng.rollup.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The accounts of the office's page, in the ledger (table {@code web_account}), passwords as bcrypt hashes. Used by the
 * {@code account} command and by the page's login; not a bean of the main context, so each side makes its own.
 */
public class Accounts {

	/** Letters (Chinese too), digits, dot, dash and underscore; what a person types as a login name. */
	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");

	/** Shorter passwords are refused: the page may be opened to the office's network. */
	public static final int MIN_PASSWORD_LENGTH = 8;

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final Clock clock;

	public Accounts(JdbcClient jdbc, Clock clock) {
		this(jdbc, new BCryptPasswordEncoder(), clock);
	}

	Accounts(JdbcClient jdbc, PasswordEncoder encoder, Clock clock) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.clock = clock;
	}

	/** Adds an enabled account; refuses a name in use, an odd name or a short password with a Chinese message. */
	public Account add(String name, AccountRole role, String password) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("账户名「" + name + "」不可用：只能用汉字、字母、数字和 . _ -，最长 64 个字符");
		}
		if (find(name).isPresent()) {
			throw new IllegalArgumentException("账户「" + name + "」已存在；要改密码请用 --reset，要停用请用 --disable");
		}
		LocalDateTime now = LocalDateTime.now(this.clock);
		this.jdbc.sql("INSERT INTO web_account (name, password_hash, role, enabled, created_at, changed_at) "
				+ "VALUES (:name, :hash, :role, TRUE, :now, :now)")
			.param("name", name)
			.param("hash", hash(password))
			.param("role", role.name())
			.param("now", now)
			.update();
		return find(name).orElseThrow();
	}

	/** Sets a new password (and enables the account). */
	public void reset(String name, String password) {
		update(name,
				"UPDATE web_account SET password_hash = :hash, enabled = TRUE, changed_at = :now WHERE name = :name",
				hash(password));
	}

	public void disable(String name) {
		update(name, "UPDATE web_account SET enabled = FALSE, changed_at = :now WHERE name = :name", null);
	}

	public void enable(String name) {
		update(name, "UPDATE web_account SET enabled = TRUE, changed_at = :now WHERE name = :name", null);
	}

	public Optional<Account> find(String name) {
		return this.jdbc.sql("SELECT * FROM web_account WHERE name = :name")
			.param("name", name)
			.query(Accounts::account)
			.optional();
	}

	public List<Account> all() {
		return this.jdbc.sql("SELECT * FROM web_account ORDER BY name").query(Accounts::account).list();
	}

	/** Whether anyone can log in at all: the first start tells the operator how to make an account. */
	public boolean anyEnabled() {
		return this.jdbc.sql("SELECT COUNT(*) FROM web_account WHERE enabled").query(Integer.class).single() > 0;
	}

	private void update(String name, String sql, String hash) {
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql)
			.param("name", name)
			.param("now", LocalDateTime.now(this.clock));
		if (hash != null) {
			statement = statement.param("hash", hash);
		}
		if (statement.update() == 0) {
			throw new IllegalArgumentException("没有名为「" + name + "」的账户（先用 --add 添加）");
		}
	}

	private String hash(String password) {
		if (password == null || password.strip().length() < MIN_PASSWORD_LENGTH) {
			throw new IllegalArgumentException("密码太短：至少 " + MIN_PASSWORD_LENGTH + " 个字符");
		}
		return this.encoder.encode(password.strip());
	}

	private static Account account(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Account(rs.getString("name"), rs.getString("password_hash"),
				AccountRole.valueOf(rs.getString("role")),
				rs.getBoolean("enabled"), rs.getTimestamp("created_at").toLocalDateTime(),
				rs.getTimestamp("changed_at").toLocalDateTime());
	}

}
