package cn.minsheng.rollup.ledger;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A ledger migration written in Java, registered as a bean (a class named for Flyway's {@code BaseJavaMigration},
 * such as {@code V6__Paths}, is not how this code names classes): its version and description given outright, no
 * checksum, run in Flyway's transaction.
 */
abstract class LedgerJavaMigration implements JavaMigration {

	private final MigrationVersion version;

	private final String description;

	LedgerJavaMigration(String version, String description) {
		this.version = MigrationVersion.fromVersion(version);
		this.description = description;
	}

	@Override
	public MigrationVersion getVersion() {
		return this.version;
	}

	@Override
	public String getDescription() {
		return this.description;
	}

	@Override
	public Integer getChecksum() {
		return null;
	}

	@Override
	public boolean canExecuteInTransaction() {
		return true;
	}

}
