package io.propcare.adapter.jdbc;

import io.propcare.spi.SpiErrorCode;
import io.propcare.spi.StorageException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Applies or verifies the adapter's Flyway migrations for one dialect and table prefix. The
 * schema history lives in its own table ({@code <prefix>schema_history}), so the adapter's schema
 * can share a database, and even a schema, with the host's tables.
 */
final class Migrations {
    private final FluentConfiguration config;
    private final Tables tables;

    private Migrations(FluentConfiguration config, Tables tables) {
        this.config = config;
        this.tables = tables;
    }

    static Migrations of(Dialect dialect, String productName, Tables tables, DataSource dataSource) {
        return new Migrations(base(dialect, productName, tables).dataSource(dataSource), tables);
    }

    static Migrations of(Dialect dialect, String productName, Tables tables, String url, String user,
                         String password) {
        return new Migrations(base(dialect, productName, tables).dataSource(url, user, password), tables);
    }

    private static FluentConfiguration base(Dialect dialect, String productName, Tables tables) {
        Map<String, String> placeholders = new HashMap<>(dialect.placeholders(productName));
        placeholders.put("prefix", tables.prefix());
        return Flyway.configure(Migrations.class.getClassLoader())
                .locations(dialect.migrationLocation())
                .table(tables.history())
                .placeholders(placeholders)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(true)
                .cleanDisabled(true);
    }

    /**
     * Applies every pending migration.
     *
     * @return the schema version after migrating
     */
    String migrate() {
        try {
            Flyway flyway = config.load();
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            return current == null ? "none" : current.getVersion().getVersion();
        } catch (FlywayException e) {
            throw new StorageException(SpiErrorCode.SCHEMA_OUTDATED, JdbcStorage.NAME, "migrate",
                    "migrating the tables prefixed '" + tables.prefix() + "' failed: " + e.getMessage(), e);
        }
    }

    /**
     * Checks that every migration has been applied, without changing anything.
     *
     * @return the schema version
     * @throws StorageException with {@link SpiErrorCode#SCHEMA_OUTDATED} naming the missing versions
     */
    String verify() {
        MigrationInfoService info;
        try {
            info = config.load().info();
        } catch (FlywayException e) {
            throw new StorageException(SpiErrorCode.SCHEMA_OUTDATED, JdbcStorage.NAME, "verifySchema",
                    "reading the schema history " + tables.history() + " failed: " + e.getMessage(), e);
        }
        MigrationInfo[] pending = info.pending();
        MigrationInfo current = info.current();
        String at = current == null ? "has no schema history (" + tables.history() + ")"
                : "is at version " + current.getVersion().getVersion();
        if (pending.length > 0) {
            String missing = Arrays.stream(pending)
                    .map(m -> m.getVersion().getVersion() + " (" + m.getDescription() + ")")
                    .collect(Collectors.joining(", "));
            throw new StorageException(SpiErrorCode.SCHEMA_OUTDATED, JdbcStorage.NAME, "verifySchema",
                    "the schema of the tables prefixed '" + tables.prefix() + "' " + at + "; missing migration version "
                            + missing + ". Open the storage with migrate(true) (setting \"migrate\"=\"true\") or "
                            + "apply the scripts in " + "io/propcare/adapter/jdbc/migration", null);
        }
        for (MigrationInfo m : info.applied()) {
            if (m.getState().isFailed()) {
                throw new StorageException(SpiErrorCode.SCHEMA_OUTDATED, JdbcStorage.NAME, "verifySchema",
                        "migration version " + m.getVersion() + " (" + m.getDescription() + ") of the tables prefixed '"
                                + tables.prefix() + "' failed; repair the schema history " + tables.history(), null);
            }
        }
        return current == null ? "none" : current.getVersion().getVersion();
    }
}
