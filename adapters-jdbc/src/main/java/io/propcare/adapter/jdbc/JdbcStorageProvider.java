package io.propcare.adapter.jdbc;

import io.propcare.spi.InvalidInputException;
import io.propcare.spi.Spi;
import io.propcare.spi.Storage;
import io.propcare.spi.StorageContext;
import io.propcare.spi.StorageLocator;
import io.propcare.spi.StorageProvider;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Opens {@link JdbcStorage} for {@code jdbc:} locators of the supported databases
 * ({@code jdbc:h2:}, {@code jdbc:postgresql:}, {@code jdbc:mariadb:}, {@code jdbc:mysql:}).
 *
 * <p>Settings read from the context: {@code "tablePrefix"} (default empty), {@code "migrate"}
 * ({@code "true"} by default, so a new database is set up on first use; {@code "false"} only
 * verifies), {@code "user"} and {@code "password"}. The context's clock stamps audit columns.
 * Each call opens a new storage with its own small connection pool; hosts that have a pooled
 * {@code DataSource} should wire {@link JdbcStorage#builder()} explicitly instead.
 *
 * <p>Implementation requirements: thread-safe, stateless; {@link #accepts} does no I/O.
 *
 * @since 0.1
 */
public final class JdbcStorageProvider implements StorageProvider {
    private static final Set<String> SUBPROTOCOLS = Set.of("h2", "postgresql", "mariadb", "mysql");

    /** Creates the provider; cheap. */
    public JdbcStorageProvider() {
        // discovered with ServiceLoader
    }

    @Override
    public String name() {
        return JdbcStorage.NAME;
    }

    @Override
    public int spiVersion() {
        return Spi.VERSION;
    }

    @Override
    public boolean accepts(StorageLocator locator) {
        String v = Objects.requireNonNull(locator, "locator must not be null").value().toLowerCase(Locale.ROOT);
        if (!v.startsWith("jdbc:")) {
            return false;
        }
        int colon = v.indexOf(':', 5);
        return colon > 5 && SUBPROTOCOLS.contains(v.substring(5, colon));
    }

    @Override
    public Storage open(StorageLocator locator, StorageContext context) {
        Objects.requireNonNull(locator, "locator must not be null");
        Objects.requireNonNull(context, "context must not be null");
        if (!accepts(locator)) {
            throw InvalidInputException.of("locator", locator, "expected a jdbc:h2:, jdbc:postgresql:, jdbc:mariadb: "
                    + "or jdbc:mysql: URL");
        }
        String migrate = context.setting("migrate").orElse("true").strip().toLowerCase(Locale.ROOT);
        if (!migrate.equals("true") && !migrate.equals("false")) {
            throw InvalidInputException.of("settings.migrate", migrate, "expected \"true\" or \"false\"");
        }
        JdbcStorage.Builder b = JdbcStorage.builder().url(locator.value()).clock(context.clock())
                .migrate(migrate.equals("true"))
                .tablePrefix(context.setting("tablePrefix").orElse(""));
        if (context.setting("user").isPresent()) {
            b.credentials(context.setting("user").get(), context.setting("password").orElse(""));
        }
        return b.build();
    }
}
