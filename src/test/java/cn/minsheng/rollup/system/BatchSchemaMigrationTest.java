package cn.minsheng.rollup.system;

import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Batch's job repository tables are made by the ledger's migration V4 instead of by Spring Batch's schema
 * script at every start: a new ledger must get exactly the tables the script makes, and a ledger the script made
 * before must still migrate.
 */
class BatchSchemaMigrationTest {

	private static final String SPRING_BATCH_SCRIPT = "org/springframework/batch/core/schema-h2.sql";

	@Test
	void newLedgerGetsTheJobRepositoryOfSpringBatchsOwnScript() {
		DataSource migrated = newDatabase();
		Flyway.configure().dataSource(migrated).load().migrate();
		DataSource scripted = newDatabase();
		new ResourceDatabasePopulator(new ClassPathResource(SPRING_BATCH_SCRIPT)).execute(scripted);

		assertThat(batchColumns(migrated)).isNotEmpty().isEqualTo(batchColumns(scripted));
		assertThat(batchConstraints(migrated)).isNotEmpty().isEqualTo(batchConstraints(scripted));
		assertThat(batchSequences(migrated)).hasSize(3).isEqualTo(batchSequences(scripted));
	}

	@Test
	void ledgerWhoseJobRepositoryTheStartupScriptMadeStillMigratesAndKeepsItsRuns() {
		DataSource ledger = newDatabase();
		Flyway.configure().dataSource(ledger).target("3").load().migrate();
		new ResourceDatabasePopulator(new ClassPathResource(SPRING_BATCH_SCRIPT)).execute(ledger);
		JdbcClient jdbc = JdbcClient.create(ledger);
		jdbc.sql("INSERT INTO BATCH_JOB_INSTANCE (VERSION, JOB_NAME, JOB_KEY) VALUES (0, 'nightlyIntakeJob', 'k1')")
			.update();

		var result = Flyway.configure().dataSource(ledger).load().migrate();

		assertThat(result.success).isTrue();
		assertThat(result.migrations).extracting((migration) -> migration.version).contains("4");
		assertThat(jdbc.sql("SELECT JOB_NAME FROM BATCH_JOB_INSTANCE").query(String.class).list())
			.containsExactly("nightlyIntakeJob");
		assertThat(jdbc.sql("INSERT INTO BATCH_JOB_INSTANCE (VERSION, JOB_NAME, JOB_KEY) "
				+ "VALUES (0, 'nightlyIntakeJob', 'k2')").update()).isEqualTo(1);
	}

	private static DataSource newDatabase() {
		return new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

	private static List<String> batchColumns(DataSource dataSource) {
		return JdbcClient.create(dataSource).sql("""
				SELECT TABLE_NAME || '.' || COLUMN_NAME || ' ' || DATA_TYPE || ' ' || COALESCE(CHARACTER_MAXIMUM_LENGTH, 0)
				  || ' ' || COALESCE(NUMERIC_PRECISION, 0) || ' ' || COALESCE(DATETIME_PRECISION, 0) || ' ' || IS_NULLABLE
				  || ' ' || COALESCE(COLUMN_DEFAULT, '') || ' ' || IS_IDENTITY
				FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME LIKE 'BATCH\\_%'
				ORDER BY TABLE_NAME, ORDINAL_POSITION""").query(String.class).list();
	}

	private static List<String> batchConstraints(DataSource dataSource) {
		return JdbcClient.create(dataSource).sql("""
				SELECT TC.TABLE_NAME || ' ' || TC.CONSTRAINT_TYPE || ' ' || CASE WHEN TC.CONSTRAINT_TYPE = 'PRIMARY KEY'
				  THEN '' ELSE TC.CONSTRAINT_NAME END || ' ' || LISTAGG(K.COLUMN_NAME, ',') WITHIN GROUP (ORDER BY K.ORDINAL_POSITION)
				FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS TC
				JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE K ON K.CONSTRAINT_NAME = TC.CONSTRAINT_NAME
				  AND K.CONSTRAINT_SCHEMA = TC.CONSTRAINT_SCHEMA
				WHERE TC.TABLE_NAME LIKE 'BATCH\\_%'
				GROUP BY TC.TABLE_NAME, TC.CONSTRAINT_TYPE, TC.CONSTRAINT_NAME
				ORDER BY 1""").query(String.class).list();
	}

	private static List<String> batchSequences(DataSource dataSource) {
		return JdbcClient.create(dataSource)
			.sql("SELECT SEQUENCE_NAME FROM INFORMATION_SCHEMA.SEQUENCES WHERE SEQUENCE_NAME LIKE 'BATCH\\_%' "
					+ "ORDER BY 1")
			.query(String.class)
			.list();
	}

}
