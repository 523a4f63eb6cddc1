package cn.minsheng.rollup.ledger;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A fresh ledger for one test: an in-memory H2 database of its own, migrated by the application's Flyway scripts. */
public final class MemoryLedger {

	private MemoryLedger() {
	}

	public static DriverManagerDataSource migrated() {
		String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		migrate(url);
		return new DriverManagerDataSource(url, "sa", "");
	}

	/**
	 * Migrates the database at the URL with the SQL migrations and the Java ones that need no folder of the program:
	 * V9 (V6 rewrites the paths of originals, which no test ledger made this way has).
	 */
	public static void migrate(String url) {
		migrate(url, null);
	}

	/** @param target the version to migrate to, e.g. {@code "8"} for a ledger written before V9; {@code null}: all */
	public static void migrate(String url, String target) {
		var flyway = Flyway.configure().dataSource(url, "sa", "").javaMigrations(new DistributionBlocksMigration());
		if (target != null) {
			flyway.target(target);
		}
		flyway.load().migrate();
	}

}
