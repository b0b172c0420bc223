package io.propcare.adapter.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.propcare.spi.ComplaintStore;
import io.propcare.spi.NotificationOutbox;
import io.propcare.spi.RosterStore;
import io.propcare.spi.Storage;
import io.propcare.spi.SurveyStore;
import io.propcare.spi.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * One of the three databases the tests run on, with its connection settings from the environment
 * (see docs/jdbc.md): {@code PROPCARE_PG_URL}, {@code PROPCARE_PG_USER}, {@code PROPCARE_PG_PASSWORD},
 * {@code PROPCARE_MARIADB_URL}, {@code PROPCARE_MARIADB_USER}, {@code PROPCARE_MARIADB_PASSWORD}.
 *
 * <p>Each JVM migrates one random table prefix per database once, empties its tables before each
 * test (so every test starts from an empty schema) and drops them at exit. An unreachable
 * PostgreSQL or MariaDB fails the test when the environment variable {@code CI} is {@code true},
 * and skips it with the reason otherwise.
 */
final class TestDatabase {
    /** The databases, by kind. */
    enum Kind {
        H2("H2", "PROPCARE_H2_URL", "jdbc:h2:mem:propcare-tests;DB_CLOSE_DELAY=-1", "PROPCARE_H2_USER", "sa",
                "PROPCARE_H2_PASSWORD"),
        POSTGRESQL("PostgreSQL", "PROPCARE_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test", "PROPCARE_PG_USER",
                "postgres", "PROPCARE_PG_PASSWORD"),
        MARIADB("MariaDB", "PROPCARE_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test", "PROPCARE_MARIADB_USER",
                "root", "PROPCARE_MARIADB_PASSWORD");

        final String label;
        final String url;
        final String user;
        final String password;
        final String urlVariable;

        Kind(String label, String urlVar, String defaultUrl, String userVar, String defaultUser, String passwordVar) {
            this.label = label;
            this.urlVariable = urlVar;
            this.url = env(urlVar, defaultUrl);
            this.user = env(userVar, defaultUser);
            this.password = env(passwordVar, "");
        }

        private static String env(String name, String fallback) {
            String v = System.getenv(name);
            return v == null || v.isBlank() ? fallback : v;
        }
    }

    private static final Map<Kind, TestDatabase> OPEN = new ConcurrentHashMap<>();

    final Kind kind;
    private final HikariDataSource dataSource;
    private final String unreachable;
    private final String prefix;
    private final List<HikariDataSource> extraPools = new ArrayList<>();
    private JdbcStorage shared;

    private TestDatabase(Kind kind) {
        this.kind = kind;
        this.prefix = "t" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40, 1L << 45), 36) + "_";
        HikariDataSource ds = null;
        String reason = null;
        try {
            ds = pool(kind, 16);
            JdbcStorage.builder().dataSource(ds).tablePrefix(prefix).migrate(true).clock(Clock.systemUTC()).build()
                    .close();
            HikariDataSource owned = ds;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(owned)));
        } catch (RuntimeException e) {
            if (ds != null) {
                ds.close();
            }
            ds = null;
            reason = kind.label + " at " + kind.url + " is unreachable or unusable (" + rootMessage(e) + "); set "
                    + kind.urlVariable + " (and the _USER/_PASSWORD variables) to run these tests";
        }
        this.dataSource = ds;
        this.unreachable = reason;
    }

    static TestDatabase of(Kind kind) {
        return OPEN.computeIfAbsent(kind, TestDatabase::new);
    }

    static TestDatabase h2() {
        return of(Kind.H2);
    }

    static TestDatabase postgres() {
        return of(Kind.POSTGRESQL);
    }

    static TestDatabase mariadb() {
        return of(Kind.MARIADB);
    }

    private static HikariDataSource pool(Kind kind, int size) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(kind.url);
        config.setUsername(kind.user);
        config.setPassword(kind.password);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(0);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(1);
        config.setAutoCommit(false);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        config.setPoolName("propcare-test-" + kind.name().toLowerCase(Locale.ROOT));
        return new HikariDataSource(config);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** Why the database cannot be used, or empty when it can. */
    Optional<String> unreachable() {
        return Optional.ofNullable(unreachable);
    }

    /** Fails (CI) or skips (elsewhere) when the database is unreachable. */
    void require() {
        if (unreachable != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail("CI=true and " + unreachable);
            }
            Assumptions.abort(unreachable);
        }
    }

    /** Whether tests on this database must be skipped: unreachable and not on CI. */
    boolean skip() {
        return unreachable != null && !"true".equalsIgnoreCase(System.getenv("CI"));
    }

    HikariDataSource dataSource() {
        require();
        return dataSource;
    }

    String prefix() {
        return prefix;
    }

    /** Storage on empty tables, verifying (not migrating) the schema. */
    JdbcStorage fresh(Clock clock) {
        require();
        empty();
        return JdbcStorage.builder().dataSource(dataSource).tablePrefix(prefix).migrate(false).clock(clock).build();
    }

    /**
     * The shared storage on emptied tables, behind a view whose {@code close()} leaves it open:
     * for jqwik tries, which open hundreds of storages, so the schema is verified once, not per try.
     */
    Storage sharedOnEmptyTables() {
        require();
        synchronized (this) {
            if (shared == null) {
                shared = JdbcStorage.builder().dataSource(dataSource).tablePrefix(prefix).migrate(false)
                        .clock(Clock.systemUTC()).build();
            }
        }
        empty();
        JdbcStorage s = shared;
        return new Storage() {
            @Override
            public String adapterName() {
                return s.adapterName();
            }

            @Override
            public <T> T inTransaction(UnitOfWork<T> work) {
                return s.inTransaction(work);
            }

            @Override
            public ComplaintStore complaints() {
                return s.complaints();
            }

            @Override
            public NotificationOutbox outbox() {
                return s.outbox();
            }

            @Override
            public RosterStore rosters() {
                return s.rosters();
            }

            @Override
            public SurveyStore surveys() {
                return s.surveys();
            }

            @Override
            public void close() {
                // the shared storage stays open for the next try
            }
        };
    }

    /** A storage with a pool of its own, as a separate application node would have, on the same tables. */
    JdbcStorage node(Clock clock, int connections) {
        require();
        HikariDataSource ds = pool(kind, connections);
        synchronized (extraPools) {
            extraPools.add(ds);
        }
        return JdbcStorage.builder().dataSource(ds).tablePrefix(prefix).migrate(false).clock(clock).build();
    }

    /** Closes the pools made by {@link #node}. */
    void closeNodes() {
        synchronized (extraPools) {
            extraPools.forEach(HikariDataSource::close);
            extraPools.clear();
        }
    }

    /** Deletes every row of the adapter's tables. */
    void empty() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : new Tables(prefix).all()) {
                s.executeUpdate("DELETE FROM " + table);
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty the test tables of " + kind.label, e);
        }
    }

    /** Drops tables made under a prefix (best effort, at exit). */
    static void drop(javax.sql.DataSource ds, Kind kind, String prefix) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            Tables t = new Tables(prefix);
            for (String table : t.all()) {
                s.executeUpdate("DROP TABLE IF EXISTS " + table);
            }
            String quote = kind == Kind.MARIADB ? "`" : "\"";
            s.executeUpdate("DROP TABLE IF EXISTS " + quote + t.history() + quote);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            // best effort: the tables carry a random prefix and harm nothing
        }
    }

    private void drop(HikariDataSource ds) {
        drop(ds, kind, prefix);
        ds.close();
    }
}
