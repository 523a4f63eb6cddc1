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
		Flyway.configure().dataSource(url, "sa", "").load().migrate();
		return new DriverManagerDataSource(url, "sa", "");
	}

}
