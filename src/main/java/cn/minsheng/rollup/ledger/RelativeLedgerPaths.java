package cn.minsheng.rollup.ledger;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import cn.minsheng.rollup.system.RollupProperties;

/**
 * Migration V6: the places of the originals, written until now as the program saw them (absolute with an absolute
 * {@code --data}, else relative to the working folder), become relative to the data folder ({@link LedgerPaths}), so
 * a data folder restored elsewhere finds its originals. In Java, not SQL: only the program knows its data folder and
 * working folder. Flyway runs it once, after V5, as a bean Spring Boot hands to Flyway (not a
 * {@code BaseJavaMigration}, which would take its version from a class name such as {@code V6__Paths}).
 */
@Component
class RelativeLedgerPaths extends LedgerJavaMigration {

	private static final Logger log = LoggerFactory.getLogger(RelativeLedgerPaths.class);

	private final RollupProperties properties;

	RelativeLedgerPaths(RollupProperties properties) {
		super("6", "ledger paths relative to the data folder");
		this.properties = properties;
	}

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		Map<Long, String> changed = new LinkedHashMap<>();
		try (PreparedStatement select = connection
			.prepareStatement("SELECT id, stored_path FROM submission WHERE stored_path IS NOT NULL");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				String stored = rows.getString(2);
				// a relative path was relative to the working folder, as the program opened it
				String relative = LedgerPaths.stored(this.properties.dataDir(), Path.of(stored).toAbsolutePath());
				if (!relative.equals(stored)) {
					changed.put(rows.getLong(1), relative);
				}
			}
		}
		try (PreparedStatement update = connection
			.prepareStatement("UPDATE submission SET stored_path = ? WHERE id = ?")) {
			for (Map.Entry<Long, String> entry : changed.entrySet()) {
				update.setString(1, entry.getValue());
				update.setLong(2, entry.getKey());
				update.addBatch();
			}
			update.executeBatch();
		}
		log.info("ledger.migrated-paths data={} changed={}", this.properties.dataDir(), changed.size());
	}

}
